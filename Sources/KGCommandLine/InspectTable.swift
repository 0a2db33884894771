import KGDocuments

/// Renders a document's blocks as the aligned table `kg inspect` prints:
///
/// ```
/// == Corpus/page.md (markdown, 3 blocks) — Title
/// KIND         SECTION        LINE:COL  TEXT
/// heading 1                   1:1       Title
/// paragraph    Title          3:1       Some text.
/// table_row    Title > Data   5:1       Cell Line → Loucy (T-ALL); Therapy → Venetoclax
/// ```
public struct InspectTable: Sendable {
    /// Show whole texts and section paths.
    public var full: Bool
    /// List sentences under their blocks.
    public var sentences: Bool
    public static let textWidth = 100
    public static let sectionWidth = 60

    public init(full: Bool = false, sentences: Bool = false) {
        self.full = full
        self.sentences = sentences
    }

    public func render(_ document: Document) -> String {
        var header = "== \(document.path) (\(document.format.rawValue), \(document.blocks.count) block\(document.blocks.count == 1 ? "" : "s"))"
        if let title = document.title { header += " — \(title)" }
        var rows: [[String]] = [["KIND", "SECTION", "LINE:COL", "TEXT"]]
        for block in document.blocks {
            rows.append([kind(block.kind), section(block.sectionPath), "\(block.span.line):\(block.span.column)", text(of: block)])
            if sentences {
                for sentence in block.sentences {
                    rows.append(["  sentence", "", "\(sentence.span.line):\(sentence.span.column)", clip(sentence.text, InspectTable.textWidth)])
                }
            }
        }
        var widths = [Int](repeating: 0, count: 3)
        for row in rows { for column in 0..<3 { widths[column] = max(widths[column], row[column].count) } }
        var output = header + "\n"
        for row in rows {
            var line = ""
            for column in 0..<3 { line += row[column] + String(repeating: " ", count: widths[column] - row[column].count + 2) }
            line += row[3]
            while line.last == " " { line.removeLast() }
            output += line + "\n"
        }
        return output + "\n"
    }

    private func kind(_ kind: Block.Kind) -> String {
        switch kind {
        case .heading(let level): "heading \(level)"
        case .listItem(let depth): "list_item \(depth)"
        case .frontMatterField(let key): "front_matter \(key)"
        case .reference(let number?): "reference \(number)"
        default: kind.name
        }
    }

    /// The section path; when too long for the table, outer headings give way
    /// to the inner ones ("… > Troubleshooting Guides > Issue 1: …").
    private func section(_ path: [String]) -> String {
        var parts = path.map { clip($0, 28) }
        var text = parts.joined(separator: " > ")
        while !full, text.count > InspectTable.sectionWidth, parts.count > 1 {
            parts.removeFirst()
            text = "… > " + parts.joined(separator: " > ")
        }
        return text
    }

    private func text(of block: Block) -> String {
        switch block.kind {
        case .tableRow(let header, let cells):
            let pairs = cells.enumerated().map { index, cell in
                index < header.count && !header[index].isEmpty ? "\(header[index]) → \(cell)" : cell
            }
            return clip(pairs.joined(separator: "; "), InspectTable.textWidth)
        case .faq(let question, let answer):
            return clip("Q: \(question) A: \(answer)", InspectTable.textWidth)
        default:
            return clip(block.text, InspectTable.textWidth)
        }
    }

    private func clip(_ text: String, _ width: Int) -> String {
        guard !full, text.count > width else { return text }
        return String(text.prefix(width - 1)) + "…"
    }
}
