/// Reads a page flattened to plain text: paragraphs separated by blank lines
/// (a hard-wrapped line, long and without final punctuation, continues onto the
/// next), bullet lines (`•`, `-`, `*`, `·`, `▪`, `1.`, `1)`) as list items,
/// short title-like lines followed by text as headings, leading indentation
/// ignored.
///
/// A title-like line starts with a capital, has at most 14 words and 100
/// characters, does not end in `.`, `,`, `;`, `:` or `!`, and is not a
/// single word under four letters; it is a heading when text follows it.
///
/// ```swift
/// var reader = PlainTextReader(source: source)
/// reader.read(into: &assembler)
/// ```
struct PlainTextReader {
    let source: SourceText
    private var bytes: [UInt8] { source.bytes }

    init(source: SourceText) {
        self.source = source
    }

    func read(into assembler: inout BlockAssembler) {
        let lines = Line.lines(of: bytes, in: 0..<bytes.count)
        var open: (kind: Block.Kind, start: Int, segments: [Range<Int>])?
        var listIndents: [Int] = []
        var previous: Range<Int>?

        func close(_ assembler: inout BlockAssembler) {
            guard let block = open else { return }
            open = nil
            var text = TextBuilder()
            for segment in block.segments {
                text.appendSpace(source: segment.lowerBound)
                InlineReducer(bytes: bytes).reduceText(segment, into: &text)
            }
            assembler.add(block.kind, text: text, range: block.start..<(block.segments.last?.upperBound ?? block.start))
        }

        for (index, line) in lines.enumerated() {
            let start = bytes.firstNonBlank(in: line.start..<line.end)
            let content = bytes.trimmingTrailingBlanks(start..<line.end)
            if content.isEmpty {
                close(&assembler)
                previous = nil
                continue
            }
            defer { previous = content }
            if let marker = PlainTextReader.bullet(bytes, content) {
                close(&assembler)
                let indent = bytes.indentation(of: line.start..<line.end)
                while let last = listIndents.last, last > indent { listIndents.removeLast() }
                if listIndents.last.map({ $0 < indent }) ?? true { listIndents.append(indent) }
                open = (.listItem(depth: listIndents.count - 1), content.lowerBound, [marker..<content.upperBound])
                continue
            }
            if let previous, open != nil, continuesLine(previous, with: content) {
                open?.segments.append(content)
                continue
            }
            close(&assembler)
            listIndents.removeAll()
            if isTitleLike(content), nextContent(lines, after: index) != nil {
                open = (.heading(level: 1), content.lowerBound, [content])
                close(&assembler)
                continue
            }
            open = (.paragraph, content.lowerBound, [content])
        }
        close(&assembler)
    }

    /// Where a bullet line's text starts, or nil when `content` is no bullet.
    static func bullet(_ bytes: [UInt8], _ content: Range<Int>) -> Int? {
        let line = Line(start: content.lowerBound, end: content.upperBound, next: content.upperBound)
        for symbol in ["•", "·", "▪", "◦", "‣", "●", "○", "■", "–"] where bytes.hasPrefix(symbol, at: content.lowerBound, end: content.upperBound) {
            let after = content.lowerBound + symbol.utf8.count
            guard after < content.upperBound, bytes[after] == 0x20 || bytes[after] == 0x09 else { return nil }
            return bytes.firstNonBlank(in: after..<content.upperBound)
        }
        if let marker = MarkdownSyntax.listMarker(bytes, line), bytes[content.lowerBound] != 0x2B { return marker.content }
        return nil
    }

    /// A line continues the previous one when the previous is long (hard
    /// wrapped) and has no final punctuation, or the line starts in lower case
    /// after a line without final punctuation.
    private func continuesLine(_ previous: Range<Int>, with content: Range<Int>) -> Bool {
        let last = bytes[previous.upperBound - 1]
        guard ![0x2E, 0x21, 0x3F, 0x3A].contains(last) else { return false }
        let first = bytes[content.lowerBound]
        return previous.count >= 60 || (0x61...0x7A).contains(first) && !isTitleLike(previous)
    }

    private func nextContent(_ lines: [Line], after index: Int) -> Range<Int>? {
        for line in lines[(index + 1)...] {
            let start = bytes.firstNonBlank(in: line.start..<line.end)
            let content = bytes.trimmingTrailingBlanks(start..<line.end)
            if !content.isEmpty { return content }
        }
        return nil
    }

    func isTitleLike(_ content: Range<Int>) -> Bool {
        guard content.count <= 300 else { return false }
        let text = source.string(content)
        guard let first = text.unicodeScalars.first, first.properties.isUppercase || ("0"..."9").contains(first),
              text.count <= 100, let last = text.last, !".,;:!".contains(last) else { return false }
        let words = text.split(separator: " ")
        if words.count > 14 { return false }
        if words.count == 1, text.count < 4 { return false }
        // Two sentences on one line are text, not a title.
        if text.contains(". "), !text.contains("Dr. ") { return false }
        return true
    }
}
