/// Builds a block's text from pieces of the decoded page, folding white space
/// and remembering where every output byte came from, so that sentences cut
/// from the text can be located in the file.
///
/// ```swift
/// var builder = TextBuilder()
/// builder.append(bytes: source.bytes, range: 10..<15)   // "Hello"
/// builder.appendSpace(source: 15)                        // folded with any following spaces
/// builder.append(replacement: Array("&".utf8), source: 16, sourceLength: 5)  // "&amp;"
/// builder.string   // "Hello &"
/// ```
struct TextBuilder: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var map = OffsetMap()
    /// Source offset of a space waiting to be written (dropped at the end).
    private var pendingSpace: Int?
    /// The decoded range the appended content spans, spaces excluded.
    private(set) var sourceLowerBound: Int?
    private(set) var sourceUpperBound = 0

    init() {}

    var isEmpty: Bool { bytes.isEmpty }
    var string: String { String(decoding: bytes, as: UTF8.self) }
    var sourceRange: Range<Int>? { sourceLowerBound.map { $0..<max($0, sourceUpperBound) } }

    /// The last byte written, ignoring a pending space.
    var lastByte: UInt8? { bytes.last }

    /// Queues a space at `source`; runs of spaces fold into one, and spaces at
    /// the start or end of the text are dropped.
    mutating func appendSpace(source: Int) {
        if !bytes.isEmpty, pendingSpace == nil { pendingSpace = source }
    }

    private mutating func flushSpace() {
        guard let space = pendingSpace else { return }
        pendingSpace = nil
        map.add(output: bytes.count, source: space, length: 1, sourceLength: 1)
        bytes.append(0x20)
    }

    private mutating func note(source: Int, length: Int) {
        if sourceLowerBound == nil { sourceLowerBound = source }
        sourceUpperBound = max(sourceUpperBound, source + length)
    }

    /// Appends one non-space byte copied from `source`.
    mutating func append(byte: UInt8, source: Int) {
        flushSpace()
        map.add(output: bytes.count, source: source, length: 1, sourceLength: 1)
        bytes.append(byte)
        note(source: source, length: 1)
    }

    /// Appends `bytes[range]` copied as they are, folding any white space in them.
    mutating func append(bytes source: [UInt8], range: Range<Int>) {
        precondition(range.upperBound <= source.count, "range beyond the bytes")
        if bytes.isEmpty, bytes.capacity < range.count { bytes.reserveCapacity(range.count) }
        // One pass over the raw bytes, bounds checked once above.
        source.withUnsafeBufferPointer { buffer in
            var runStart = range.lowerBound
            var index = range.lowerBound
            let end = range.upperBound
            while index < end {
                // Eight bytes at a time while they are words with single spaces
                // between them, which the loops below would step over byte by byte.
                while index + 8 < end {
                    let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    guard TextBuilder.isWordsWithSingleSpaces(word) else { break }
                    // Little-endian: the byte at `index` is the lowest.
                    if word & 0xFF == 0x20, index == runStart { break }
                    if word >> 56 == 0x20, TextBuilder.mayStartWhiteSpace(buffer[index + 8]) { break }
                    index += 8
                }
                // Only ASCII white space and the lead bytes of Unicode spaces can start white space.
                while index < end, !TextBuilder.mayStartWhiteSpace(buffer[index]) { index += 1 }
                guard index < end else { break }
                // One space between two words folds to itself: it stays in the run
                // (the map merges it with the bytes around it), saving a piece per word.
                if buffer[index] == 0x20, index > runStart, index + 1 < end, !TextBuilder.mayStartWhiteSpace(buffer[index + 1]) {
                    index += 1
                    continue
                }
                if let width = TextBuilder.whiteSpaceWidth(source, at: index, end: end) {
                    appendRun(source, runStart..<index)
                    appendSpace(source: index)
                    index += width
                    runStart = index
                } else {
                    index += 1
                }
            }
            appendRun(source, runStart..<end)
        }
    }

    private mutating func appendRun(_ source: [UInt8], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        flushSpace()
        map.add(output: bytes.count, source: range.lowerBound, length: range.count, sourceLength: range.count)
        bytes.append(contentsOf: source[range])
        note(source: range.lowerBound, length: range.count)
    }

    /// Appends `replacement` standing for `sourceLength` source bytes at
    /// `source` (an entity, an escape, a LaTeX command). White space in the
    /// replacement is folded like any other.
    mutating func append(replacement: [UInt8], source: Int, sourceLength: Int) {
        guard !replacement.isEmpty else { return }
        if replacement.allSatisfy({ $0 == 0x20 }) { appendSpace(source: source); return }
        flushSpace()
        map.add(output: bytes.count, source: source, length: replacement.count, sourceLength: sourceLength)
        bytes.append(contentsOf: replacement)
        note(source: source, length: sourceLength)
    }

    /// Appends literal text that has no single place in the source (a cell
    /// separator), mapped to `source`.
    mutating func append(literal: String, source: Int) {
        append(replacement: Array(literal.utf8), source: source, sourceLength: 0)
    }

    /// Appends `other`, separated by a space at `separatorSource`.
    mutating func append(_ other: TextBuilder, separatorSource: Int) {
        guard !other.isEmpty else { return }
        if !bytes.isEmpty {
            pendingSpace = nil
            map.add(output: bytes.count, source: separatorSource, length: 1, sourceLength: 1)
            bytes.append(0x20)
        }
        map.append(other.map, shift: bytes.count)
        bytes.append(contentsOf: other.bytes)
        if let lower = other.sourceLowerBound {
            note(source: lower, length: other.sourceUpperBound - lower)
        }
    }

    /// Whether the eight bytes of `word` are printable ASCII (0x20–0x7F) with
    /// no two spaces side by side: bytes the folding copies as they are, given
    /// that a space in them is not the first of its run and is followed by a
    /// byte that starts no white space.
    @inline(__always)
    static func isWordsWithSingleSpaces(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        if word & high != 0 { return false }
        // A byte below 0x20 (exact for bytes below 0x80).
        if (word &- 0x2020_2020_2020_2020) & ~word & high != 0 { return false }
        // 0x80 in each byte that is a space (exact, no carries between bytes).
        let spaces = word ^ 0x2020_2020_2020_2020
        let marks = ~(((spaces & low) &+ low) | spaces | low)
        return marks & (marks >> 8) == 0
    }

    /// Whether `byte` can start white space (ASCII white space, or the lead
    /// byte of a Unicode space).
    @inline(__always)
    static func mayStartWhiteSpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0xC2 || byte == 0xE2 || byte == 0xE3
    }

    /// The width of a white-space character at `index` (ASCII white space,
    /// NO-BREAK SPACE, the Unicode spaces U+2000–U+200B, U+202F, U+3000), or nil.
    static func whiteSpaceWidth(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
        case 0xC2 where index + 1 < end && bytes[index + 1] == 0xA0: return 2
        case 0xE2:
            guard index + 2 < end, bytes[index + 1] == 0x80 else { return nil }
            return (0x80...0x8B).contains(bytes[index + 2]) || bytes[index + 2] == 0xAF ? 3 : nil
        case 0xE3 where index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80: return 3
        default: return nil
        }
    }
}

extension TextBuilder {
    /// A table row's text: its cells joined by " | ", each still mapped to
    /// where it came from (an empty cell's separator maps to `fallbackSource`).
    init(joiningCells cells: [TextBuilder], fallbackSource: Int) {
        self.init()
        for (position, cell) in cells.enumerated() {
            let source = cell.sourceRange?.lowerBound ?? fallbackSource
            if position > 0 {
                appendSpace(source: source)
                append(literal: "|", source: source)
            }
            append(cell, separatorSource: source)
        }
    }
}
