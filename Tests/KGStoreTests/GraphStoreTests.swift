import Foundation
import GRDB
import KGGraph
import Testing
@testable import KGStore

@Suite struct GraphStoreTests {
    @Test func aPagesGraphComesBackWhole() throws {
        let store = try GraphStore.open(at: StoreFixtures.temporaryFolder() + "/.kg/graph.sqlite", creating: true)
        let graph = StoreFixtures.pageGraph("Corpus/a.md")
        try store.write { writer in try writer.replacePage(StoreFixtures.record("Corpus/a.md", graph: graph), graph: graph) }
        #expect(try store.loadGraph() == graph)
        #expect(try store.pages() == [StoreFixtures.record("Corpus/a.md", graph: graph)])
    }

    @Test func theSameFactFromTwoPagesIsOneEdgeWithBothPiecesOfEvidence() throws {
        let store = try GraphStore.open(at: StoreFixtures.temporaryFolder() + "/g.sqlite", creating: true)
        let a = StoreFixtures.pageGraph("a.md")
        let b = StoreFixtures.pageGraph("b.md", line: 20)
        try store.write { writer in
            try writer.replacePage(StoreFixtures.record("b.md", graph: b), graph: b)
            try writer.replacePage(StoreFixtures.record("a.md", graph: a), graph: a)
        }
        var expected = a
        expected.merge(b)
        let loaded = try store.loadGraph()
        #expect(loaded == expected)
        #expect(loaded.edges.count == 3)
        #expect(loaded.sortedEdges.first?.evidence.map(\.document) == ["a.md", "b.md"])
    }

    @Test func replacingAndRemovingAPageDropsItsOldFacts() throws {
        let store = try GraphStore.open(at: StoreFixtures.temporaryFolder() + "/g.sqlite", creating: true)
        let a = StoreFixtures.pageGraph("a.md")
        let b = StoreFixtures.pageGraph("b.md", line: 20)
        try store.write { writer in
            try writer.replacePage(StoreFixtures.record("a.md", graph: a), graph: a)
            try writer.replacePage(StoreFixtures.record("b.md", graph: b), graph: b)
        }
        let empty = KnowledgeGraph()
        try store.write { writer in
            try writer.replacePage(StoreFixtures.record("a.md", graph: empty, sha: "11"), graph: empty)
        }
        #expect(try store.loadGraph() == b)
        try store.write { writer in try writer.removePage(path: "b.md") }
        #expect(try store.loadGraph() == empty)
        #expect(try store.pages().map(\.path) == ["a.md"])
        #expect(try store.pages().first?.sha256 == "11")
    }

    /// Foreign keys are not enforced on the store's connections: removing
    /// a page deletes its rows in every table itself.
    @Test func removingPagesLeavesNoRowBehind() throws {
        let store = try GraphStore.open(at: StoreFixtures.temporaryFolder() + "/g.sqlite", creating: true)
        let a = StoreMigrationTests.graphSharingASentence("a.md")
        let b = StoreFixtures.pageGraph("b.md", line: 20)
        try store.write { writer in
            try writer.insertPage(StoreFixtures.record("a.md", graph: a), graph: a)
            try writer.insertPage(StoreFixtures.record("b.md", graph: b), graph: b)
        }
        /// Rows of page, page_warning, node, edge, sentence, evidence.
        func rowCounts(_ store: GraphStore) throws -> [Int] {
            try store.read { db in
                try ["page", "page_warning", "node", "edge", "sentence", "evidence"].map { table in
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1
                }
            }
        }
        let bOnly = try GraphStore.open(at: StoreFixtures.temporaryFolder() + "/b.sqlite", creating: true)
        try bOnly.write { writer in try writer.insertPage(StoreFixtures.record("b.md", graph: b), graph: b) }
        let bRows = try rowCounts(bOnly)

        try store.write { writer in try writer.removePage(path: "a.md") }
        #expect(try rowCounts(store) == bRows)
        #expect(try store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try store.loadGraph() == b)
        try store.write { writer in try writer.replacePage(StoreFixtures.record("b.md", graph: KnowledgeGraph()), graph: KnowledgeGraph()) }
        #expect(try rowCounts(store) == [1, 1, 0, 0, 0, 0])
        try store.write { writer in try writer.removePage(path: "b.md") }
        #expect(try rowCounts(store) == [0, 0, 0, 0, 0, 0])
    }

    @Test func aNewStoreHasLargePages() throws {
        let fresh = try GraphStore.open(at: StoreFixtures.temporaryFolder() + "/new.sqlite", creating: true)
        #expect(try fresh.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == GraphStore.pageSize)
    }

    @Test func insertingAStoredPageFailsAndChangesNothing() throws {
        let store = try GraphStore.open(at: StoreFixtures.temporaryFolder() + "/g.sqlite", creating: true)
        let a = StoreFixtures.pageGraph("a.md")
        try store.write { writer in try writer.insertPage(StoreFixtures.record("a.md", graph: a), graph: a) }
        let b = StoreFixtures.pageGraph("b.md", line: 20)
        #expect(throws: StoreError.self) {
            try store.write { writer in
                try writer.insertPage(StoreFixtures.record("b.md", graph: b), graph: b)
                try writer.insertPage(StoreFixtures.record("a.md", graph: a), graph: a)
            }
        }
        #expect(try store.loadGraph() == a)
        #expect(try store.pages().map(\.path) == ["a.md"])
    }

    @Test func aFailureMidWriteLeavesThePreviousGraphWhole() throws {
        struct Injected: Error {}
        let path = StoreFixtures.temporaryFolder() + "/g.sqlite"
        let store = try GraphStore.open(at: path, creating: true)
        let a = StoreFixtures.pageGraph("a.md")
        try store.write { writer in try writer.replacePage(StoreFixtures.record("a.md", graph: a), graph: a) }
        #expect(throws: Injected.self) {
            try store.write { writer in
                try writer.removePage(path: "a.md")
                let b = StoreFixtures.pageGraph("b.md")
                try writer.replacePage(StoreFixtures.record("b.md", graph: b), graph: b)
                throw Injected()
            }
        }
        let reopened = try GraphStore.open(at: path, creating: false)
        #expect(try reopened.loadGraph() == a)
        #expect(try reopened.pages().map(\.path) == ["a.md"])
    }

    @Test func emptyAndUnicodeTextComeBackAsWritten() throws {
        let store = try GraphStore.open(at: StoreFixtures.temporaryFolder() + "/g.sqlite", creating: true)
        var graph = KnowledgeGraph()
        let gene = graph.addNode(Node(id: "BCL2L1", kind: .gene, names: ["Bcl-xL", "Bcl-x(L)", "β-catenin ✓"], attributes: ["note": ""]))
        let value = graph.addNode(Node(id: "0.15 µM", kind: .value))
        let empty = Evidence(document: "é/ü.md", line: 1, bytes: 0..<0, sectionPath: [], blockKind: "table_row",
                             sentence: "", rule: "", confidence: 0)
        graph.add(Edge(subject: gene, relation: "HAS_IC50", object: value, attributes: ["cell_line": "CCRF-CEM", "unit": ""]), evidence: [empty])
        try store.write { writer in try writer.insertPage(StoreFixtures.record("é/ü.md", graph: graph), graph: graph) }
        #expect(try store.loadGraph() == graph)
    }

    @Test func statisticsCountTheMergedGraph() throws {
        let store = try GraphStore.open(at: StoreFixtures.temporaryFolder() + "/g.sqlite", creating: true)
        let a = StoreFixtures.pageGraph("a.md")
        let b = StoreFixtures.pageGraph("b.md")
        let empty = KnowledgeGraph()
        try store.write { writer in
            try writer.replacePage(StoreFixtures.record("a.md", graph: a), graph: a)
            try writer.replacePage(StoreFixtures.record("b.md", graph: b), graph: b)
            try writer.replacePage(StoreFixtures.record("c.md", graph: empty), graph: empty)
        }
        let statistics = try store.statistics()
        var merged = a
        merged.merge(b)
        #expect(statistics.pages == 3)
        #expect(statistics.pagesWithoutFacts == 1)
        #expect(statistics.nodes == merged.nodes.count)
        #expect(statistics.edges == merged.edges.count)
        #expect(statistics.evidence == 6)
        #expect(statistics.nodesByKind == [.init(kind: "Gene", count: 2), .init(kind: "Drug", count: 1), .init(kind: "ResistanceMechanism", count: 1)])
        #expect(statistics.edgesByRelation.map(\.relation) == ["ACTIVATED_BY", "CONFERS_RESISTANCE_TO", "EFFLUXED_BY"])
        // A build's summary counts the same, without nodes.
        let counts = try store.factCounts()
        #expect(counts == (pages: statistics.pages, facts: statistics.edges, evidence: statistics.evidence))
    }

    @Test func aBusyStoreSaysAnotherBuildIsWriting() {
        let reason = GraphStore.reason(of: DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked"))
        #expect(reason == .failed("the store is busy: another kg build is writing it (waited 10 s); try again when it ends"))
    }

    @Test func aMissingStoreIsReportedWhenNotCreating() {
        let path = StoreFixtures.temporaryFolder() + "/none.sqlite"
        #expect(throws: StoreError.self) { try GraphStore.open(at: path, creating: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotAStoreIsRefusedAndLeftAlone() throws {
        let path = StoreFixtures.temporaryFolder() + "/notes.txt"
        let text = String(repeating: "not a database at all\n", count: 200)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try GraphStore.open(at: path, creating: true)
            Issue.record("opened a text file as a store")
        } catch {
            #expect(error.reason == .notAStore)
            #expect(error.description.contains(path))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }
}
