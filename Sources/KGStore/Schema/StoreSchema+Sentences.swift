import GRDB

extension StoreSchema {
    /// Version 4: the place a piece of evidence quotes (document, line,
    /// bytes, section path, block kind and the sentence's text) moves into
    /// its own `sentence` table, kept once per page and place, and evidence
    /// rows point at it. A sentence stating four facts was stored four
    /// times; a build wrote most of its bytes repeating them.
    ///
    /// Existing evidence is carried over as it is, in its order (the order
    /// of the pieces of an edge is kept by the rowid of the new rows).
    static func sharedSentences(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE sentence (
                id INTEGER PRIMARY KEY,
                page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
                document TEXT NOT NULL,
                line INTEGER NOT NULL,
                byte_start INTEGER NOT NULL,
                byte_end INTEGER NOT NULL,
                section_path TEXT NOT NULL,
                block_kind TEXT NOT NULL,
                text TEXT NOT NULL
            );
            INSERT INTO sentence(page_id, document, line, byte_start, byte_end, section_path, block_kind, text)
                SELECT DISTINCT edge.page_id, evidence.document, evidence.line, evidence.byte_start, evidence.byte_end,
                       evidence.section_path, evidence.block_kind, evidence.sentence
                FROM evidence JOIN edge ON edge.id = evidence.edge_id
                ORDER BY evidence.rowid;
            CREATE INDEX sentence_place ON sentence(page_id, text, line, byte_start);
            CREATE TABLE evidence_v4 (
                edge_id INTEGER NOT NULL REFERENCES edge(id) ON DELETE CASCADE,
                sentence_id INTEGER NOT NULL,
                rule TEXT NOT NULL,
                confidence REAL NOT NULL,
                hedged INTEGER NOT NULL,
                negated INTEGER NOT NULL
            );
            INSERT INTO evidence_v4(edge_id, sentence_id, rule, confidence, hedged, negated)
                SELECT evidence.edge_id, sentence.id, evidence.rule, evidence.confidence, evidence.hedged, evidence.negated
                FROM evidence
                JOIN edge ON edge.id = evidence.edge_id
                JOIN sentence ON sentence.page_id = edge.page_id AND sentence.text = evidence.sentence
                    AND sentence.line = evidence.line AND sentence.byte_start = evidence.byte_start
                    AND sentence.byte_end = evidence.byte_end AND sentence.document = evidence.document
                    AND sentence.section_path = evidence.section_path AND sentence.block_kind = evidence.block_kind
                ORDER BY evidence.rowid;
            DROP TABLE evidence;
            ALTER TABLE evidence_v4 RENAME TO evidence;
            DROP INDEX sentence_place;
            CREATE INDEX evidence_edge ON evidence(edge_id);
            CREATE INDEX sentence_page ON sentence(page_id);
            UPDATE meta SET value = '4' WHERE key = 'schema_version';
            """)
    }
}
