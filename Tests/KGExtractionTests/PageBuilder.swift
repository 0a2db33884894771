import KGDocuments
import KGGraph
@testable import KGExtraction

/// Hand-built pages for rule tests: each string is a block; "# " starts a
/// heading, "- " a list item, "|" separates table cells (first row is the header).
enum PageBuilder {
    static func document(_ lines: [String], path: String = "test.md", title: String? = nil) -> Document {
        var blocks: [Block] = []
        var section: [String] = []
        var header: [String]?
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            let span = SourceSpan(line: number, column: 1, bytes: number * 100..<(number * 100 + line.utf8.count))
            func sentences(_ text: String) -> [Sentence] {
                splitSentences(text).map { Sentence(text: $0, span: span) }
            }
            if line.hasPrefix("# ") {
                let text = String(line.dropFirst(2))
                blocks.append(Block(kind: .heading(level: 1), text: text, sectionPath: section, span: span, sentences: sentences(text)))
                section = [text]
                header = nil
            } else if line.hasPrefix("- ") {
                let text = String(line.dropFirst(2))
                blocks.append(Block(kind: .listItem(depth: 0), text: text, sectionPath: section, span: span, sentences: sentences(text)))
            } else if line.contains("|") {
                let cells = line.split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }
                if let header {
                    blocks.append(Block(kind: .tableRow(header: header, cells: cells), text: cells.joined(separator: " "), sectionPath: section, span: span,
                                        sentences: [Sentence(text: cells.joined(separator: " "), span: span)]))
                } else {
                    header = cells
                }
            } else {
                blocks.append(Block(kind: .paragraph, text: line, sectionPath: section, span: span, sentences: sentences(line)))
            }
        }
        return Document(path: path, format: .markdown, title: title, frontMatter: [], blocks: blocks, warnings: [])
    }

    static func splitSentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if ".?!".contains(character) { result.append(current.trimmingCharacters(in: .whitespaces)); current = "" }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current.trimmingCharacters(in: .whitespaces)) }
        return result
    }

    /// The facts of a page as "subject RELATION object" strings.
    static func facts(_ lines: [String], title: String? = nil) -> Set<String> {
        let graph = Extractor(lexicon: RecognizerTests.lexicon).extract(document(lines, title: title)).graph
        return Set(graph.edges.values.map { "\($0.subject.id) \($0.relation) \($0.object.id)" })
    }
}

import Foundation
