import GRDB
import KGGraph

/// Changes to the store inside one transaction of ``GraphStore/write(_:)``.
/// Valid only inside that closure; statements are prepared once and reused.
///
/// ```swift
/// try store.write { writer in
///     try writer.replacePage(record, graph: pageGraph)
/// }
/// ```
public struct StoreWriter {
    let db: Database

    /// Stores one page's record and its own facts, replacing what the page
    /// had before (its nodes, edges and evidence go with it).
    public func replacePage(_ record: PageRecord, graph: KnowledgeGraph) throws {
        try removePage(path: record.path)
        try insertPage(record, graph: graph)
    }

    /// Stores a page the store does not have yet (a new page, or every page
    /// after ``removeAllPages()``): ``replacePage(_:graph:)`` without the
    /// delete. Throws (a uniqueness violation) if the page is stored.
    public func insertPage(_ record: PageRecord, graph: KnowledgeGraph) throws {
        try db.cachedStatement(sql: """
            INSERT INTO page(path, sha256, byte_count, modified, extractor_version, edge_count, evidence_count)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                record.path, record.sha256, record.byteCount, record.modified, record.extractorVersion,
                record.edgeCount, record.evidenceCount,
            ])
        let pageID = db.lastInsertedRowID
        let insertWarning = try db.cachedStatement(sql: #"INSERT INTO page_warning(page_id, line, "column", message) VALUES (?, ?, ?, ?)"#)
        for warning in record.warnings {
            try insertWarning.execute(arguments: [pageID, warning.line, warning.column, warning.message])
        }
        let insertNode = try db.cachedStatement(sql: "INSERT INTO node(page_id, node_id, kind, names, attributes) VALUES (?, ?, ?, ?, ?)")
        for node in graph.sortedNodes {
            try insertNode.execute(arguments: [
                pageID, node.id, node.kind.rawValue, JSONText.encode(node.names.sorted()), JSONText.encode(node.attributes),
            ])
        }
        let insertEdge = try db.cachedStatement(sql: """
            INSERT INTO edge(page_id, subject_id, subject_kind, relation, object_id, object_kind, attributes)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let insertEvidence = try db.cachedStatement(sql: """
            INSERT INTO evidence(edge_id, document, line, byte_start, byte_end, section_path, block_kind,
                                 sentence, rule, confidence, hedged, negated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for edge in graph.sortedEdges {
            try insertEdge.execute(arguments: [
                pageID, edge.subject.id, edge.subject.kind.rawValue, edge.relation,
                edge.object.id, edge.object.kind.rawValue, JSONText.encode(edge.attributes),
            ])
            let edgeID = db.lastInsertedRowID
            for piece in edge.evidence {
                try insertEvidence.execute(arguments: [
                    edgeID, piece.document, piece.line, piece.bytes.lowerBound, piece.bytes.upperBound,
                    JSONText.encode(piece.sectionPath), piece.blockKind, piece.sentence, piece.rule,
                    piece.confidence, piece.hedged, piece.negated,
                ])
            }
        }
    }

    /// Records a new modification time for a page whose bytes did not change.
    public func updateModified(path: String, modified: Int64) throws {
        try db.cachedStatement(sql: "UPDATE page SET modified = ? WHERE path = ?").execute(arguments: [modified, path])
    }

    /// Forgets a page and its facts (a page removed from the corpus, or one
    /// that could no longer be read). Nothing happens for an unknown path.
    public func removePage(path: String) throws {
        try db.cachedStatement(sql: "DELETE FROM page WHERE path = ?").execute(arguments: [path])
    }

    /// Forgets every page (a new extractor version rebuilds all).
    public func removeAllPages() throws {
        try db.execute(sql: "DELETE FROM page")
    }
}
