import KGGraph
import KGGraphFixtures
import Testing
@testable import KGQuery

@Suite struct EdgeOrderTests {
    /// Edges that tie on subject, relation and object are ordered by their
    /// attributes' text, as `KnowledgeGraph.sortedEdges` orders them.
    @Test func theOrderIsTheGraphsSortedEdges() {
        var graph = KnowledgeGraph()
        let drug = graph.addNode(Node(id: "clofarabine", kind: .drug))
        let gene = graph.addNode(Node(id: "DCK", kind: .gene))
        let other = graph.addNode(Node(id: "ABCG2", kind: .gene))
        for attributes in [[:], ["a": "1"], ["a": "2"], ["b": "0"], ["a": "1", "b": "2"], ["a": "10"]] {
            graph.add(Edge(subject: drug, relation: "INHIBITS", object: gene, attributes: attributes))
            graph.add(Edge(subject: gene, relation: "ACTIVATES", object: drug, attributes: attributes))
        }
        graph.add(Edge(subject: drug, relation: "INHIBITS", object: other))
        graph.add(Edge(subject: drug, relation: "ACTIVATES", object: gene))
        let ordered = EdgeOrder.sorted(graph)
        #expect(ordered.count == 14)
        #expect(ordered == graph.sortedEdges)
        #expect(ordered.first?.subject == gene)
    }

    @Test func sessionsRelationsFollowTheOrder() {
        let graph = ResistanceGraph.make()
        #expect(GraphRelations(graph: graph, sortedEdges: EdgeOrder.sorted(graph)).rows == GraphRelations(graph: graph, sortedEdges: graph.sortedEdges).rows)
    }
}

@Suite struct EdgeOrderAttributeTextTests {
    @Test(arguments: [
        [:], ["basis": "stated"], ["b": "2", "a": "1"], ["quote": "say \"hi\"", "line": "a\nb\tc\\d"], ["α": "Bcl-xL", "": ""],
    ] as [[String: String]])
    func theTextIsThePrintedSortedPairs(_ attributes: [String: String]) {
        #expect(EdgeOrder.attributeText(attributes) == attributes.sorted(by: <).description)
    }
}
