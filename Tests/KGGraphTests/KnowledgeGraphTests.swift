import Testing
@testable import KGGraph

@Suite struct KnowledgeGraphTests {
    func reading(_ document: String, line: Int) -> Evidence {
        Evidence(document: document, line: line, bytes: 0..<10, sectionPath: ["How it works"], blockKind: "paragraph",
                 sentence: "Clofarabine is activated by dCK.", rule: "test", confidence: 0.8)
    }

    @Test func sameFactFromTwoPagesIsOneEdgeWithTwoPiecesOfEvidence() {
        var graph = KnowledgeGraph()
        let drug = graph.addNode(Node(id: "clofarabine", kind: .drug, names: ["Clofarabine"]))
        let gene = graph.addNode(Node(id: "DCK", kind: .gene, names: ["dCK"]))
        graph.add(Edge(subject: drug, relation: "ACTIVATED_BY", object: gene), evidence: [reading("a.md", line: 3)])
        graph.add(Edge(subject: drug, relation: "ACTIVATED_BY", object: gene), evidence: [reading("b.md", line: 9)])
        graph.add(Edge(subject: drug, relation: "ACTIVATED_BY", object: gene), evidence: [reading("b.md", line: 9)])
        #expect(graph.edges.count == 1)
        #expect(graph.edges.values.first?.evidence.map(\.document) == ["a.md", "b.md"])
    }

    @Test func nodeNamesMergeAcrossReadings() {
        var graph = KnowledgeGraph()
        graph.addNode(Node(id: "ABCG2", kind: .gene, names: ["ABCG2"]))
        graph.addNode(Node(id: "ABCG2", kind: .gene, names: ["BCRP"]))
        #expect(graph.nodes[NodeKey(id: "ABCG2", kind: .gene)]?.names == ["ABCG2", "BCRP"])
    }
}
