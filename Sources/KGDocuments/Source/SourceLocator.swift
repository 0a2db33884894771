/// Turns decoded offsets into ``SourceSpan``s, remembering where it last
/// looked so that a run of increasing offsets on one long line costs the
/// distance between them, not the distance from the line's start (a page with
/// a 1 MB line and thousands of sentences stays linear).
struct SourceLocator {
    let source: SourceText
    private var cursorOffset = 0
    private var cursorLine = 1
    private var cursorColumn = 1

    init(source: SourceText) {
        self.source = source
    }

    mutating func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), source.bytes.count)
        let line = source.line(of: offset)
        if line != cursorLine || offset < cursorOffset {
            cursorLine = line
            cursorOffset = source.lineStart(line)
            cursorColumn = 1
        }
        source.bytes.withUnsafeBufferPointer { buffer in
            while cursorOffset < offset {
                if buffer[cursorOffset] & 0xC0 != 0x80 { cursorColumn += 1 }
                cursorOffset += 1
            }
        }
        return (cursorLine, cursorColumn)
    }

    mutating func span(of range: Range<Int>) -> SourceSpan {
        let (line, column) = lineAndColumn(of: range.lowerBound)
        return SourceSpan(line: line, column: column, bytes: source.rawOffset(range.lowerBound)..<source.rawEnd(range.upperBound))
    }
}
