/// Reads a page flattened to plain text: paragraphs separated by blank lines
/// (a hard-wrapped line, long and without final punctuation, continues onto the
/// next), bullet lines (`•`, `-`, `*`, `·`, `▪`, `1.`, `1)`) as list items,
/// short title-like lines followed by text as headings, leading indentation
/// ignored.
///
/// A title-like line starts with a capital, has at most 14 words and 100
/// characters, does not end in `.`, `,`, `;`, `:` or `!`, holds one
/// sentence, and is not a single word under four letters; it is a heading
/// when text follows it and the next line does not continue it.
///
/// ```swift
/// var reader = PlainTextReader(source: source)
/// reader.read(into: &assembler)
/// ```
struct PlainTextReader {
    let source: SourceText
    private let bytes: [UInt8]

    init(source: SourceText) {
        self.source = source
        self.bytes = source.bytes
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
            if isTitleLike(content), nextContent(lines, after: index) != nil, !wrapsOnto(lines, after: index, from: content) {
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
        // Every symbol starts with a byte above 0x7F: an ASCII line is none of them.
        let mayBeSymbol = !content.isEmpty && bytes[content.lowerBound] >= 0x80
        for symbol in ["•", "·", "▪", "◦", "‣", "●", "○", "■", "–"] where mayBeSymbol && bytes.hasPrefix(symbol, at: content.lowerBound, end: content.upperBound) {
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

    /// Whether the line after `content` (no blank between) reads as its
    /// continuation: it starts in lower case, or `content` is long enough to
    /// have been hard-wrapped.
    private func wrapsOnto(_ lines: [Line], after index: Int, from content: Range<Int>) -> Bool {
        guard index + 1 < lines.count else { return false }
        let next = lines[index + 1]
        let start = bytes.firstNonBlank(in: next.start..<next.end)
        guard start < next.end else { return false }
        return (0x61...0x7A).contains(bytes[start]) || content.count >= 60
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
        guard content.count <= 400 else { return false }
        let first = bytes[content.lowerBound]
        let last = bytes[content.upperBound - 1]
        guard ![0x2E, 0x2C, 0x3B, 0x3A, 0x21].contains(last) else { return false }   // . , ; : !
        var scalars = 0
        var words = 1
        var index = content.lowerBound
        while index < content.upperBound {
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == 0x20 {
                words += 1
                // Two sentences on one line are text, not a title ("Dr. Lee" is not two).
                if bytes[index - 1] == 0x2E, !endsInAbbreviation(content.lowerBound..<(index - 1)) { return false }
            }
            index += 1
        }
        guard scalars <= 100, words <= 14, !(words == 1 && scalars < 4) else { return false }
        if (0x41...0x5A).contains(first) || (0x30...0x39).contains(first) { return true }
        guard first >= 0x80 else { return false }
        return source.string(content).unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// Whether the word ending at `range.upperBound` is an abbreviation that
    /// takes a period ("Dr", "e.g", "vs").
    private func endsInAbbreviation(_ range: Range<Int>) -> Bool {
        var start = range.upperBound
        while start > range.lowerBound, bytes[start - 1] != 0x20 { start -= 1 }
        guard range.upperBound - start <= 8 else { return false }
        let word = String(decoding: bytes[start..<range.upperBound], as: UTF8.self).lowercased()
        return SentenceSplitter.standard.abbreviations.contains(word) || word.count == 1
    }
}
