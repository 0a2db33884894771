import KGGraph
import Testing
@testable import KGExport

@Suite struct GraphNeighbourhoodTests {
    let graph = SampleGraph.make()

    @Test func depthZeroIsTheFocusAlone() throws {
        let selection = try GraphNeighbourhood(focus: "clofarabine", depth: 0).select(in: graph)
        #expect(Set(selection.graph.nodes.keys) == [SampleGraph.clofarabine])
        #expect(selection.graph.edges.isEmpty)
        #expect(selection.focus == [SampleGraph.clofarabine])
    }

    @Test func depthOneFollowsEdgesBothWays() throws {
        let selection = try GraphNeighbourhood(focus: "DCK down", depth: 1).select(in: graph)
        #expect(Set(selection.graph.nodes.keys) == [SampleGraph.dckDown, SampleGraph.clofarabine, SampleGraph.combination])
        // Edges between selected nodes come along, whatever their direction.
        #expect(Set(selection.graph.edges.values.map(\.relation)) == ["CONFERS_RESISTANCE_TO", "ADDRESSES", "HAS_COMPONENT"])
        #expect(selection.graph.nodes[SampleGraph.dckDown]?.attributes["marker"] == "DCK")
    }

    @Test func depthTwoReachesFurther() throws {
        let selection = try GraphNeighbourhood(focus: "DCK down", depth: 2).select(in: graph)
        #expect(selection.graph.nodes[SampleGraph.cytarabine] != nil)
        #expect(selection.graph.nodes[SampleGraph.dck] != nil)
        #expect(selection.graph.nodes[SampleGraph.apoptosis] == nil)
        #expect(selection.graph.nodes[SampleGraph.lonely] == nil)
    }

    @Test func focusByNameOrCaseFindsTheNode() throws {
        #expect(try GraphNeighbourhood(focus: "Evoltra", depth: 0).select(in: graph).focus == [SampleGraph.clofarabine])
        #expect(try GraphNeighbourhood(focus: "CLOFARABINE", depth: 0).select(in: graph).focus == [SampleGraph.clofarabine])
        // One id, two kinds: both are the focus.
        #expect(try GraphNeighbourhood(focus: "DCK", depth: 0).select(in: graph).focus == [SampleGraph.dck, SampleGraph.dckAsName])
    }

    @Test func anUnknownFocusSuggestsCloseIDs() {
        #expect(throws: ExportError.unknownFocus("clofa", suggestions: ["clofarabine", "clofarabine + cytarabine", "clofarabine 5'-triphosphate"])) {
            try GraphNeighbourhood(focus: "clofa", depth: 1).select(in: graph)
        }
        #expect(throws: ExportError.negativeDepth(-1)) { try GraphNeighbourhood(focus: "clofarabine", depth: -1).select(in: graph) }
        #expect(ExportError.unknownFocus("x", suggestions: ["y"]).description == "no node is named 'x'; did you mean 'y'?")
    }
}

@Suite struct RelationFilterTests {
    @Test func onlyTheRelationsAskedForAndTheNodesTheyJoin() {
        let graph = SampleGraph.make()
        let kept = RelationFilter(["has_component", "ADDRESSES"]).apply(to: graph)
        #expect(Set(kept.edges.values.map(\.relation)) == ["HAS_COMPONENT", "ADDRESSES"])
        #expect(Set(kept.nodes.keys) == [SampleGraph.combination, SampleGraph.clofarabine, SampleGraph.cytarabine, SampleGraph.dckDown])
        #expect(kept.nodes[SampleGraph.clofarabine]?.names == ["Clofarabine", "Evoltra", "Clolar"])
        #expect(RelationFilter(["addresses", "nonsense"]).unknown(in: graph) == ["NONSENSE"])
    }
}
