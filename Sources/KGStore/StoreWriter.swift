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
    private let tables: TableInserters

    init(db: Database) {
        self.db = db
        self.tables = TableInserters(db)
    }

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
        // Bound through the C API as the other rows are (GRDB's checks and
        // arguments cost more than the insert), and stored at once: its id
        // is the rows' page id.
        let pages = try tables.pages
        try pages.add { row in
            row.bind(record.path); row.bind(record.sha256); row.bind(record.byteCount); row.bind(record.modified)
            row.bind(record.extractorVersion); row.bind(record.edgeCount); row.bind(record.evidenceCount)
        }
        try pages.flush()
        let pageID = db.lastInsertedRowID
        let warnings = try tables.warnings
        for warning in record.warnings {
            try warnings.add { row in row.bind(pageID); row.bind(warning.line); row.bind(warning.column); row.bind(warning.message) }
        }
        try warnings.flush()
        // In dictionary order: within one page every node and edge key is
        // distinct, so the order of rows changes nothing in the loaded graph.
        let nodes = try tables.nodes
        for node in graph.nodes.values {
            try nodes.add { row in
                row.bind(pageID); row.bind(node.id); row.bind(node.kind.rawValue)
                row.bindJSON(node.names); row.bindJSON(node.attributes)
            }
        }
        try nodes.flush()
        // Edges get their ids here (the rows after the last), so that their
        // evidence can name them before they are stored.
        var edgeID = try tables.lastEdgeID()
        let edges = try tables.edges
        let evidence = try tables.evidence
        var sentences = try SentenceRows(pageID: pageID, lastID: tables.lastSentenceID(), insert: tables.sentences,
                                         expected: record.evidenceCount)
        for edge in graph.edges.values {
            edgeID += 1
            try edges.add { row in
                row.bind(edgeID); row.bind(pageID); row.bind(edge.subject.id); row.bind(edge.subject.kind.rawValue); row.bind(edge.relation)
                row.bind(edge.object.id); row.bind(edge.object.kind.rawValue); row.bindJSON(edge.attributes)
            }
            for piece in edge.evidence {
                let sentenceID = try sentences.id(of: piece)
                try evidence.add { row in
                    row.bind(edgeID); row.bind(sentenceID)
                    row.bind(piece.rule); row.bind(piece.confidence); row.bind(piece.hedged); row.bind(piece.negated)
                }
            }
        }
        tables.lastEdge = edgeID
        tables.lastSentence = sentences.lastID
        try edges.flush()
        try evidence.flush()
        try sentences.flush()
    }

    /// Records a new modification time for a page whose bytes did not change.
    public func updateModified(path: String, modified: Int64) throws {
        try db.cachedStatement(sql: "UPDATE page SET modified = ? WHERE path = ?").execute(arguments: [modified, path])
    }

    /// Forgets a page and its facts (a page removed from the corpus, or one
    /// that could no longer be read). Nothing happens for an unknown path.
    ///
    /// The page's rows are deleted table by table, children first, each
    /// through its index by page (or by edge): the store's connections do
    /// not enforce foreign keys (see ``GraphStore/open(at:creating:)``), so
    /// the schema's `ON DELETE CASCADE` is done here.
    public func removePage(path: String) throws {
        guard let pageID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM page WHERE path = ?"), arguments: [path]) else {
            return
        }
        for sql in Self.pageRowDeletions {
            try db.cachedStatement(sql: sql).execute(arguments: [pageID])
        }
    }

    /// A page's rows in every table, children before parents.
    static let pageRowDeletions = [
        "DELETE FROM evidence WHERE edge_id IN (SELECT id FROM edge WHERE page_id = ?)",
        "DELETE FROM sentence WHERE page_id = ?",
        "DELETE FROM edge WHERE page_id = ?",
        "DELETE FROM node WHERE page_id = ?",
        "DELETE FROM page_warning WHERE page_id = ?",
        "DELETE FROM page WHERE id = ?",
    ]

    /// Sets a value of the store's `meta` table (such as `corpus`).
    public func setMeta(_ key: String, _ value: String) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)").execute(arguments: [key, value])
    }

    /// Forgets every page (a new extractor version rebuilds all).
    public func removeAllPages() throws {
        // Children first: each table emptied at once, not page by page through cascades.
        try db.execute(sql: """
            DELETE FROM evidence; DELETE FROM sentence; DELETE FROM edge; DELETE FROM node; DELETE FROM page_warning;
            DELETE FROM page;
            """)
    }
}
