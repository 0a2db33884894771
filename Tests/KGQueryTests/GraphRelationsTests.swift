import Datalog
import KGGraph
import KGGraphFixtures
import Testing
@testable import KGQuery

@Suite struct GraphRelationsTests {
    let relations = GraphRelations(graph: ResistanceGraph.make())

    @Test func oneBinaryRelationPerSchemaRelation() {
        #expect(relations.rows["addresses"] == [[.symbol("clofarabine + cytarabine"), .symbol("DCK down")]])
        #expect(relations.rows["confers_resistance_to"]?.count == 2)
        // Declared even when the graph has none, so a query about it answers nothing.
        #expect(relations.signatures["contraindicated_in"]?.arity == 2)
        #expect(relations.rows["contraindicated_in"] == [])
    }

    @Test func genericRelationsCarryNodesNamesEdgesAttributesAndEvidence() {
        #expect(relations.rows["node"]?.contains([.symbol("DCK down"), .symbol("ResistanceMechanism")]) == true)
        #expect(relations.rows["name"]?.filter { $0[0] == .symbol("clofarabine") } == [[.symbol("clofarabine"), .symbol("Clolar")], [.symbol("clofarabine"), .symbol("Evoltra")]])
        #expect(relations.rows["edge"]?.contains([.symbol("venetoclax"), .symbol("INHIBITS"), .symbol("BCL2")]) == true)
        #expect(relations.rows["attr"] == [[.symbol("clofarabine + cytarabine"), .symbol("ADDRESSES"), .symbol("DCK down"), .symbol("basis"), .symbol("stated")]])
        #expect(relations.rows["evidence"]?.contains([.symbol("DCK down"), .symbol("CONFERS_RESISTANCE_TO"), .symbol("clofarabine"), .symbol("b.md"), .number(4), .symbol("dCK-deficient cells resist clofarabine.")]) == true)
        #expect(relations.rows["node_attr"] == [[.symbol("DCK down"), .symbol("direction"), .symbol("down")], [.symbol("DCK down"), .symbol("marker"), .symbol("DCK")]])
        #expect(relations.rows["extracted_by"]?.contains([.symbol("venetoclax"), .symbol("INHIBITS"), .symbol("BCL2"), .symbol("test")]) == true)
        #expect(relations.signatures["evidence"]?.columnTypes == [.symbol, .symbol, .symbol, .symbol, .number, .symbol])
    }

    @Test func factsLeadBackToTheirSentences() {
        let index = GraphFactIndex(graph: ResistanceGraph.make())
        let sentences = index.evidence(for: "confers_resistance_to", [.symbol("DCK down"), .symbol("clofarabine")]).map(\.sentence)
        #expect(sentences == ["Loss of dCK confers resistance to clofarabine.", "dCK-deficient cells resist clofarabine."])
        #expect(index.evidence(for: "edge", [.symbol("venetoclax"), .symbol("INHIBITS"), .symbol("BCL2")]).map(\.line) == [9])
        #expect(index.evidence(for: "node", [.symbol("DCK"), .symbol("Gene")]).isEmpty)
    }
}
