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
/// Texts are bound without a copy (`SQLITE_STATIC`): each is held, and its
/// bytes pinned, until the row is stepped. With `SQLITE_TRANSIENT` SQLite
/// allocated, copied and freed every text of every row.
///
/// ```swift
/// let insert = try RowInserter(db, sql: "INSERT INTO t(a, b) VALUES (?, ?)")
/// try insert.run { row in row.bind(pageID); row.bind("text") }
/// ```
final class RowInserter {
    private let db: Database
    private let statement: Statement
    /// The texts of the row being bound, with their parameter numbers;
    /// kept between rows for its capacity.
    private var texts: [(parameter: Int32, value: String)] = []

    init(_ db: Database, sql: String) throws {
        self.db = db
        self.statement = try db.cachedStatement(sql: sql)
    }

    /// Binds the values `bind` gives, in order, then steps once.
    func run(_ bind: (inout Binder) -> Void) throws {
        let handle = statement.sqliteStatement
        var binder = Binder(handle: handle, inserter: self)
        bind(&binder)
        let code = Self.bindTexts(texts[...], handle: handle) { sqlite3_step(handle) }
        sqlite3_reset(handle)
        // The pinned bytes are gone once this returns: no binding may point at them.
        sqlite3_clear_bindings(handle)
        texts.removeAll(keepingCapacity: true)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }

    /// Binds each text with its bytes pinned, nesting, and steps inside the last.
    private static func bindTexts(_ texts: ArraySlice<(parameter: Int32, value: String)>, handle: SQLiteStatement,
                                  then step: () -> Int32) -> Int32 {
        guard var (parameter, value) = texts.first else { return step() }
        return value.withUTF8 { bytes in
            // An empty string still needs a non-null pointer (NULL would bind SQL NULL).
            if let base = bytes.baseAddress {
                let text = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                _ = sqlite3_bind_text(handle, parameter, text, Int32(bytes.count), Binder.static)
            } else {
                _ = sqlite3_bind_text(handle, parameter, "", 0, Binder.static)
            }
            return bindTexts(texts.dropFirst(), handle: handle, then: step)
        }
    }

    /// Binds values to the parameters of a statement, left to right.
    struct Binder {
        let handle: SQLiteStatement
        /// Holds the texts until the row is stepped.
        private unowned(unsafe) let inserter: RowInserter
        private var index: Int32 = 1
        /// `SQLITE_STATIC` (0): SQLite reads the bytes in place.
        fileprivate static let `static`: sqlite3_destructor_type? = nil

        fileprivate init(handle: SQLiteStatement, inserter: RowInserter) {
            self.handle = handle
            self.inserter = inserter
        }

        mutating func bind(_ value: String) {
            inserter.texts.append((index, value))
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
