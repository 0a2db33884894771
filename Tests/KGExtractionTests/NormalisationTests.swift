import KGGraph
import Testing
@testable import KGExtraction

@Suite struct NormalisationTests {
    func extract(_ lines: [String]) -> ExtractionResult {
        Extractor(lexicon: RecognizerTests.lexicon).extract(PageBuilder.document(lines, path: "page.md"))
    }

    @Test func ambiguousNameOnAPageThatSupportsBothIsReportedNotMerged() {
        let result = extract([
            "# Venetoclax",
            "Venetoclax is used to treat mantle cell lymphoma.",
            "Resistance to venetoclax can be mediated by Mcl-1.",
            "In MCL, venetoclax is given with ibrutinib.",
        ])
        #expect(result.warnings.contains { $0.message.contains("'MCL' could mean") && $0.message.contains("not linked") })
        #expect(result.warnings.first { $0.message.contains("'MCL'") }?.line == 4)
    }

    @Test func ambiguousNameResolvedByThePage() {
        let result = extract([
            "# Ibrutinib",
            "Ibrutinib is indicated for mantle cell lymphoma.",
            "In relapsed MCL, ibrutinib is used after chemoimmunotherapy.",
        ])
        #expect(!result.warnings.contains { $0.message.contains("MCL") })
        let facts = Set(result.graph.edges.values.map { "\($0.subject.id) \($0.relation) \($0.object.id)" })
        #expect(facts.contains("ibrutinib USED_FOR mantle cell lymphoma"))
        #expect(!facts.contains { $0.contains("MCL1") })
    }

    @Test func abbreviationsDefinedOnThePage() {
        let result = extract([
            "# Nelarabine",
            "Nelarabine is indicated for T-cell acute lymphoblastic leukaemia (TCALL).",
            "In TCALL, nelarabine is used after two prior regimens.",
        ])
        let facts = Set(result.graph.edges.values.map { "\($0.subject.id) \($0.relation) \($0.object.id)" })
        #expect(facts.contains("nelarabine USED_FOR T-cell acute lymphoblastic leukemia"))
        let node = result.graph.nodes[NodeKey(id: "T-cell acute lymphoblastic leukemia", kind: .disease)]
        #expect(node?.names.contains("TCALL") == true)
    }

    @Test func aParenthesisAfterACellLineIsNotADefinition() {
        let result = extract([
            "# Venetoclax",
            "Loucy (T-ALL) cells were treated with venetoclax.",
            "Venetoclax is studied in T-ALL.",
        ])
        #expect(result.warnings.isEmpty)
        let facts = Set(result.graph.edges.values.map { "\($0.subject.id) \($0.relation) \($0.object.id)" })
        #expect(facts.contains("venetoclax STUDIED_FOR T-cell acute lymphoblastic leukemia"))
    }

    @Test func hedgingAndNegationAreKeptOnTheEvidence() {
        let result = extract([
            "# Bortezomib",
            "Bortezomib may stabilize BAX.",
            "Bortezomib does not inhibit BCL2.",
        ])
        let stabilizes = result.graph.edges.values.first { $0.relation == "STABILIZES" }
        #expect(stabilizes?.evidence.first?.hedged == true)
        #expect(stabilizes?.evidence.first?.negated == false)
        let negative = result.graph.edges.values.first { $0.relation == "NOT_INHIBITS" }
        #expect(negative?.object.id == "BCL2")
        #expect(negative?.evidence.first?.negated == true)
        #expect(!result.graph.edges.values.contains { $0.relation == "INHIBITS" && $0.object.id == "BCL2" })
    }

    @Test func evidenceRecordsWhereAndHow() throws {
        let result = extract(["# Clofarabine", "Clofarabine is activated by dCK."])
        let edge = try #require(result.graph.edges.values.first { $0.relation == "ACTIVATED_BY" })
        let evidence = try #require(edge.evidence.first)
        #expect(evidence.document == "page.md")
        #expect(evidence.line == 2)
        #expect(evidence.sectionPath == ["Clofarabine"])
        #expect(evidence.blockKind == "paragraph")
        #expect(evidence.sentence == "Clofarabine is activated by dCK.")
        #expect(evidence.rule == "svo.activated_by")
        #expect(result.graph.nodes[edge.object]?.names.contains("dCK") == true)
    }

    @Test func aPageWithNothingRecognisedGivesNoFacts() {
        let result = extract(["# Opening hours", "We are open from nine to five, Monday to Friday."])
        #expect(result.graph.edges.isEmpty)
        #expect(result.warnings.isEmpty)
    }
}
