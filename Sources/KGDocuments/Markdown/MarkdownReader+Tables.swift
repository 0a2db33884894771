/// Pipe tables (`| a | b |` over `|---|---|`) and tab-separated tables: each
/// data row becomes a `.tableRow` carrying the header cells.
extension MarkdownReader {
    /// Reads the pipe table whose header is `lines[start]`; returns the index
    /// of the first line after it.
    func readPipeTable(_ lines: [Line], from start: Int, into assembler: inout BlockAssembler) -> Int {
        let header = cells(of: lines[start], separator: 0x7C).map(\.string)
        var index = start + 2
        while index < lines.count {
            let line = lines[index]
            guard !bytes.isBlank(line.start..<line.end), bytes[line.start..<line.end].contains(0x7C) else { break }
            addRow(line, separator: 0x7C, header: header, into: &assembler)
            index += 1
        }
        return index
    }

    /// Reads consecutive lines with interior tabs; the first is the header.
    func readTabTable(_ lines: [Line], from start: Int, into assembler: inout BlockAssembler) -> Int {
        let header = cells(of: lines[start], separator: 0x09).map(\.string)
        var index = start + 1
        while index < lines.count, MarkdownSyntax.hasInteriorTab(bytes, lines[index]) {
            addRow(lines[index], separator: 0x09, header: header, into: &assembler)
            index += 1
        }
        return index
    }

    private func addRow(_ line: Line, separator: UInt8, header: [String], into assembler: inout BlockAssembler) {
        let rowCells = cells(of: line, separator: separator)
        let text = TextBuilder(joiningCells: rowCells, fallbackSource: line.start)
        guard rowCells.contains(where: { !$0.isEmpty }) else { return }
        let content = bytes.trimmingTrailingBlanks(bytes.firstNonBlank(in: line.start..<line.end)..<line.end)
        assembler.add(.tableRow(header: header, cells: rowCells.map(\.string)), text: text, range: content)
    }

    /// The reduced cells of a table line, split on `separator` (`\|` escaped).
    func cells(of line: Line, separator: UInt8) -> [TextBuilder] {
        let start = bytes.firstNonBlank(in: line.start..<line.end)
        var content = bytes.trimmingTrailingBlanks(start..<line.end)
        if separator == 0x7C {
            if content.first.map({ bytes[$0] == 0x7C }) ?? false { content = content.dropFirst() }
            if content.last.map({ bytes[$0] == 0x7C && ($0 == 0 || bytes[$0 - 1] != 0x5C) }) ?? false { content = content.dropLast() }
        }
        var cells: [TextBuilder] = []
        var cellStart = content.lowerBound
        let reducer = InlineReducer(bytes: bytes)
        var index = content.lowerBound
        while index <= content.upperBound {
            let atEnd = index == content.upperBound
            if atEnd || (bytes[index] == separator && (index == 0 || bytes[index - 1] != 0x5C)) {
                var cell = TextBuilder()
                reducer.reduce(cellStart..<index, into: &cell)
                cells.append(cell)
                cellStart = index + 1
            }
            index += 1
        }
        return cells
    }
}
