import Testing
@testable import KGDocuments

@Suite struct MarkdownReaderTests {
    func read(_ text: String, path: String = "test.md") -> Document {
        DocumentLoader().read(bytes: Array(text.utf8), path: path)
    }

    @Test func atxAndSetextHeadingsMakeSectionPaths() {
        let document = read("Title\n=====\n\nIntro.\n\nPart\n----\n\n### Deep ###\n\nText here.\n")
        #expect(document.blocks.map(\.kind) == [.heading(level: 1), .paragraph, .heading(level: 2), .heading(level: 3), .paragraph])
        #expect(document.blocks.last?.sectionPath == ["Title", "Part", "Deep"])
        #expect(document.title == "Title")
    }

    @Test func nestedAndNumberedLists() {
        let document = read("- top\n  - inner\n    continued\n- second\n\n1. first\n2) second\n")
        #expect(document.blocks.map(\.kind) == [.listItem(depth: 0), .listItem(depth: 1), .listItem(depth: 0), .listItem(depth: 0), .listItem(depth: 0)])
        #expect(document.blocks[1].text == "inner continued")
    }

    @Test func pipeTableRowsCarryTheHeader() {
        let document = read("| Drug | IC50 |\n|---|:---:|\n| **Venetoclax** | 0.15 $\\mu$M |\n| A \\| B | 2 |\n")
        #expect(document.blocks.map(\.kind) == [
            .tableRow(header: ["Drug", "IC50"], cells: ["Venetoclax", "0.15 μM"]),
            .tableRow(header: ["Drug", "IC50"], cells: ["A | B", "2"]),
        ])
        #expect(document.blocks[0].text == "Venetoclax | 0.15 μM")
    }

    @Test func inlineMarkupIsReduced() {
        let document = read("See [the *label*](http://x.org) and ![alt](i.png), `code`, <sup>[1]</sup>, a&amp;b, snake_case, 5 * 3, <br>end.\n")
        #expect(document.blocks.first?.text == "See the label and alt, code, [1], a&b, snake_case, 5 * 3, end.")
    }

    @Test func aSentenceBrokenByABlankLineIsJoined() {
        let document = read("- **Item:** It can stabilize BAX,\n\nwhile it can upregulate p53. Done.\n\nNew paragraph.\n")
        #expect(document.blocks.count == 2)
        #expect(document.blocks[0].sentences.map(\.text) == ["Item: It can stabilize BAX, while it can upregulate p53.", "Done."])
    }

    @Test func htmlBlocksInsideMarkdownAreReadAsHTML() {
        let document = read("# Doses\n\n<table><tr><th>Drug</th><th>Dose</th></tr>\n<tr><td>Clofarabine</td><td>52 mg/m²</td></tr></table>\n\nAfter.\n")
        #expect(document.blocks.map(\.kind) == [
            .heading(level: 1), .tableRow(header: ["Drug", "Dose"], cells: ["Clofarabine", "52 mg/m²"]), .paragraph,
        ])
        #expect(document.blocks[1].sectionPath == ["Doses"])
    }

    @Test func aRawHTMLBodyAfterFrontMatterIsReadAsHTML() {
        let document = read("---\ntitle: Page\n---\n<div class=\"content\">\n<h2>Use</h2>\n<p>It treats ALL.</p>\n</div>\n")
        #expect(document.title == "Page")
        #expect(document.blocks.map(\.kind) == [.frontMatterField(key: "title"), .heading(level: 2), .paragraph])
        #expect(document.blocks[2].span.line == 6)
    }

    @Test func markdownStoredAsTextIsDetected() {
        #expect(read("# One\n\nText with **bold**.\n\n## Two\n", path: "page.txt").format == .markdown)
        #expect(read("Just some words.\n\nMore words.\n", path: "page.txt").format == .text)
        #expect(read("<!DOCTYPE html><html><body><p>x</p></body></html>", path: "page.md").format == .html)
    }
}
