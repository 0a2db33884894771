import Foundation
import Testing
import Yams
@testable import KGDocuments

/// The subset parser must give exactly Yams' tree (texts, lines and places)
/// for what it accepts, and accept nothing else.
@Suite struct FrontMatterSubsetParserTests {
    /// The YAML between the fences of `page`, as the reader sees it.
    private struct Page {
        let source: SourceText
        let range: Range<Int>

        init(yaml: String) {
            source = SourceText(raw: Array("---\n\(yaml)---\nBody.\n".utf8), encoding: .utf8)
            range = 4..<(4 + yaml.utf8.count)
        }

        func subset() -> FrontMatterNode? {
            var parser = FrontMatterSubsetParser(bytes: source.bytes, range: range)
            return parser.parse()
        }

        func yams() throws -> FrontMatterNode? {
            try FrontMatterNode.composed(range, of: source)
        }
    }

    /// Everything the reader uses of a tree, one node per line. Places of
    /// collections are left out: the reader uses them for no accepted tree.
    private func render(_ node: FrontMatterNode?, depth: Int = 0) -> String {
        guard let node else { return "nil" }
        let indent = String(repeating: " ", count: depth * 2)
        switch node {
        case .scalar(let text, let place):
            return "\(indent)scalar \(place.map { "\($0.line)@\($0.offset)" } ?? "-") \(text.debugDescription)\n"
        case .sequence(let items, _):
            return "\(indent)sequence\n" + items.map { render($0, depth: depth + 1) }.joined()
        case .mapping(let pairs, _):
            return "\(indent)mapping\n" + pairs.map { render($0.key, depth: depth + 1) + render($0.value, depth: depth + 2) }.joined()
        }
    }

    private func frontMatter(ofSeed name: String) throws -> String {
        let text = try String(contentsOfFile: CorpusPaths.corpus(name), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let closing = try #require(lines.dropFirst().firstIndex(of: "---"))
        return lines[1..<closing].joined(separator: "\n") + "\n"
    }

    @Test(arguments: ["clofarabine-drug-database.md", "clofarabine-monograph.md"])
    func seedsGiveYamsTree(name: String) throws {
        let page = Page(yaml: try frontMatter(ofSeed: name))
        let subset = page.subset()
        #expect(subset != nil)
        #expect(render(subset) == render(try page.yams()))
    }

    static let accepted = [
        "title: Clofarabine\nis_banned: false\nempty_ok: ~\nyes: no\nurl: https://example.org/a?b=c#d\n",
        "date: '2025-09-22T17:21:52.632Z'\nquote: 'it''s ''here'''\nempty: ''\nnon-ascii: 'mg/m² — β'\n",
        "folded: >\n  one\n  two\n\n  three\n\n\n  four\nnext: x\n",
        "literal: |\n  line one\n  line two\n\n  after blank\nstrip: |-\n  a\n  b\n",
        "stripped: >-\n    deep indent\n    kept alike\n\n\nlast: 'q'\n",
        "faqs:\n  - q: >-\n      What is X?**\n\n\n      **A:** It is Y.\n    a: >-\n      A:** It is Y.\n\n  - question: Plain question?\n    answer: 'Quoted answer'\ntitle: T\n",
        "faqs:\n    - Q: Is it safe?\n      extra: ignored\n",
        "title: Café ünïcödé → ✓\ndescription: >-\n  É first, then\n  ascii\n",
    ]

    @Test(arguments: accepted)
    func acceptedTextGivesYamsTree(yaml: String) throws {
        let page = Page(yaml: yaml)
        let subset = page.subset()
        #expect(subset != nil, "the subset should read \(yaml.debugDescription)")
        #expect(render(subset) == render(try page.yams()))
    }

    static let leftToYams = [
        "title: one\n  continued plain\n",             // multi-line plain scalar
        "title: x # comment\n",
        "# comment\ntitle: x\n",
        "title: \"double\"\n",
        "title:\tx\n",
        "title: x \n",                                 // trailing space
        "nested:\n  key: value\n",
        "list:\n  - one\n  - two\n",
        "faqs:\n  - a: answer without question\n",
        "title: a\ntitle: b\n",
        "text: >\n  one\n    more indented\n",
        "text: >+\n  keep\n\n",
        "text: >2\n  indicated\n",
        "tags: [a, b]\n",
        "anchor: &a x\n",
        "text: 'open\n  quote'\n",
        "bad: : x\n",
        "key:value\n",
        "title: x\r\n",
        "  indented: x\n",
        "faqs:\n- q: indentless\n",
        "title: a: b\n",
        "",
    ]

    @Test(arguments: leftToYams)
    func otherTextIsLeftToYams(yaml: String) {
        #expect(Page(yaml: yaml).subset() == nil, "the subset should not read \(yaml.debugDescription)")
    }

    /// A page whose front matter the subset leaves to Yams reads as before:
    /// fields and the malformed-YAML warning with its place.
    @Test func pagesLeftToYamsStillRead() throws {
        let loader = DocumentLoader()
        let nested = loader.read(bytes: Array("---\ntitle: One\nmeta:\n  a: 1\n  b: two\n---\n# Body\n".utf8), path: "nested.md")
        #expect(nested.frontMatter.map(\.key) == ["title", "meta"])
        #expect(nested.frontMatter.last?.value == "a: 1; b: two")
        let broken = loader.read(bytes: Array("---\ntitle: [unclosed\n---\nText.\n".utf8), path: "broken.md")
        #expect(broken.frontMatter.isEmpty)
        #expect(broken.warnings.contains { $0.message.hasPrefix("malformed front matter") && $0.line != nil })
    }
}
