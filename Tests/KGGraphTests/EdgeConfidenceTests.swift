import Testing
@testable import KGGraph

@Suite struct EdgeConfidenceTests {
    func reading(_ document: String, line: Int = 1, confidence: Double = 0.6) -> Evidence {
        Evidence(document: document, line: line, bytes: 0..<1, sectionPath: [], blockKind: "paragraph",
                 sentence: "s", rule: "r", confidence: confidence)
    }

    let edge = Edge(subject: NodeKey(id: "clofarabine", kind: .drug), relation: "ACTIVATED_BY", object: NodeKey(id: "DCK", kind: .gene))

    @Test func morePagesGiveHigherConfidence() {
        var one = edge, two = edge, three = edge
        one.evidence = [reading("a")]
        two.evidence = [reading("a"), reading("b")]
        three.evidence = [reading("a"), reading("b"), reading("c")]
        #expect(one.confidence < two.confidence)
        #expect(two.confidence < three.confidence)
        #expect(three.confidence < 1)
    }

    @Test func sentencesOfOnePageCountOnce() {
        var repeated = edge, single = edge
        repeated.evidence = [reading("a", line: 1), reading("a", line: 5, confidence: 0.4)]
        single.evidence = [reading("a", line: 1)]
        #expect(repeated.confidence == single.confidence)
    }

    @Test func unreliablePageCountsForLess() {
        var graph = KnowledgeGraph()
        graph.add(edge, evidence: [reading("ai.md")])
        graph.add(Edge(subject: NodeKey(id: "ai.md", kind: .document), relation: "HAS_RELIABILITY_NOTE",
                       object: NodeKey(id: "AI-generated or crowd-sourced; may not be accurate", kind: .value)),
                  evidence: [reading("ai.md")])
        let stored = graph.edges[edge.key]!
        #expect(graph.unreliableDocuments == ["ai.md"])
        #expect(graph.confidence(of: stored) < stored.confidence)
        #expect(abs(graph.confidence(of: stored) - 0.3) < 1e-9)
    }

    @Test func noEvidenceMeansNoConfidence() {
        #expect(edge.confidence == 0)
    }
}
