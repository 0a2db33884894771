import GRDB

/// The batch inserters of one write transaction, one per graph table,
/// made when first used and kept for every page the transaction stores
/// (each holds its prepared statement and its buffers).
final class TableInserters {
    private let db: Database
    private var made: [String: BatchInserter] = [:]

    init(_ db: Database) {
        self.db = db
    }

    var pages: BatchInserter {
        get throws { try inserter("page", ["path", "sha256", "byte_count", "modified", "extractor_version", "edge_count", "evidence_count"]) }
    }

    var warnings: BatchInserter { get throws { try inserter("page_warning", ["page_id", "line", "column", "message"]) } }

    var nodes: BatchInserter { get throws { try inserter("node", ["page_id", "node_id", "kind", "names", "attributes"]) } }

    var edges: BatchInserter {
        get throws {
            try inserter("edge", ["id", "page_id", "subject_id", "subject_kind", "relation", "object_id", "object_kind", "attributes"])
        }
    }

    /// Evidence rows name their edge: the edges waiting are stored first.
    var evidence: BatchInserter {
        get throws {
            let evidence = try inserter("evidence", ["edge_id", "sentence_id", "rule", "confidence", "hedged", "negated"])
            if evidence.beforeFlush == nil {
                let edges = try edges
                evidence.beforeFlush = { try edges.flush() }
            }
            return evidence
        }
    }

    var sentences: BatchInserter {
        get throws {
            try inserter("sentence", ["id", "page_id", "document", "line", "byte_start", "byte_end", "section_path", "block_kind", "text"])
        }
    }

    /// The id of the last edge row (stored, or waiting); read from the
    /// table once per transaction, then counted here.
    func lastEdgeID() throws -> Int64 {
        if let lastEdge { return lastEdge }
        let last = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) FROM edge")) ?? 0
        lastEdge = last
        return last
    }

    func lastSentenceID() throws -> Int64 {
        if let lastSentence { return lastSentence }
        let last = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) FROM sentence")) ?? 0
        lastSentence = last
        return last
    }

    var lastEdge: Int64?
    var lastSentence: Int64?

    private func inserter(_ table: String, _ columns: [String]) throws -> BatchInserter {
        if let inserter = made[table] { return inserter }
        let inserter = try BatchInserter(db, table: table, columns: columns)
        made[table] = inserter
        return inserter
    }
}
