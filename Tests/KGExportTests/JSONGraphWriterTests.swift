import Foundation
import KGGraph
import Testing
@testable import KGExport

@Suite struct JSONGraphWriterTests {
    let graph = SampleGraph.make()

    @Test func everyNodeEdgeAndReadingIsThere() throws {
        let text = JSONGraphWriter().render(graph)
        let decoded = try JSONDecoder().decode(JSONGraphDocument.self, from: Data(text.utf8))
        #expect(decoded.nodes.count == graph.nodes.count)
        #expect(decoded.edges.count == graph.edges.count)
        let decodedReadings: Int = decoded.edges.map(\.evidence.count).reduce(0, +)
        let readings: Int = graph.edges.values.map(\.evidence.count).reduce(0, +)
        #expect(decodedReadings == readings)
        let activation = try #require(decoded.edges.first { $0.relation == "ACTIVATED_BY" })
        let original = try #require(graph.edges.values.first { $0.relation == "ACTIVATED_BY" })
        #expect(activation.evidence.map(\.document) == original.evidence.map(\.document))
        #expect(decoded.nodes.first { $0.id == "clofarabine" }?.names == ["Clofarabine", "Clolar", "Evoltra"])
        #expect(decoded.nodes.first { $0.kind == "Value" }?.id == "IC50 < 0.15 µM & \"low\"")
    }

    @Test func twoExportsOfOneGraphAreIdentical() {
        var copy = KnowledgeGraph()
        copy.merge(graph)
        #expect(JSONGraphWriter().render(graph) == JSONGraphWriter().render(copy))
    }
}
