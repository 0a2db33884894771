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
        let line = nearbyLine(of: offset) ?? source.line(of: offset)
        if line != cursorLine || offset < cursorOffset {
            cursorLine = line
            cursorOffset = source.lineStart(line)
            cursorColumn = 1
        }
        source.bytes.withUnsafeBufferPointer { buffer in
            // Eight bytes at a time: each byte that is no continuation byte
            // (0b10xxxxxx) starts a scalar, one column.
            while cursorOffset + 8 <= offset {
                let word = UnsafeRawPointer(buffer.baseAddress! + cursorOffset).loadUnaligned(as: UInt64.self)
                let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                cursorColumn += 8 - continuations.nonzeroBitCount
                cursorOffset += 8
            }
            while cursorOffset < offset {
                if buffer[cursorOffset] & 0xC0 != 0x80 { cursorColumn += 1 }
                cursorOffset += 1
            }
        }
        return (cursorLine, cursorColumn)
    }

    /// The line of `offset` when it is the cursor's line or one of the next
    /// few (offsets mostly come in order): no binary search over all lines.
    private func nearbyLine(of offset: Int) -> Int? {
        let starts = source.lineStarts
        var line = cursorLine
        guard line >= 1, line <= starts.count, starts[line - 1] <= offset else { return nil }
        while line < starts.count, starts[line] <= offset {
            line += 1
            if line > cursorLine + 4 { return nil }
        }
        return line
    }

    mutating func span(of range: Range<Int>) -> SourceSpan {
        let (line, column) = lineAndColumn(of: range.lowerBound)
        return SourceSpan(line: line, column: column, bytes: source.rawOffset(range.lowerBound)..<source.rawEnd(range.upperBound))
    }
}
