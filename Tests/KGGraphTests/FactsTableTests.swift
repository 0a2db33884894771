import Foundation
import Testing
@testable import KGGraph

@Suite struct FactsTableTests {
    func reading(_ document: String, line: Int, sentence: String) -> Evidence {
        Evidence(document: document, line: line, bytes: line * 10..<line * 10 + 5, sectionPath: ["Mechanism"], blockKind: "paragraph",
                 sentence: sentence, rule: "svo.activated_by", confidence: 0.8)
    }

    func sampleGraph() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let drug = NodeKey(id: "clofarabine", kind: .drug)
        graph.add(Edge(subject: drug, relation: "ACTIVATED_BY", object: NodeKey(id: "DCK", kind: .gene)),
                  evidence: [reading("b.md", line: 9, sentence: "It needs dCK.\tReally"), reading("a.md", line: 3, sentence: "Activated\nby dCK.")])
        graph.add(Edge(subject: drug, relation: "HAS_IC50", object: NodeKey(id: "0.15 µM", kind: .value),
                       attributes: ["unit": "µM", "cell_line": "Loucy"]),
                  evidence: [reading("a.md", line: 12, sentence: "Loucy Clofarabine 0.15 µM")])
        return graph
    }

    @Test func tsvHasTheSchemaHeaderAndOneRowPerEvidence() {
        let tsv = FactsTable(graph: sampleGraph()).tsv()
        let expected = """
        subject\tsubject_kind\trelation\tobject\tobject_kind\tattributes\tdoc\tline\tevidence
        clofarabine\tDrug\tACTIVATED_BY\tDCK\tGene\t\ta.md\t3\tActivated by dCK.
        clofarabine\tDrug\tACTIVATED_BY\tDCK\tGene\t\tb.md\t9\tIt needs dCK. Really
        clofarabine\tDrug\tHAS_IC50\t0.15 µM\tValue\tcell_line=Loucy; unit=µM\ta.md\t12\tLoucy Clofarabine 0.15 µM

        """
        #expect(tsv == expected)
    }

    @Test func relationFilterKeepsOnlyThatRelation() {
        let table = FactsTable(graph: sampleGraph(), relations: ["has_ic50"])
        #expect(table.rows.map(\.relation) == ["HAS_IC50"])
        #expect(table.rows.first?.attributes["cell_line"] == "Loucy")
    }

    @Test func jsonRoundTripsWithSchemaKeys() throws {
        let data = try FactsTable(graph: sampleGraph()).json()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"subject_kind\" : \"Drug\""))
        #expect(text.contains("\"rule\" : \"svo.activated_by\""))
        let rows = try JSONDecoder().decode([FactsTable.Row].self, from: data)
        #expect(rows == FactsTable(graph: sampleGraph()).rows)
    }

    @Test func edgeWithoutEvidenceStillHasARow() {
        var graph = KnowledgeGraph()
        graph.add(Edge(subject: NodeKey(id: "x", kind: .drug), relation: "IS_A", object: NodeKey(id: "y", kind: .drugClass)))
        let rows = FactsTable(graph: graph).rows
        #expect(rows.count == 1)
        #expect(rows[0].tsvFields == ["x", "Drug", "IS_A", "y", "DrugClass", "", "", "0", ""])
    }

    @Test func edgeConfidenceInTheTableDiscountsPagesThatDoubtThemselves() {
        var graph = sampleGraph()
        let plain = FactsTable(graph: graph).rows.first { $0.doc == "a.md" && $0.relation == "ACTIVATED_BY" }!.edgeConfidence
        graph.add(Edge(subject: NodeKey(id: "a.md", kind: .document), relation: "HAS_RELIABILITY_NOTE",
                       object: NodeKey(id: "AI-generated; crowd-sourced", kind: .value)),
                  evidence: [reading("a.md", line: 40, sentence: "This information is AI-generated or crowd-sourced.")])
        let discounted = FactsTable(graph: graph).rows.first { $0.doc == "a.md" && $0.relation == "ACTIVATED_BY" }!.edgeConfidence
        #expect(discounted < plain)
    }
}

@Suite struct MembershipEdgeTests {
    let combination = NodeKey(id: "clofarabine + cytarabine", kind: .combination)
    let cytarabine = NodeKey(id: "cytarabine", kind: .drug)

    func graph(role: String?) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let reading = Evidence(document: "a.md", line: 4, bytes: 0..<10, sectionPath: [], blockKind: "paragraph",
                               sentence: "Clofarabine with cytarabine restores sensitivity.", rule: "test.component", confidence: 0.8)
        graph.add(Edge(subject: combination, relation: "HAS_COMPONENT", object: cytarabine,
                       attributes: role.map { ["role": $0] } ?? [:]), evidence: [reading])
        graph.add(Edge(subject: combination, relation: "ADDRESSES", object: NodeKey(id: "DCK down", kind: .resistanceMechanism)),
                  evidence: [reading])
        return graph
    }

    @Test func aComponentThatOnlyRestatesTheCombinationIsMembership() {
        let edges = graph(role: nil).sortedEdges
        #expect(edges.map(\.isMembership) == [false, true])   // ADDRESSES, HAS_COMPONENT
    }

    @Test func aComponentWithAStatedRoleIsAFactOfItsOwn() {
        #expect(graph(role: "backbone").sortedEdges.allSatisfy { !$0.isMembership })
    }

    @Test func theTableLeavesMembershipOutOnlyWhenAsked() {
        #expect(FactsTable(graph: graph(role: nil)).rows.map(\.relation) == ["ADDRESSES", "HAS_COMPONENT"])
        #expect(FactsTable(graph: graph(role: nil), includeMembership: false).rows.map(\.relation) == ["ADDRESSES"])
        #expect(FactsTable(graph: graph(role: "backbone"), includeMembership: false).rows.map(\.relation) == ["ADDRESSES", "HAS_COMPONENT"])
    }
}
