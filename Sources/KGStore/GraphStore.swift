import Foundation
import GRDB
import KGGraph

/// The knowledge graph kept in an SQLite database (through GRDB), with each
/// page's SHA-256, the extractor version that read it and the page's own
/// facts, so that a rebuild replaces only the pages that changed.
///
/// Every change goes through ``write(_:)``, one transaction: a build that
/// fails or is interrupted half-way leaves the previous graph whole.
///
/// ```swift
/// let store = try GraphStore.open(at: ".kg/graph.sqlite", creating: true)
/// try store.write { writer in
///     try writer.replacePage(record, graph: result.graph)
///     try writer.removePage(path: "Corpus/old.md")
/// }
/// let graph = try store.loadGraph()          // all pages' facts, merged
/// let counts = try store.statistics()        // counted in SQL
/// ```
public final class GraphStore: Sendable {
    /// The database file's path, as given.
    public let path: String
    let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens the store at `path`. With `creating`, a missing file (and its
    /// folder) is created and the schema migrated; without, a missing file
    /// is ``StoreError/Reason/missing``. A file that is not a `kg` store is
    /// refused, never written to.
    public static func open(at path: String, creating: Bool) throws(StoreError) -> GraphStore {
        let fileManager = FileManager.default
        let exists = fileManager.fileExists(atPath: path)
        if !exists {
            guard creating else { throw StoreError(path: path, reason: .missing) }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw StoreError(path: path, reason: .failed("cannot create the folder \(folder): \(error.localizedDescription)"))
                }
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "kg.store"
        // The schema declares its foreign keys, but SQLite checking them cost
        // a lookup of the parent for each of a build's 460k rows (0.19 s CPU
        // of 0.38 s spent inserting 2,000 pages' rows). Only StoreWriter
        // writes: it stores parents before children and deletes a page's
        // rows itself (``StoreWriter/removePage(path:)``).
        configuration.foreignKeysEnabled = false
        configuration.prepareDatabase { db in
            // A build writes the whole graph in one transaction: a page cache
            // of up to 256 MB (instead of 2 MB; taken only as pages are used)
            // holds the written tables, so that counting at the end reads
            // them from memory, not back from the file; temporary B-trees
            // (DISTINCT, ORDER BY) stay in memory.
            try db.execute(sql: "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY")
            // A new store's pages are 8 KB, not 4: half as many pages to
            // split, look up and write at the commit (a build from scratch
            // spent a sixth less CPU outside reading, extracting and storing).
            // SQLite ignores it for a file that has tables already.
            if !exists { try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)") }
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError(path: path, reason: Self.reason(of: error))
        }
        let store = GraphStore(path: path, queue: queue)
        try store.checkAndMigrate(exists: exists)
        return store
    }

    /// The page size of the stores created (bytes).
    static let pageSize = 8192

    /// Refuses foreign files and newer schemas, then applies migrations.
    private func checkAndMigrate(exists: Bool) throws(StoreError) {
        do {
            let version: Int? = try queue.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                guard !tables.isEmpty else { return nil }
                guard tables.contains("meta"), tables.contains("page") else { return -1 }
                return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'").flatMap(Int.init) ?? -1
            }
            if version == -1 { throw StoreError(path: path, reason: .notAStore) }
            if let version, version > StoreSchema.version {
                throw StoreError(path: path, reason: .newerSchema(version))
            }
            // Each migration sets schema_version in its own transaction: a
            // store at the current version has them all (and opening it for
            // a query need not start a write transaction).
            if version != StoreSchema.version { try StoreSchema.migrator.migrate(queue) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, reason: Self.reason(of: error))
        }
    }

    /// Runs `body` in one write transaction: everything it does is stored
    /// together, or (when it throws) nothing is. SQLite failures are thrown
    /// as ``StoreError``; errors of `body` are rethrown as they are.
    public func write<T>(_ body: (StoreWriter) throws -> T) throws -> T {
        do {
            return try queue.write { db in try body(StoreWriter(db: db)) }
        } catch let error as DatabaseError {
            throw StoreError(path: path, reason: Self.reason(of: error))
        }
    }

    /// Runs `body` with read access to the database (internal helpers).
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.read(body)
        } catch var error as StoreError {
            if error.path.isEmpty { error.path = path }
            throw error
        } catch {
            throw StoreError(path: path, reason: Self.reason(of: error))
        }
    }

    static func reason(of error: any Error) -> StoreError.Reason {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_NOTADB { return .notAStore }
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            return .failed("the store is busy: another kg build is writing it (waited 10 s); try again when it ends")
        }
        return .failed(message(of: error))
    }

    static func message(of error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }
}
