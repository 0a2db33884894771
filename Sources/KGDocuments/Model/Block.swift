/// A unit of a page's structure: a heading, a paragraph, a list item, a table
/// row, a front-matter field, a FAQ entry or a reference entry.
///
/// Every block knows the headings above it (`sectionPath`, outermost first)
/// and where it stands in the raw file, and is split into sentences:
///
/// ```swift
/// for block in document.blocks where block.kind == .paragraph {
///     print(block.sectionPath.joined(separator: " > "), block.span.line)
///     for sentence in block.sentences { print("  ", sentence.text) }
/// }
/// ```
public struct Block: Sendable, Hashable, Codable {
    public var kind: Kind
    /// The block's whole text, inline markup reduced.
    public var text: String
    /// The texts of the headings above this block, outermost first.
    public var sectionPath: [String]
    public var span: SourceSpan
    public var sentences: [Sentence]

    public init(kind: Kind, text: String, sectionPath: [String], span: SourceSpan, sentences: [Sentence]) {
        self.kind = kind
        self.text = text
        self.sectionPath = sectionPath
        self.span = span
        self.sentences = sentences
    }
}

extension Block {
    /// What a block is, with what only that kind carries.
    public enum Kind: Sendable, Hashable, Codable {
        /// A heading; `level` 1 is the outermost.
        case heading(level: Int)
        case paragraph
        /// A list item; `depth` 0 is a top-level item.
        case listItem(depth: Int)
        /// A table row with its cells and the header cells of its table
        /// (empty when the table has no header).
        case tableRow(header: [String], cells: [String])
        /// A field of the page's front matter, such as `description`.
        case frontMatterField(key: String)
        /// A question and its answer (from a FAQ section or front matter).
        case faq(question: String, answer: String)
        /// An entry of a reference list, with its number when it has one.
        case reference(number: Int?)

        /// A short stable name for the kind: `heading`, `paragraph`,
        /// `list_item`, `table_row`, `front_matter_field`, `faq`, `reference`.
        public var name: String {
            switch self {
            case .heading: "heading"
            case .paragraph: "paragraph"
            case .listItem: "list_item"
            case .tableRow: "table_row"
            case .frontMatterField: "front_matter_field"
            case .faq: "faq"
            case .reference: "reference"
            }
        }
    }
}
