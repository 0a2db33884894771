import CLibXML2

/// Walks a libxml2 HTML tree in document order with an explicit stack,
/// gathering text into blocks (see ``HTMLReader``).
struct HTMLTreeWalker {
    let source: SourceText
    /// The decoded range parsed; libxml2's line 1 is this range's first line.
    let range: Range<Int>
    private(set) var title: String?

    /// What the text being gathered will become.
    private enum Context {
        case heading(Int)
        case paragraph
        case listItem
        case cell
    }

    private struct Table {
        var header: [String] = []
        var row: [TextBuilder] = []
        var rowStart = 0
        var rowIsHeader = true
        var inHead = false
    }

    private var aligner: SourceAligner
    private let firstLine: Int
    private var text = TextBuilder()
    private var textStart: Int?
    private var contexts: [Context] = [.paragraph]
    private var tables: [Table] = []
    private var listDepth = 0
    private var articleDepth = 0
    private var elements = HTMLElementCache()

    init(source: SourceText, range: Range<Int>) {
        self.source = source
        self.range = range
        aligner = SourceAligner(bytes: source.bytes, cursor: range.lowerBound, limit: range.upperBound, skipsTags: true)
        firstLine = source.line(of: range.lowerBound)
    }

    private enum Step {
        case enter(xmlNodePtr)
        /// `absorbed`: a block element read inline in its cell, item or heading.
        case exit(HTMLElement, absorbed: Bool)
    }

    mutating func walk(_ root: xmlNodePtr, into assembler: inout BlockAssembler) {
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case .enter(let node):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    appendText(node)
                case XML_ELEMENT_NODE:
                    let (name, element) = elements.element(of: node)
                    if element == .title, title == nil { title = HTMLNode.text(node); continue }
                    if element == .head { findTitle(node); continue }
                    if element == .dropped || (element == .header && articleDepth == 0) { continue }
                    if HTMLBoilerplate.isDroppedByAttributes(name, node: node) { continue }
                    sync(to: node)
                    let absorbed = isAbsorbed(element)
                    if absorbed {
                        text.appendSpace(source: aligner.cursor)
                    } else {
                        enter(element, into: &assembler)
                    }
                    stack.append(.exit(element, absorbed: absorbed))
                    // Children pushed last first, so the first is entered next.
                    var child = node.pointee.last
                    while let current = child {
                        stack.append(.enter(current))
                        child = current.pointee.prev
                    }
                default:
                    continue
                }
            case .exit(let element, let absorbed):
                if absorbed {
                    text.appendSpace(source: aligner.cursor)
                } else {
                    exit(element, into: &assembler)
                }
            }
        }
        flush(as: .paragraph, into: &assembler)
    }

    private mutating func findTitle(_ head: xmlNodePtr) {
        var child = head.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, elements.element(of: current).element == .title, title == nil {
                title = HTMLNode.text(current)
            }
            child = current.pointee.next
        }
    }

    /// Moves the word search to the element's line when it is further on.
    private mutating func sync(to node: xmlNodePtr) {
        let line = Int(node.pointee.line)
        guard line > 0, line < 65_535 else { return }
        let start = source.lineStart(firstLine + line - 1)
        if start > aligner.cursor, start < range.upperBound { aligner.cursor = start }
    }

    private mutating func appendText(_ node: xmlNodePtr) {
        let content = HTMLNode.content(node)
        guard !content.isEmpty else { return }
        aligner.append(content, to: &text)
        if textStart == nil { textStart = text.sourceLowerBound }
    }

    private var context: Context { contexts.last ?? .paragraph }

    /// Whether block `element` is read inline: in a table cell or heading all
    /// but table structure is; in a list item all but nested lists and tables.
    private func isAbsorbed(_ element: HTMLElement) -> Bool {
        guard element.isBlock, !element.isTableStructure else { return false }
        switch context {
        case .cell, .heading: return true
        case .listItem: return element != .list && element != .listItem
        case .paragraph: return false
        }
    }

    private mutating func enter(_ element: HTMLElement, into assembler: inout BlockAssembler) {
        switch element {
        case .lineBreak:
            text.appendSpace(source: aligner.cursor)
        case .table:
            flushCurrent(into: &assembler)
            tables.append(Table())
            contexts.append(.paragraph)
        case .tableHead:
            if !tables.isEmpty { tables[tables.count - 1].inHead = true }
        case .tableRow:
            flushCurrent(into: &assembler)
            if !tables.isEmpty {
                tables[tables.count - 1].row = []
                tables[tables.count - 1].rowIsHeader = true
                tables[tables.count - 1].rowStart = aligner.cursor
            }
        case .cell(let isHeader):
            flushCurrent(into: &assembler)
            if !isHeader, !tables.isEmpty { tables[tables.count - 1].rowIsHeader = false }
            contexts.append(.cell)
        case .list:
            flushCurrent(into: &assembler)
            listDepth += 1
            contexts.append(.paragraph)
        case .listItem:
            flushCurrent(into: &assembler)
            contexts.append(.listItem)
        case .heading(let level):
            flushCurrent(into: &assembler)
            contexts.append(.heading(level))
        case .article, .header, .block, .tableSection, .caption:
            if element == .article { articleDepth += 1 }
            flushCurrent(into: &assembler)
            contexts.append(.paragraph)
        case .inline, .title, .head, .dropped:
            break
        }
    }

    private mutating func exit(_ element: HTMLElement, into assembler: inout BlockAssembler) {
        switch element {
        case .table:
            flushCurrent(into: &assembler)
            if !tables.isEmpty { tables.removeLast() }
            popContext()
        case .tableHead:
            if !tables.isEmpty { tables[tables.count - 1].inHead = false }
        case .tableRow:
            flushCurrent(into: &assembler)
            finishRow(into: &assembler)
        case .cell:
            if !tables.isEmpty {
                tables[tables.count - 1].row.append(text)
                text = TextBuilder()
                textStart = nil
            } else {
                flushCurrent(into: &assembler)
            }
            popContext()
        case .list:
            flushCurrent(into: &assembler)
            listDepth = max(0, listDepth - 1)
            popContext()
        case .listItem, .heading:
            flushCurrent(into: &assembler)
            popContext()
        case .article, .header, .block, .tableSection, .caption:
            if element == .article { articleDepth -= 1 }
            flushCurrent(into: &assembler)
            popContext()
        case .inline, .lineBreak, .title, .head, .dropped:
            break
        }
    }

    private mutating func popContext() {
        if contexts.count > 1 { contexts.removeLast() }
    }

    private mutating func finishRow(into assembler: inout BlockAssembler) {
        guard var table = tables.popLast() else { return }
        defer { tables.append(table) }
        let cells = table.row
        table.row = []
        guard cells.contains(where: { !$0.isEmpty }) else { return }
        if (table.rowIsHeader || table.inHead), table.header.isEmpty {
            table.header = cells.map(\.string)
            return
        }
        let rowText = TextBuilder(joiningCells: cells, fallbackSource: table.rowStart)
        let start = rowText.sourceRange?.lowerBound ?? table.rowStart
        let end = max(start, rowText.sourceRange?.upperBound ?? start)
        assembler.add(.tableRow(header: table.header, cells: cells.map(\.string)), text: rowText, range: start..<end)
    }

    private mutating func flushCurrent(into assembler: inout BlockAssembler) {
        switch context {
        case .cell: text.appendSpace(source: aligner.cursor)   // cell text stays with its cell
        case .heading(let level): flush(as: .heading(level: level), into: &assembler)
        case .listItem: flush(as: .listItem(depth: max(0, listDepth - 1)), into: &assembler)
        case .paragraph: flush(as: .paragraph, into: &assembler)
        }
    }

    private mutating func flush(as kind: Block.Kind, into assembler: inout BlockAssembler) {
        defer { text = TextBuilder(); textStart = nil }
        guard !text.isEmpty, let range = text.sourceRange else { return }
        assembler.add(kind, text: text, range: range)
    }
}
