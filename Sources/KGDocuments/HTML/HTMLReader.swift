import CLibXML2

/// Reads HTML with libxml2's HTML parser (recover mode, no network, no
/// external entities or DTD loading, errors silenced) and walks the tree with
/// an explicit stack, so 10,000 nested elements cannot overflow the stack.
///
/// Blocks: `h1`–`h6` headings; `p`, `div`, `blockquote`, `pre`, `dd`… text as
/// paragraphs; `li` as list items with their depth; each `tr` of a table as a
/// row with the table's header cells (`th` cells, or the `thead` row); `<br>`
/// is a space; inline elements (`sup`, `a`, `b`…) give their text. Boilerplate
/// is left out as ``HTMLBoilerplate`` lists. The page's `<title>` is its title.
///
/// Locations are best effort: libxml2 gives element line numbers only, so each
/// text's words are looked for in the decoded page from their element's line
/// onward (``SourceAligner``); a word not found there (one written with a
/// character reference) is placed at the last place found.
///
/// ```swift
/// var reader = HTMLReader(source: source, path: "page.html")
/// reader.read(0..<source.bytes.count, into: &assembler)
/// print(reader.title ?? "untitled")
/// ```
struct HTMLReader {
    let source: SourceText
    let path: String
    private(set) var title: String?
    private(set) var warnings: [DocumentWarning] = []

    /// Recover from bad markup, never touch the network, print nothing, and
    /// lift the 256-element depth limit (XML_PARSE_HUGE; the HTML parser
    /// expands no entities, so this allows no entity bomb) so that deep pages
    /// are read whole instead of being cut off at depth 256.
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    /// libxml2 is initialised once, and its generic error printing silenced.
    private static let initialised: Bool = {
        xmlInitParser()
        kg_xmlSilenceGenericErrors()
        return true
    }()

    init(source: SourceText, path: String) {
        self.source = source
        self.path = path
    }

    /// Reads decoded `range` (a whole page, or an HTML block of a Markdown page).
    mutating func read(_ range: Range<Int>, into assembler: inout BlockAssembler) {
        guard HTMLReader.initialised, !range.isEmpty, range.count < Int(Int32.max) else { return }
        kg_xmlSilenceGenericErrors()
        let document = source.bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.advanced(by: range.lowerBound).withMemoryRebound(to: CChar.self, capacity: range.count) {
                htmlReadMemory($0, Int32(range.count), path, "UTF-8", HTMLReader.options)
            }
        }
        guard let document else {
            warnings.append(DocumentWarning(path: path, line: source.line(of: range.lowerBound), column: 1,
                                            message: "HTML could not be parsed; its text is not read"))
            return
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return }
        var walker = HTMLTreeWalker(source: source, range: range)
        walker.walk(root, into: &assembler)
        title = walker.title
    }
}
