import CLibXML2

/// What an HTML element means to the reader, decided once per tag name.
///
/// ```swift
/// HTMLElement(name: "th")   // .cell(isHeader: true)
/// HTMLElement(name: "span") // .inline
/// ```
enum HTMLElement: Equatable, Sendable {
    case title
    case head
    /// Never content (see ``HTMLBoilerplate``).
    case dropped
    /// A site header: dropped unless inside an `article` or `main`.
    case header
    /// `article` or `main`: a block whose headers are content.
    case article
    case table
    case tableHead
    /// `tbody`, `tfoot`: structure without text of its own.
    case tableSection
    case tableRow
    case cell(isHeader: Bool)
    case caption
    case list
    case listItem
    case heading(level: Int)
    /// `br`, `img`, `wbr`: a space in the text.
    case lineBreak
    /// Any other block element (`p`, `div`, `blockquote`, `dd`…).
    case block
    case inline

    static let blockNames: Set<String> = [
        "p", "div", "section", "aside", "blockquote", "pre", "dl", "dt", "dd", "figure", "figcaption", "hr",
        "address", "details", "summary", "body", "html", "center", "fieldset", "legend",
    ]

    init(name: String) {
        switch name {
        case "title": self = .title
        case "head": self = .head
        case "header": self = .header
        case "article", "main": self = .article
        case "table": self = .table
        case "thead": self = .tableHead
        case "tbody", "tfoot": self = .tableSection
        case "tr": self = .tableRow
        case "td": self = .cell(isHeader: false)
        case "th": self = .cell(isHeader: true)
        case "caption": self = .caption
        case "ul", "ol": self = .list
        case "li": self = .listItem
        case "h1", "h2", "h3", "h4", "h5", "h6": self = .heading(level: Int(name.dropFirst()) ?? 1)
        case "br", "img", "wbr": self = .lineBreak
        default:
            if HTMLBoilerplate.droppedElements.contains(name) {
                self = .dropped
            } else {
                self = HTMLElement.blockNames.contains(name) ? .block : .inline
            }
        }
    }

    /// Whether the element starts and ends a block of text.
    var isBlock: Bool {
        switch self {
        case .inline, .lineBreak, .title, .head, .dropped: false
        default: true
        }
    }

    /// Table structure, which a cell or heading never reads inline.
    var isTableStructure: Bool {
        switch self {
        case .table, .tableHead, .tableSection, .tableRow, .cell, .caption: true
        default: false
        }
    }
}

/// Element meanings by libxml2's interned tag-name pointer: one dictionary
/// lookup per element instead of a String and several set lookups.
struct HTMLElementCache {
    private var elements: [UnsafePointer<xmlChar>: (name: String, element: HTMLElement)] = [:]

    mutating func element(of node: xmlNodePtr) -> (name: String, element: HTMLElement) {
        guard let pointer = node.pointee.name else { return ("", .inline) }
        if let known = elements[pointer] { return known }
        let name = HTMLNode.name(node)
        let entry = (name, HTMLElement(name: name))
        elements[pointer] = entry
        return entry
    }
}
