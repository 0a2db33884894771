/// Reads a Markdown body (the page after any front matter) into blocks:
/// ATX and setext headings, bullet and numbered lists (depth from
/// indentation), pipe and tab-separated tables, paragraphs, block quotes,
/// fenced code (kept as a paragraph of its text), and HTML blocks, which the
/// HTML reader reads. Inline markup is reduced by ``InlineReducer``.
///
/// ```swift
/// var assembler = BlockAssembler(source: source)
/// var reader = MarkdownReader(source: source, path: "a.md")
/// reader.read(0..<source.bytes.count, into: &assembler)
/// ```
struct MarkdownReader {
    let source: SourceText
    let path: String
    var warnings: [DocumentWarning] = []
    let bytes: [UInt8]

    /// The paragraph or list item being gathered.
    private struct OpenBlock {
        var kind: Block.Kind
        var start: Int
        var segments: [Range<Int>]
        var ordinal: Int?
    }

    init(source: SourceText, path: String) {
        self.source = source
        self.path = path
        self.bytes = source.bytes
    }

    mutating func read(_ range: Range<Int>, into assembler: inout BlockAssembler) {
        let lines = Line.lines(of: bytes, in: range)
        var open: OpenBlock?
        var listIndents: [Int] = []
        var afterBlank = true
        var index = 0

        func close(_ assembler: inout BlockAssembler) {
            guard let block = open else { return }
            open = nil
            var text = TextBuilder()
            let reducer = InlineReducer(bytes: bytes)
            for segment in block.segments {
                if let first = segment.first { text.appendSpace(source: first) }
                reducer.reduce(segment, into: &text)
            }
            let end = block.segments.last?.upperBound ?? block.start
            assembler.add(block.kind, text: text, range: block.start..<end, ordinal: block.ordinal)
        }

        while index < lines.count {
            let line = lines[index]
            let contentStart = bytes.firstNonBlank(in: line.start..<line.end)
            let content = bytes.trimmingTrailingBlanks(contentStart..<line.end)
            if content.isEmpty {
                close(&assembler)
                afterBlank = true
                index += 1
                continue
            }
            defer { afterBlank = false }
            if let fence = MarkdownSyntax.fence(bytes, line) {
                close(&assembler)
                index = readFencedCode(lines, from: index, fence: fence, into: &assembler)
                continue
            }
            if let heading = MarkdownSyntax.atxHeading(bytes, line) {
                close(&assembler)
                listIndents.removeAll()
                var text = TextBuilder()
                InlineReducer(bytes: bytes).reduce(heading.content, into: &text)
                assembler.add(.heading(level: heading.level), text: text, range: contentStart..<content.upperBound)
                index += 1
                continue
            }
            if let level = MarkdownSyntax.setextLevel(bytes, line), let block = open, block.kind == .paragraph, !afterBlank {
                open?.kind = .heading(level: level)
                close(&assembler)
                listIndents.removeAll()
                index += 1
                continue
            }
            if MarkdownSyntax.isThematicBreak(bytes, line) {
                close(&assembler)
                index += 1
                continue
            }
            if MarkdownSyntax.opensHTMLBlock(bytes, line) {
                close(&assembler)
                var end = index
                while end < lines.count, !bytes.isBlank(lines[end].start..<lines[end].end) { end += 1 }
                readHTML(lines[index].start..<lines[end - 1].end, into: &assembler)
                index = end
                continue
            }
            if index + 1 < lines.count, bytes[content].contains(0x7C), MarkdownSyntax.isTableDelimiter(bytes, lines[index + 1]) {
                close(&assembler)
                index = readPipeTable(lines, from: index, into: &assembler)
                continue
            }
            if index + 1 < lines.count, MarkdownSyntax.hasInteriorTab(bytes, line), MarkdownSyntax.hasInteriorTab(bytes, lines[index + 1]) {
                close(&assembler)
                index = readTabTable(lines, from: index, into: &assembler)
                continue
            }
            if let marker = MarkdownSyntax.listMarker(bytes, line) {
                close(&assembler)
                while let last = listIndents.last, last > marker.indent { listIndents.removeLast() }
                if listIndents.last.map({ $0 < marker.indent }) ?? true { listIndents.append(marker.indent) }
                open = OpenBlock(kind: .listItem(depth: listIndents.count - 1), start: contentStart,
                                 segments: [marker.content..<content.upperBound], ordinal: marker.ordinal)
                index += 1
                continue
            }
            var segment = contentStart..<content.upperBound
            if bytes[contentStart] == 0x3E /* > */ {
                var start = contentStart
                while start < content.upperBound, bytes[start] == 0x3E || bytes[start] == 0x20 { start += 1 }
                segment = start..<content.upperBound
            }
            if open != nil, !afterBlank {
                open?.segments.append(segment)   // a continuation line
            } else {
                close(&assembler)
                if bytes.indentation(of: line.start..<line.end) < 2 { listIndents.removeAll() }
                open = OpenBlock(kind: .paragraph, start: contentStart, segments: [segment])
            }
            index += 1
        }
        close(&assembler)
    }

    /// A fenced code block, kept as one paragraph of its text. Returns the
    /// index of the line after the closing fence.
    private func readFencedCode(_ lines: [Line], from opening: Int, fence: (marker: UInt8, length: Int),
                                into assembler: inout BlockAssembler) -> Int {
        var index = opening + 1
        var text = TextBuilder()
        while index < lines.count {
            if let closing = MarkdownSyntax.fence(bytes, lines[index]), closing.marker == fence.marker, closing.length >= fence.length {
                break
            }
            text.appendSpace(source: lines[index].start)
            text.append(bytes: bytes, range: lines[index].start..<lines[index].end)
            index += 1
        }
        let end = index < lines.count ? lines[index].end : lines[lines.count - 1].end
        assembler.add(.paragraph, text: text, range: lines[opening].start..<end)
        return min(index + 1, lines.count)
    }
}
