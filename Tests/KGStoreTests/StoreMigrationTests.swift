import Foundation
import GRDB
import KGGraph
import Testing
@testable import KGStore

/// A store written by an older `kg` opens, is migrated, and gives back the
/// graph it held.
@Suite struct StoreMigrationTests {
    /// One page's facts where two facts quote the same sentence.
    static func graphSharingASentence(_ document: String) -> KnowledgeGraph {
        var graph = StoreFixtures.pageGraph(document)
        let shared = StoreFixtures.reading(document, line: 3, sentence: "Clofarabine is activated by dCK.", rule: "svo.passive")
        graph.add(Edge(subject: NodeKey(id: "DCK", kind: .gene), relation: "ACTIVATES", object: NodeKey(id: "clofarabine", kind: .drug)),
                  evidence: [shared, StoreFixtures.reading(document, line: 9, sentence: "dCK phosphorylates it.")])
        return graph
    }

    /// Writes `graphs` (by page path) the way schema version 3 stored them:
    /// every piece of evidence with its sentence in the evidence row.
    static func writeVersion3Store(at path: String, _ graphs: [(String, KnowledgeGraph)]) throws {
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v3: indexes for counting distinct nodes and facts")
        try queue.write { db in
            for (page, graph) in graphs {
                let record = StoreFixtures.record(page, graph: graph)
                try db.execute(sql: """
                    INSERT INTO page(path, sha256, byte_count, extractor_version, edge_count, evidence_count) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [page, record.sha256, record.byteCount, record.extractorVersion, record.edgeCount, record.evidenceCount])
                let pageID = db.lastInsertedRowID
                for node in graph.nodes.values {
                    try db.execute(sql: "INSERT INTO node(page_id, node_id, kind, names, attributes) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [pageID, node.id, node.kind.rawValue, JSONText.encode(node.names.sorted()), JSONText.encode(node.attributes)])
                }
                for edge in graph.edges.values {
                    try db.execute(sql: """
                        INSERT INTO edge(page_id, subject_id, subject_kind, relation, object_id, object_kind, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [pageID, edge.subject.id, edge.subject.kind.rawValue, edge.relation, edge.object.id,
                                         edge.object.kind.rawValue, JSONText.encode(edge.attributes)])
                    let edgeID = db.lastInsertedRowID
                    for piece in edge.evidence {
                        try db.execute(sql: """
                            INSERT INTO evidence(edge_id, document, line, byte_start, byte_end, section_path, block_kind, sentence,
                                                 rule, confidence, hedged, negated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """, arguments: [edgeID, piece.document, piece.line, piece.bytes.lowerBound, piece.bytes.upperBound,
                                             JSONText.encode(piece.sectionPath), piece.blockKind, piece.sentence, piece.rule,
                                             piece.confidence, piece.hedged, piece.negated])
                    }
                }
            }
        }
    }

    @Test func aVersion3StoreIsMigratedWithItsGraphWhole() throws {
        let path = StoreFixtures.temporaryFolder() + "/old.sqlite"
        let a = Self.graphSharingASentence("a.md")
        let b = Self.graphSharingASentence("b.md")
        try Self.writeVersion3Store(at: path, [("a.md", a), ("b.md", b)])

        let store = try GraphStore.open(at: path, creating: false)
        var expected = a
        expected.merge(b)
        #expect(try store.loadGraph() == expected)
        #expect(try store.meta("schema_version") == String(StoreSchema.version))
        let evidence = expected.edges.values.reduce(0) { $0 + $1.evidence.count }
        let (sentences, pieces) = try store.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentence") ?? 0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM evidence") ?? 0)
        }
        #expect(pieces == evidence)
        #expect(sentences == evidence - 2)  // each page's shared sentence kept once
        // Version 6 counts without the indexes of version 3.
        let countingIndexes = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name IN ('node_identity', 'edge_fact')")
        }
        #expect(countingIndexes.isEmpty)
        let statistics = try store.statistics()
        #expect(statistics.edges == expected.edges.count && statistics.nodes == expected.nodes.count)

        // The migrated store is written as any other: a page replaced, one removed.
        let changed = StoreFixtures.pageGraph("a.md", line: 30)
        try store.write { writer in
            try writer.replacePage(StoreFixtures.record("a.md", graph: changed), graph: changed)
            try writer.removePage(path: "b.md")
        }
        #expect(try store.loadGraph() == changed)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentence") } == 3)
    }

    /// Places are looked up by line and bytes, then compared whole: two
    /// sentences at one location (another section, another text) stay two.
    @Test func placesAtOneLocationAreToldApart() throws {
        let store = try GraphStore.open(at: StoreFixtures.temporaryFolder() + "/g.sqlite", creating: true)
        var graph = StoreFixtures.pageGraph("a.md")
        let here = StoreFixtures.reading("a.md", line: 40, sentence: "dCK phosphorylates it.")
        var otherSection = here
        otherSection.sectionPath = ["Resistance"]
        var otherText = here
        otherText.sentence = "dCK phosphorylates them."
        graph.add(Edge(subject: NodeKey(id: "DCK", kind: .gene), relation: "ACTIVATES", object: NodeKey(id: "clofarabine", kind: .drug)),
                  evidence: [here, otherSection, otherText])
        try store.write { writer in try writer.insertPage(StoreFixtures.record("a.md", graph: graph), graph: graph) }
        #expect(try store.loadGraph() == graph)
        let places = Set(graph.edges.values.flatMap(\.evidence).map { piece in
            "\(piece.document) \(piece.line) \(piece.bytes) \(piece.sectionPath) \(piece.blockKind) \(piece.sentence)"
        })
        #expect(places.count == 6)  // the three at line 40 among them
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentence") } == places.count)
    }

    @Test func aSentenceQuotedByTwoFactsIsStoredOnce() throws {
        let store = try GraphStore.open(at: StoreFixtures.temporaryFolder() + "/g.sqlite", creating: true)
        let graph = Self.graphSharingASentence("a.md")
        try store.write { writer in try writer.insertPage(StoreFixtures.record("a.md", graph: graph), graph: graph) }
        #expect(try store.loadGraph() == graph)
        let evidence = graph.edges.values.reduce(0) { $0 + $1.evidence.count }
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentence") } == evidence - 1)
    }
}
