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
    private var outputStarts: [Int] = []
    private var sourceStarts: [Int] = []
    private var sourceEnds: [Int] = []
    private var isLinear: [Bool] = []
    /// The derived length covered so far.
    private(set) var outputLength = 0

    init() {}

    /// Records that `length` derived bytes at `output` come from `sourceLength`
    /// source bytes at `source`. Pieces must be added in output order.
    mutating func add(output: Int, source: Int, length: Int, sourceLength: Int) {
        guard length > 0 else { return }
        addPiece(output: output, source: source, sourceEnd: source + sourceLength, linear: length == sourceLength)
        outputLength = output + length
    }

    private mutating func addPiece(output: Int, source: Int, sourceEnd: Int, linear: Bool) {
        if linear, let last = isLinear.indices.last, isLinear[last],
           outputStarts[last] + (sourceEnds[last] - sourceStarts[last]) == output, sourceEnds[last] == source {
            sourceEnds[last] = sourceEnd
        } else {
            outputStarts.append(output)
            sourceStarts.append(source)
            sourceEnds.append(sourceEnd)
            isLinear.append(linear)
        }
    }

    private func piece(containing output: Int) -> Int? {
        guard !outputStarts.isEmpty else { return nil }
        var low = 0
        var high = outputStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if outputStarts[middle] <= output { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The source offset where the derived byte at `output` starts.
    func sourceStart(of output: Int) -> Int {
        guard let index = piece(containing: output) else { return output }
        if isLinear[index] {
            return min(sourceStarts[index] + (output - outputStarts[index]), sourceEnds[index])
        }
        return sourceStarts[index]
    }

    /// The source offset just past the derived bytes ending (exclusive) at `end`.
    func sourceEnd(ofEnd end: Int) -> Int {
        guard end > 0, let index = piece(containing: end - 1) else { return end }
        if isLinear[index] {
            return min(sourceStarts[index] + (end - outputStarts[index]), sourceEnds[index])
        }
        return sourceEnds[index]
    }

    /// Appends `other`'s pieces, shifted to start at output offset `shift`.
    mutating func append(_ other: OffsetMap, shift: Int) {
        for index in other.outputStarts.indices {
            addPiece(output: other.outputStarts[index] + shift, source: other.sourceStarts[index],
                     sourceEnd: other.sourceEnds[index], linear: other.isLinear[index])
        }
        outputLength = max(outputLength, other.outputLength + shift)
    }
}
