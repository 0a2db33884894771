import GRDB
import KGGraph

extension GraphStore {
    /// Every stored page's record, by path.
    public func pages() throws(StoreError) -> [PageRecord] {
        try read { db in
            var warnings: [Int64: [PageWarning]] = [:]
            let warningRows = try Row.fetchCursor(db, sql: #"SELECT page_id, line, "column", message FROM page_warning ORDER BY rowid"#)
            while let row = try warningRows.next() {
                warnings[row[0], default: []].append(PageWarning(line: row[1], column: row[2], message: row[3]))
            }
            var records: [PageRecord] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, path, sha256, byte_count, modified, extractor_version, edge_count, evidence_count FROM page ORDER BY path
                """)
            while let row = try rows.next() {
                records.append(PageRecord(
                    path: row[1], sha256: row[2], byteCount: row[3], modified: row[4], extractorVersion: row[5],
                    edgeCount: row[6], evidenceCount: row[7], warnings: warnings[row[0]] ?? []
                ))
            }
            return records
        }
    }

    /// The whole graph: every page's nodes and edges merged (pages by path,
    /// so evidence keeps a stable order), each edge with all its evidence.
    public func loadGraph() throws(StoreError) -> KnowledgeGraph {
        try read { db in
            var graph = KnowledgeGraph()
            let nodeRows = try Row.fetchCursor(db, sql: """
                SELECT node.node_id, node.kind, node.names, node.attributes
                FROM node JOIN page ON page.id = node.page_id ORDER BY page.path, node.rowid
                """)
            while let row = try nodeRows.next() {
                let kind: String = row[1]
                graph.addNode(Node(
                    id: row[0], kind: try Self.nodeKind(kind), names: Set(try JSONText.decodeStrings(row[2])),
                    attributes: try JSONText.decodeDictionary(row[3])
                ))
            }
            // Each quoted place is read once; its pieces of evidence share its strings.
            var places: [Int64: Evidence] = [:]
            let sentenceRows = try Row.fetchCursor(db, sql: """
                SELECT id, document, line, byte_start, byte_end, section_path, block_kind, text FROM sentence
                """)
            while let row = try sentenceRows.next() {
                let start: Int = row[3]
                let end: Int = row[4]
                places[row[0]] = Evidence(
                    document: row[1], line: row[2], bytes: start..<max(start, end),
                    sectionPath: try JSONText.decodeStrings(row[5]), blockKind: row[6], sentence: row[7], rule: "", confidence: 0
                )
            }
            var evidenceByEdge: [Int64: [Evidence]] = [:]
            let evidenceRows = try Row.fetchCursor(db, sql: """
                SELECT edge_id, sentence_id, rule, confidence, hedged, negated FROM evidence ORDER BY edge_id, rowid
                """)
            while let row = try evidenceRows.next() {
                let sentenceID: Int64 = row[1]
                guard var piece = places[sentenceID] else {
                    throw StoreError(path: "", reason: .failed("evidence quotes a missing sentence (\(sentenceID)); rebuild the store"))
                }
                piece.rule = row[2]
                piece.confidence = row[3]
                piece.hedged = row[4]
                piece.negated = row[5]
                evidenceByEdge[row[0], default: []].append(piece)
            }
            let edgeRows = try Row.fetchCursor(db, sql: """
                SELECT edge.id, subject_id, subject_kind, relation, object_id, object_kind, attributes
                FROM edge JOIN page ON page.id = edge.page_id ORDER BY page.path, edge.id
                """)
            // Every page's evidence of one fact gathered first, then added at
            // once: adding page by page would compare each piece with all before.
            var order: [EdgeKey] = []
            var gathered: [EdgeKey: Edge] = [:]
            while let row = try edgeRows.next() {
                let edgeID: Int64 = row[0]
                let subject = NodeKey(id: row[1], kind: try Self.nodeKind(row[2]))
                let object = NodeKey(id: row[4], kind: try Self.nodeKind(row[5]))
                let key = EdgeKey(subject: subject, relation: row[3], object: object, attributes: try JSONText.decodeDictionary(row[6]))
                let pieces = evidenceByEdge.removeValue(forKey: edgeID) ?? []
                if gathered[key] == nil {
                    order.append(key)
                    gathered[key] = Edge(subject: subject, relation: key.relation, object: object, attributes: key.attributes, evidence: pieces)
                } else {
                    gathered[key]!.evidence.append(contentsOf: pieces)
                }
            }
            for key in order { graph.add(gathered.removeValue(forKey: key)!) }
            return graph
        }
    }

    /// Counts of nodes by kind and edges by relation over the merged graph
    /// (a node or edge stated by several pages counts once), in SQL.
    ///
    /// The distinct rows are found by sorting (no index serves them, see
    /// ``StoreSchema/withoutCountingIndexes(_:)``), the many-valued ids first:
    /// most comparisons end on the first column (a fifth less time than
    /// with the relation first).
    public func statistics() throws(StoreError) -> GraphStatistics {
        try read { db in
            let pages = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM page") ?? 0
            let empty = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM page WHERE edge_count = 0") ?? 0
            let evidence = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(evidence_count), 0) FROM page") ?? 0
            let kinds = try Row.fetchAll(db, sql: """
                SELECT kind, COUNT(*) AS n FROM (SELECT DISTINCT node_id, kind FROM node)
                GROUP BY kind ORDER BY n DESC, kind
                """).map { GraphStatistics.KindCount(kind: $0[0], count: $0[1]) }
            let relations = try Row.fetchAll(db, sql: """
                SELECT relation, COUNT(*) AS n FROM (\(Self.distinctFacts)) GROUP BY relation ORDER BY n DESC, relation
                """).map { GraphStatistics.RelationCount(relation: $0[0], count: $0[1]) }
            return GraphStatistics(
                pages: pages, pagesWithoutFacts: empty,
                nodes: kinds.reduce(0) { $0 + $1.count }, edges: relations.reduce(0) { $0 + $1.count },
                evidence: evidence, nodesByKind: kinds, edgesByRelation: relations
            )
        }
    }

    /// The distinct facts of all pages' edge rows (what both counts count).
    static let distinctFacts = "SELECT DISTINCT subject_id, object_id, relation, subject_kind, object_kind, attributes FROM edge"

    /// The merged graph's size as a build's summary gives it: stored pages,
    /// distinct facts (a fact stated by several pages counts once) and
    /// pieces of evidence. ``statistics()`` without the counts by kind and
    /// relation, and without counting nodes (a scan of every node row).
    public func factCounts() throws(StoreError) -> (pages: Int, facts: Int, evidence: Int) {
        try read { db in
            let pages = try Row.fetchOne(db, sql: "SELECT COUNT(*), COALESCE(SUM(evidence_count), 0) FROM page")
            let facts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(Self.distinctFacts))") ?? 0
            return (pages: pages?[0] ?? 0, facts: facts, evidence: pages?[1] ?? 0)
        }
    }

    /// A value of the store's `meta` table, or nil.
    public func meta(_ key: String) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    /// Paths of the stored pages whose extraction yielded no edge.
    public func pagesWithoutFacts() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT path FROM page WHERE edge_count = 0 ORDER BY path") }
    }

    static func nodeKind(_ rawValue: String) throws -> NodeKind {
        guard let kind = NodeKind(rawValue: rawValue) else {
            throw StoreError(path: "", reason: .failed("unknown node kind \(rawValue) in the store; rebuild it"))
        }
        return kind
    }
}
