/// A piecewise map from offsets in a derived byte string back to offsets in
/// the bytes it was made from.
///
/// Two derivations use it: decoding (UTF-8 text → raw file bytes) and text
/// reduction (a block's folded text → the decoded page). Each piece is either
/// *linear* (bytes copied one for one) or a *replacement* (an entity such as
/// `&amp;` turned into `&`, a Windows-1252 byte turned into three UTF-8
/// bytes), whose inner offsets all map to the replaced source's start and
/// whose end maps to the replaced source's end.
///
/// ```swift
/// var map = OffsetMap()
/// map.add(output: 0, source: 10, length: 5, sourceLength: 5)   // copied
/// map.add(output: 5, source: 19, length: 1, sourceLength: 5)   // "&amp;" → "&"
/// map.sourceStart(of: 2)      // 12
/// map.sourceEnd(ofEnd: 6)     // 24
/// ```
struct OffsetMap: Sendable, Hashable {
    private struct Piece: Sendable, Hashable {
        var output: Int
        var source: Int
        var sourceEnd: Int
        var isLinear: Bool
    }

    private var pieces: [Piece] = []
    /// The derived length covered so far.
    private(set) var outputLength = 0

    init() {}

    /// Records that `length` derived bytes at `output` come from `sourceLength`
    /// source bytes at `source`. Pieces must be added in output order.
    mutating func add(output: Int, source: Int, length: Int, sourceLength: Int) {
        guard length > 0 else { return }
        addPiece(Piece(output: output, source: source, sourceEnd: source + sourceLength, isLinear: length == sourceLength))
        outputLength = output + length
    }

    private mutating func addPiece(_ piece: Piece) {
        if piece.isLinear, let last = pieces.last, last.isLinear,
           last.output + (last.sourceEnd - last.source) == piece.output, last.sourceEnd == piece.source {
            pieces[pieces.count - 1].sourceEnd = piece.sourceEnd
        } else {
            // Most maps hold a few pieces: room for them at once, not 1, 2, 4, 8.
            if pieces.isEmpty { pieces.reserveCapacity(8) }
            pieces.append(piece)
        }
    }

    private func piece(containing output: Int) -> Piece? {
        guard !pieces.isEmpty else { return nil }
        var low = 0
        var high = pieces.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if pieces[middle].output <= output { low = middle } else { high = middle - 1 }
        }
        return pieces[low]
    }

    /// The source offset where the derived byte at `output` starts.
    func sourceStart(of output: Int) -> Int {
        guard let piece = piece(containing: output) else { return output }
        return piece.isLinear ? min(piece.source + (output - piece.output), piece.sourceEnd) : piece.source
    }

    /// The source offset just past the derived bytes ending (exclusive) at `end`.
    func sourceEnd(ofEnd end: Int) -> Int {
        guard end > 0, let piece = piece(containing: end - 1) else { return end }
        return piece.isLinear ? min(piece.source + (end - piece.output), piece.sourceEnd) : piece.sourceEnd
    }

    /// Appends `other`'s pieces, shifted to start at output offset `shift`.
    mutating func append(_ other: OffsetMap, shift: Int) {
        for var piece in other.pieces {
            piece.output += shift
            addPiece(piece)
        }
        outputLength = max(outputLength, other.outputLength + shift)
    }
}
