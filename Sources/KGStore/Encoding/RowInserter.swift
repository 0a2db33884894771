#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import GRDB

/// Runs a prepared INSERT with values bound straight through SQLite's C
/// API: a build writes hundreds of thousands of rows, and building GRDB's
/// `StatementArguments` for each cost more than SQLite's own work.
///
/// ```swift
/// let insert = try RowInserter(db, sql: "INSERT INTO t(a, b) VALUES (?, ?)")
/// try insert.run { row in row.bind(pageID); row.bind("text") }
/// ```
struct RowInserter {
    private let db: Database
    private let statement: Statement

    init(_ db: Database, sql: String) throws {
        self.db = db
        self.statement = try db.cachedStatement(sql: sql)
    }

    /// Binds the values `bind` gives, in order, then steps once.
    func run(_ bind: (inout Binder) -> Void) throws {
        let handle = statement.sqliteStatement
        var binder = Binder(handle: handle)
        bind(&binder)
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }

    /// Binds values to the parameters of a statement, left to right.
    struct Binder {
        let handle: SQLiteStatement
        private var index: Int32 = 1
        private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

        init(handle: SQLiteStatement) {
            self.handle = handle
        }

        mutating func bind(_ value: String) {
            var value = value
            value.withUTF8 { bytes in
                // An empty string still needs a non-null pointer (NULL would bind SQL NULL).
                if let base = bytes.baseAddress {
                    let text = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                    _ = sqlite3_bind_text(handle, index, text, Int32(bytes.count), Self.transient)
                } else {
                    _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
                }
            }
            index += 1
        }

        mutating func bind(_ value: Int64) {
            sqlite3_bind_int64(handle, index, value)
            index += 1
        }

        mutating func bind(_ value: Int) { bind(Int64(value)) }

        mutating func bind(_ value: Double) {
            sqlite3_bind_double(handle, index, value)
            index += 1
        }

        mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

        mutating func bind(_ value: Int?) {
            if let value { bind(Int64(value)) } else { sqlite3_bind_null(handle, index); index += 1 }
        }
    }
}
