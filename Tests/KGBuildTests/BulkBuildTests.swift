import Foundation
import GRDB
import KGGraph
import KGStore
import Testing
@testable import KGBuild

/// Builds of many new or changed pages, then of every page again (a new
/// extractor): the stored graph is the one the pages give, and the store
/// keeps its indexes by page and by edge (none for counting: schema v6).
@Suite struct BulkBuildTests {
    static func pages(_ count: Int, drug: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (0..<count).map { index in
            ("p\(index).md", "\(drug) is activated by dCK.\nResistance can arise from upregulation of Mcl-1 (page \(index)).\n")
        })
    }

    func indexNames(_ database: String) throws -> [String] {
        try DatabaseQueue(path: database).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        }
    }

    @Test func aBulkBuildStoresTheSameGraphAndKeepsItsIndexes() throws {
        let fixture = try BuildFixture(pages: Self.pages(120, drug: "Clofarabine"))
        let (graph, report) = try fixture.builder().openGraph()
        #expect(report.reread.count == 120)
        #expect(graph.edges.values.contains { $0.evidence.count == 120 })
        let indexes = try indexNames(fixture.database)
        #expect(indexes == ["edge_page", "evidence_edge", "node_page", "page_warning_page", "sentence_page"])

        // Most pages changed: their old rows replaced.
        for index in 0..<110 { try fixture.write("p\(index).md", "Cytarabine is activated by dCK.\n") }
        let (changed, second) = try fixture.builder().openGraph()
        #expect(second.reread.count == 110 && second.unchanged == 10)
        let clofarabine = changed.edges.values.first { $0.subject.id == "clofarabine" && $0.relation == "ACTIVATED_BY" }
        let cytarabine = changed.edges.values.first { $0.subject.id == "cytarabine" && $0.relation == "ACTIVATED_BY" }
        #expect(clofarabine?.evidence.count == 10)
        #expect(cytarabine?.evidence.count == 110)
        #expect(try indexNames(fixture.database) == indexes)

        // A new extractor: every page re-read in bulk.
        let third = try fixture.builder(version: "test-2").build()
        #expect(third.reread.count == 120)
        let reloaded = try GraphStore.open(at: fixture.database, creating: false).loadGraph()
        #expect(reloaded == changed)
        #expect(try indexNames(fixture.database) == indexes)
    }
}
