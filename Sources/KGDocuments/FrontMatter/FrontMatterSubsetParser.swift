/// Reads the plain YAML most front matter is written in, without Yams (whose
/// parser was most of the cost of reading a page's front matter), and gives
/// up — `parse()` returns nil — on anything else, which Yams then reads. So
/// the result is the tree Yams would give, with the same places for every
/// key and scalar (what the reader uses); the top-level mapping is placed
/// at the YAML's first line, and sequences and list items carry no place.
///
/// The subset: a top-level mapping of `key: value` lines (keys of ASCII
/// letters, digits, `_` and `-`), where a value is a one-line plain scalar, a
/// one-line single-quoted scalar, a block scalar (`>`, `>-`, `|`, `|-`) whose
/// lines share one indentation, or — after `key:` alone — an indented list
/// of question/answer mappings (`- q: …` / `a: …`) whose values are of the
/// same kinds. Tabs, carriage returns, trailing spaces, comments, anchors,
/// tags, flow collections, double quotes, multi-line plain or quoted scalars,
/// more-indented block lines, duplicate keys and unusual line breaks or
/// control characters are all "anything else".
///
/// ```swift
/// // title: Clofarabine
/// // description: >-
/// //   Clofarabine is prescribed
/// //   for children.
/// FrontMatterSubsetParser(bytes: source.bytes, range: yamlRange).parse()
/// // .mapping([title: "Clofarabine", description: "Clofarabine is prescribed for children."])
/// ```
struct FrontMatterSubsetParser {
    /// Bytes that start no plain scalar, or start one only in cases left to Yams.
    private static let plainScalarIndicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

    private let bytes: [UInt8]
    private let range: Range<Int>
    /// The YAML's lines, without their line feeds; line k (1-based) at k - 1.
    private var lines: [Range<Int>] = []

    init(bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        self.range = range
    }

    mutating func parse() -> FrontMatterNode? {
        guard !range.isEmpty, range.upperBound <= bytes.count, splitLines() else { return nil }
        var pairs: [(key: FrontMatterNode, value: FrontMatterNode)] = []
        var keys: Set<String> = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isEmpty { index += 1; continue }
            guard let (key, afterColon) = key(on: index, at: line.lowerBound), keys.insert(key).inserted else { return nil }
            let keyNode = FrontMatterNode.scalar(key, .init(line: index + 1, offset: line.lowerBound))
            let value: FrontMatterNode
            if afterColon == line.upperBound {
                guard let (sequence, next) = questionList(from: index + 1) else { return nil }
                value = sequence
                index = next
            } else {
                guard let (scalar, next) = scalarValue(on: index, from: afterColon, parentIndent: 0) else { return nil }
                value = scalar
                index = next
            }
            pairs.append((keyNode, value))
        }
        return pairs.isEmpty ? nil : .mapping(pairs, .init(line: 1, offset: range.lowerBound))
    }

    /// Splits the YAML into lines; false when a byte is outside the subset
    /// (control characters, tabs, carriage returns, Unicode line breaks, a
    /// byte-order mark, noncharacters) or a line ends in a space.
    private mutating func splitLines() -> Bool {
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            // Eight bytes at a time while all are printable ASCII (0x20–0x7E).
            if index + 8 <= range.upperBound, FrontMatterSubsetParser.isPrintableASCII(bytes, at: index) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte == 0x0A {
                if index > start, bytes[index - 1] == 0x20 { return false }
                lines.append(start..<index)
                start = index + 1
            } else if byte < 0x20 || byte == 0x7F {
                return false
            } else if byte >= 0xC2 {
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                if byte == 0xC2, next < 0xA0 { return false }                             // C1 controls, NEL
                if byte == 0xE2, next == 0x80, third == 0xA8 || third == 0xA9 { return false }   // LS, PS
                if byte == 0xEF, next == 0xBB && third == 0xBF || next == 0xBF && third >= 0xBE { return false }
            }
            index += 1
        }
        if start < range.upperBound {
            if bytes[range.upperBound - 1] == 0x20 { return false }
            lines.append(start..<range.upperBound)
        }
        return true
    }

    private static func isPrintableASCII(_ bytes: [UInt8], at index: Int) -> Bool {
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index, as: UInt64.self) }
        let high: UInt64 = 0x8080_8080_8080_8080
        let deletes = word ^ 0x7F7F_7F7F_7F7F_7F7F
        return word & high == 0
            && (word &- 0x2020_2020_2020_2020) & ~word & high == 0               // none below 0x20
            && (deletes &- 0x0101_0101_0101_0101) & ~deletes & high == 0         // none is 0x7F
    }

    private func indent(of line: Range<Int>) -> Int {
        var index = line.lowerBound
        while index < line.upperBound, bytes[index] == 0x20 { index += 1 }
        return index - line.lowerBound
    }

    /// The first non-empty line at or after `index`, or `lines.count`.
    private func nextContent(from index: Int) -> Int {
        var index = index
        while index < lines.count, lines[index].isEmpty { index += 1 }
        return index
    }

    /// A `key:` at `start` on line `index`: the key and where its value
    /// starts (past `: ` and spaces), or the line's end for `key:` alone.
    private func key(on index: Int, at start: Int) -> (String, Int)? {
        let line = lines[index]
        var cursor = start
        guard cursor < line.upperBound, isKeyStart(bytes[cursor]) else { return nil }
        while cursor < line.upperBound, isKeyByte(bytes[cursor]) { cursor += 1 }
        // libyaml refuses a key longer than 1024 characters: Yams says so.
        guard cursor < line.upperBound, bytes[cursor] == 0x3A, cursor - start < 1024 else { return nil }
        let key = String(decoding: bytes[start..<cursor], as: UTF8.self)
        cursor += 1
        if cursor == line.upperBound { return (key, cursor) }
        guard bytes[cursor] == 0x20 else { return nil }
        while cursor < line.upperBound, bytes[cursor] == 0x20 { cursor += 1 }
        return (key, cursor)
    }

    private func isKeyStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
    }

    private func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || (0x30...0x39).contains(byte) || byte == 0x2D
    }

    /// The scalar starting at `start` on line `index`, a value of a key
    /// indented by `parentIndent`, and the line after it.
    private func scalarValue(on index: Int, from start: Int, parentIndent: Int) -> (FrontMatterNode, Int)? {
        let line = lines[index]
        let place = FrontMatterNode.Place(line: index + 1, offset: start)
        let first = bytes[start]
        switch first {
        case 0x3E, 0x7C:   // > |
            let indicator = bytes[start..<line.upperBound]
            guard indicator.count == 1 || (indicator.count == 2 && indicator.last == 0x2D) else { return nil }
            guard let (text, next) = blockScalar(from: index + 1, parentIndent: parentIndent,
                                                 folded: first == 0x3E, strip: indicator.count == 2) else { return nil }
            return (.scalar(text, place), next)
        case 0x27:         // '
            var text: [UInt8] = []
            var cursor = start + 1
            while cursor < line.upperBound {
                if bytes[cursor] == 0x27 {
                    if cursor + 1 < line.upperBound, bytes[cursor + 1] == 0x27 { text.append(0x27); cursor += 2; continue }
                    break
                }
                text.append(bytes[cursor])
                cursor += 1
            }
            guard cursor + 1 == line.upperBound else { return nil }
            return (.scalar(String(decoding: text, as: UTF8.self), place), index + 1)
        default:
            guard !Self.plainScalarIndicators.contains(first) else { return nil }
            let text = bytes[start..<line.upperBound]
            guard text.last != 0x3A, !contains(text, 0x3A, 0x20), !contains(text, 0x20, 0x23) else { return nil }
            // A more-indented line next would continue the scalar.
            let next = nextContent(from: index + 1)
            guard next == lines.count || indent(of: lines[next]) <= parentIndent else { return nil }
            return (.scalar(String(decoding: text, as: UTF8.self), place), index + 1)
        }
    }

    private func contains(_ text: ArraySlice<UInt8>, _ first: UInt8, _ second: UInt8) -> Bool {
        var index = text.startIndex
        while index + 1 < text.endIndex {
            if text[index] == first, text[index + 1] == second { return true }
            index += 1
        }
        return false
    }

    /// A block scalar's text from its lines starting at `index`: all
    /// indented alike, deeper than `parentIndent`; blank lines empty.
    private func blockScalar(from index: Int, parentIndent: Int, folded: Bool, strip: Bool) -> (String, Int)? {
        guard index < lines.count, !lines[index].isEmpty else { return nil }
        let contentIndent = indent(of: lines[index])
        guard contentIndent > parentIndent else { return nil }
        var text: [UInt8] = []
        var blanks = 0
        var cursor = index
        while cursor < lines.count {
            let line = lines[cursor]
            if line.isEmpty { blanks += 1; cursor += 1; continue }
            let lineIndent = indent(of: line)
            if lineIndent < contentIndent {
                guard lineIndent <= parentIndent else { return nil }
                break
            }
            guard lineIndent == contentIndent else { return nil }
            if !text.isEmpty {
                if folded && blanks == 0 {
                    text.append(0x20)
                } else {
                    if !folded { text.append(0x0A) }
                    text.append(contentsOf: repeatElement(0x0A, count: blanks))
                }
            }
            text.append(contentsOf: bytes[(line.lowerBound + contentIndent)..<line.upperBound])
            blanks = 0
            cursor += 1
        }
        if !strip { text.append(0x0A) }
        return (String(decoding: text, as: UTF8.self), cursor)
    }

    /// An indented list of question/answer mappings starting at line `index`.
    private func questionList(from index: Int) -> (FrontMatterNode, Int)? {
        var cursor = nextContent(from: index)
        guard cursor < lines.count else { return nil }
        let itemIndent = indent(of: lines[cursor])
        guard itemIndent > 0 else { return nil }
        var items: [FrontMatterNode] = []
        while cursor < lines.count {
            let line = lines[cursor]
            let lineIndent = indent(of: line)
            if lineIndent < itemIndent {
                guard lineIndent == 0 else { return nil }
                break
            }
            let dash = line.lowerBound + itemIndent
            guard lineIndent == itemIndent, dash + 2 < line.upperBound, bytes[dash] == 0x2D, bytes[dash + 1] == 0x20,
                  bytes[dash + 2] != 0x20 else { return nil }
            guard let (item, next) = questionMapping(from: cursor, keyIndent: itemIndent + 2) else { return nil }
            items.append(item)
            cursor = nextContent(from: next)
        }
        return (.sequence(items, nil), cursor)
    }

    /// One list item's mapping: its first key after `- `, the others on the
    /// next lines at `keyIndent`; it must hold a question, as the reader's
    /// FAQ entries do (other lists go to Yams, whose places for them the
    /// reader also uses).
    private func questionMapping(from index: Int, keyIndent: Int) -> (FrontMatterNode, Int)? {
        var pairs: [(key: FrontMatterNode, value: FrontMatterNode)] = []
        var keys: Set<String> = []
        var cursor = index
        var hasQuestion = false
        repeat {
            let start = lines[cursor].lowerBound + keyIndent
            guard let (key, afterColon) = key(on: cursor, at: start), afterColon < lines[cursor].upperBound,
                  keys.insert(key).inserted else { return nil }
            let lowered = key.lowercased()
            if lowered == "q" || lowered == "question" { hasQuestion = true }
            guard let (value, next) = scalarValue(on: cursor, from: afterColon, parentIndent: keyIndent) else { return nil }
            pairs.append((.scalar(key, .init(line: cursor + 1, offset: start)), value))
            cursor = nextContent(from: next)
        } while cursor < lines.count && indent(of: lines[cursor]) == keyIndent
        guard hasQuestion else { return nil }
        return (.mapping(pairs, nil), cursor)
    }
}
