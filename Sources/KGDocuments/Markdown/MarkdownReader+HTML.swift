/// HTML inside Markdown: an HTML block (a block-level tag at a line's start,
/// up to the next blank line) is read by the HTML reader, under the current
/// section path.
extension MarkdownReader {
    mutating func readHTML(_ range: Range<Int>, into assembler: inout BlockAssembler) {
        var reader = HTMLReader(source: source, path: path)
        reader.read(range, into: &assembler)
        warnings += reader.warnings
    }
}
