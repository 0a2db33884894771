import KGDocuments
import KGGraph
import Testing
@testable import KGExtraction

/// Bad input is normal input: odd pages give what they give, never a crash.
@Suite struct BadInputTests {
    @Test func oddTextNeverCrashesAndKeepsEvidence() {
        let odd = [
            "# ((( Venetoclax )))",
            "- : : :",
            "- —",
            "Venetoclax ( ( ( inhibits ) BCL-2 ( and",
            "Contraindicated in",
            "Avoid",
            "If resistant to, it may have low levels.",
            "Consider a combination with.",
            "Resistance to venetoclax can be mediated by",
            "Bcl-x(L Mcl-1) ) ( dCK (ALL) (AML)) MCL",
            "💊 Venclexta® ✓ e\u{301}tude naïve β-catenin μM 0.5 µM ≥50 %",
            String(repeating: "venetoclax inhibits BCL2 and ", count: 400) + "apoptosis.",
            "",
            "Cell Line | Drug | IC50",
            " | | ",
            "Jurkat | | N/A",
            "| Venetoclax | 0.1 µM",
        ]
        let result = Extractor(lexicon: RecognizerTests.lexicon).extract(PageBuilder.document(odd))
        #expect(result.graph.edges.values.allSatisfy { !$0.evidence.isEmpty })
        #expect(result.graph.edges.values.contains { $0.relation == "INHIBITS" && $0.object.id == "BCL2" })
    }

    @Test func emptyPageGivesEmptyGraph() {
        let document = Document(path: "empty.md", format: .markdown, title: nil, frontMatter: [], blocks: [], warnings: [])
        let result = Extractor(lexicon: RecognizerTests.lexicon).extract(document)
        #expect(result.graph.nodes.isEmpty)
        #expect(result.graph.edges.isEmpty)
    }

    @Test func tokenizerHandlesEdgeCases() {
        #expect(Tokenizer.tokens("").isEmpty)
        #expect(Tokenizer.tokens("(").map(\.key) == ["("])
        #expect(Tokenizer.tokens("x(").map(\.key) == ["x", "("])
        #expect(Tokenizer.tokens("cytarabine's").map(\.key) == ["cytarabine"])
        #expect(Tokenizer.tokens("clofarabine-induced apoptosis").map(\.key) == ["clofarabine", "-induced", "apoptosis"])
        #expect(Tokenizer.tokens("0.15 µM").map(\.key) == ["0.15", "µm"])
        #expect(Tokenizer.tokens("Leukaemia").map(\.key) == ["leukemia"])
    }
}
