import GRDB

/// The store's tables, created and upgraded by GRDB migrations.
///
/// Each page's own extraction is kept under the page (`page` → `node`,
/// `edge` → `evidence`, deleted together by ``StoreWriter/removePage(path:)``;
/// the foreign keys are declared, not enforced), so that a rebuild
/// replaces only the pages that changed; the graph is the merge of all
/// pages' facts, assembled when loaded.
///
/// - `meta(key, value)`: `schema_version`.
/// - `page(id, path, sha256, byte_count, extractor_version, edge_count, evidence_count, modified)`:
///   `modified` is the file's mtime in nanoseconds, 0 when not trusted.
/// - `page_warning(page_id, line, column, message)`
/// - `node(page_id, node_id, kind, names, attributes)`: names a JSON array,
///   attributes a JSON object with sorted keys.
/// - `edge(id, page_id, subject_id, subject_kind, relation, object_id, object_kind, attributes)`
/// - `sentence(id, page_id, document, line, byte_start, byte_end, section_path, block_kind, text)`:
///   a place a page's evidence quotes, stored once however many facts it states.
/// - `evidence(edge_id, sentence_id, rule, confidence, hedged, negated)`
enum StoreSchema {
    /// Bumped with every migration; a store with a higher number was written
    /// by a newer `kg`.
    static let version = 6

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE page (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    sha256 TEXT NOT NULL,
                    byte_count INTEGER NOT NULL,
                    extractor_version TEXT NOT NULL,
                    edge_count INTEGER NOT NULL,
                    evidence_count INTEGER NOT NULL
                );
                CREATE TABLE page_warning (
                    page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
                    line INTEGER,
                    "column" INTEGER,
                    message TEXT NOT NULL
                );
                CREATE INDEX page_warning_page ON page_warning(page_id);
                CREATE TABLE node (
                    page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
                    node_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    names TEXT NOT NULL,
                    attributes TEXT NOT NULL
                );
                CREATE INDEX node_page ON node(page_id);
                CREATE TABLE edge (
                    id INTEGER PRIMARY KEY,
                    page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
                    subject_id TEXT NOT NULL,
                    subject_kind TEXT NOT NULL,
                    relation TEXT NOT NULL,
                    object_id TEXT NOT NULL,
                    object_kind TEXT NOT NULL,
                    attributes TEXT NOT NULL
                );
                CREATE INDEX edge_page ON edge(page_id);
                CREATE TABLE evidence (
                    edge_id INTEGER NOT NULL REFERENCES edge(id) ON DELETE CASCADE,
                    document TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    byte_start INTEGER NOT NULL,
                    byte_end INTEGER NOT NULL,
                    section_path TEXT NOT NULL,
                    block_kind TEXT NOT NULL,
                    sentence TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    hedged INTEGER NOT NULL,
                    negated INTEGER NOT NULL
                );
                CREATE INDEX evidence_edge ON evidence(edge_id);
                INSERT INTO meta(key, value) VALUES ('schema_version', '1');
                """)
        }
        migrator.registerMigration("v2: page modification time") { db in
            try db.execute(sql: """
                ALTER TABLE page ADD COLUMN modified INTEGER NOT NULL DEFAULT 0;
                UPDATE meta SET value = '2' WHERE key = 'schema_version';
                """)
        }
        migrator.registerMigration("v3: indexes for counting distinct nodes and facts") { db in
            try db.execute(sql: """
                CREATE INDEX node_identity ON node(kind, node_id);
                CREATE INDEX edge_fact ON edge(relation, subject_id, subject_kind, object_id, object_kind, attributes);
                UPDATE meta SET value = '3' WHERE key = 'schema_version';
                """)
        }
        migrator.registerMigration("v4: evidence shares its sentence", migrate: sharedSentences)
        migrator.registerMigration("v5: identity indexes lead with the id") { db in
            // Same columns, the many-valued id first: a build creates these
            // indexes from every row, and its sort settles most comparisons
            // on the first column (a third less time); counting uses them as before.
            try db.execute(sql: """
                DROP INDEX node_identity;
                CREATE INDEX node_identity ON node(node_id, kind);
                DROP INDEX edge_fact;
                CREATE INDEX edge_fact ON edge(subject_id, object_id, relation, subject_kind, object_kind, attributes);
                UPDATE meta SET value = '5' WHERE key = 'schema_version';
                """)
        }
        migrator.registerMigration("v6: no indexes for counting", migrate: withoutCountingIndexes)
        return migrator
    }
}
