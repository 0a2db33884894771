import Foundation
import KGStore
import Testing
@testable import KGCommandLine

@Suite struct StatsCommandTests {
    @Test func countsAreAlignedWithTotals() {
        let statistics = GraphStatistics(
            pages: 4, pagesWithoutFacts: 1, nodes: 12, edges: 1234, evidence: 2000,
            nodesByKind: [.init(kind: "Drug", count: 9), .init(kind: "ResistanceMechanism", count: 3)],
            edgesByRelation: [.init(relation: "CAUSES_ADVERSE_EVENT", count: 1200), .init(relation: "IS_A", count: 34)]
        )
        #expect(StatsCommand.text(statistics) == """
            nodes by kind           count
              Drug                      9
              ResistanceMechanism       3
              total                    12

            edges by relation       count
              CAUSES_ADVERSE_EVENT   1200
              IS_A                     34
              total                  1234

            pages: 4 (1 without facts); evidence: 2000

            """)
    }

    @Test func jsonHasSnakeCaseKeys() throws {
        let run = try CommandRun(pages: ["a.md": "x\n"])
        #expect(run.kg(["stats", "--format", "json", run.corpus]) == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["pages"] as? Int == 1)
        #expect(object?["pages_without_facts"] as? Int == 1)
        #expect(object?["edges_by_relation"] is [Any])
    }
}
