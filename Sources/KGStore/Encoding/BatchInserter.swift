#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import GRDB

/// Inserts rows into one table many at a time (`INSERT … VALUES (…), (…),
/// …`), with values bound straight through SQLite's C API.
///
/// A build writes hundreds of thousands of rows. One statement per row cost
/// SQLite a whole program run each (cursors opened and closed, foreign keys
/// looked up afresh) and cost Swift a `StatementArguments` per row; here a
/// statement stores up to ``batchSize`` rows. The texts of a batch are
/// copied into one buffer and bound in place (`SQLITE_STATIC`), so SQLite
/// neither allocates nor copies them again.
///
/// Rows reach the table when a batch is full or at ``flush()``: callers
/// flush a parent table before a child whose rows refer to it, so that the
/// store satisfies its foreign keys after every statement (SQLite does not
/// check them on the store's connections: see `GraphStore.open`).
///
/// ```swift
/// let edges = try BatchInserter(db, table: "edge", columns: ["id", "page_id", "relation"])
/// try edges.add { row in row.bind(edgeID); row.bind(pageID); row.bind("INHIBITS") }
/// try edges.flush()
/// ```
final class BatchInserter {
    static let batchSize = 64

    private let db: Database
    private let table: String
    private let columns: [String]
    /// The bound values of the rows waiting, row after row.
    private var values: [Value] = []
    /// The waiting rows' texts, back to back, after one byte that gives an
    /// empty text a non-null pointer (NULL would bind SQL NULL).
    private var textBytes: [UInt8] = [0]
    private var rowCount = 0
    /// The statements by number of rows, prepared once.
    private var statements: [Int: Statement] = [:]
    /// Called before this table's rows are stored: flushes the tables they refer to.
    var beforeFlush: (() throws -> Void)?

    enum Value {
        case integer(Int64)
        case real(Double)
        case text(start: Int, count: Int)
        case null
    }

    init(_ db: Database, table: String, columns: [String]) throws {
        self.db = db
        self.table = table
        self.columns = columns
        values.reserveCapacity(Self.batchSize * columns.count)
    }

    /// Adds one row: `bind` gives its values in column order.
    func add(_ bind: (inout Row) -> Void) throws {
        // The buffers are lent to the row and taken back: through a reference
        // to this object, every value bound paid for exclusivity checks.
        var row = Row(values: values, textBytes: textBytes)
        values = []
        textBytes = []
        bind(&row)
        values = row.values
        textBytes = row.textBytes
        rowCount += 1
        if rowCount == Self.batchSize { try flush() }
    }

    /// Stores the waiting rows (after the tables they refer to).
    func flush() throws {
        guard rowCount > 0 else { return }
        try beforeFlush?()
        let statement = try statements[rowCount] ?? {
            let statement = try db.makeStatement(sql: sql(rows: rowCount))
            statements[rowCount] = statement
            return statement
        }()
        let handle = statement.sqliteStatement
        let code = textBytes.withUnsafeBufferPointer { text -> Int32 in
            let base = UnsafeRawPointer(text.baseAddress!).assumingMemoryBound(to: CChar.self)
            for (offset, value) in values.enumerated() {
                let parameter = Int32(offset + 1)
                switch value {
                case .integer(let integer): sqlite3_bind_int64(handle, parameter, integer)
                case .real(let real): sqlite3_bind_double(handle, parameter, real)
                case .text(let start, let count): sqlite3_bind_text(handle, parameter, base + start, Int32(count), nil)
                case .null: sqlite3_bind_null(handle, parameter)
                }
            }
            let code = sqlite3_step(handle)
            sqlite3_reset(handle)
            // The buffer is reused: no binding may point into it any more.
            sqlite3_clear_bindings(handle)
            return code
        }
        values.removeAll(keepingCapacity: true)
        textBytes.removeSubrange(1...)
        rowCount = 0
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }

    /// `INSERT OR FAIL INTO table(columns) VALUES (?, …), …` for `rows` rows.
    ///
    /// `OR FAIL`, not the default `ABORT`: a statement that may abort half-way
    /// through its rows makes SQLite copy every page it touches into a
    /// statement journal first, to undo the rows before the failing one. A
    /// failure here fails the whole write transaction (``GraphStore/write(_:)``
    /// rolls it back), so the rows before it need no undoing of their own.
    private func sql(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let quoted = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        return "INSERT OR FAIL INTO \(table)(\(quoted)) VALUES " + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// The values of one row, left to right.
    struct Row {
        fileprivate var values: [Value]
        fileprivate var textBytes: [UInt8]

        mutating func bind(_ value: String) {
            // In place when contiguous (native strings are): `withUTF8` would need a var copy, retained and released.
            if value.utf8.withContiguousStorageIfAvailable({ append($0) }) != nil { return }
            var copy = value
            copy.withUTF8 { append($0) }
        }

        private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            values.append(.text(start: textBytes.count, count: bytes.count))
            textBytes.append(contentsOf: bytes)
        }

        /// Binds `strings` as JSON text, written straight into the batch's buffer.
        mutating func bindJSON(_ strings: [String]) {
            let start = textBytes.count
            JSONText.append(strings, to: &textBytes)
            values.append(.text(start: start, count: textBytes.count - start))
        }

        /// Binds `names` as a JSON array, sorted.
        mutating func bindJSON(_ names: Set<String>) {
            let start = textBytes.count
            JSONText.append(names, to: &textBytes)
            values.append(.text(start: start, count: textBytes.count - start))
        }

        /// Binds `dictionary` as JSON text with sorted keys, written straight into the buffer.
        mutating func bindJSON(_ dictionary: [String: String]) {
            let start = textBytes.count
            JSONText.append(dictionary, to: &textBytes)
            values.append(.text(start: start, count: textBytes.count - start))
        }

        mutating func bind(_ value: Int64) { values.append(.integer(value)) }

        mutating func bind(_ value: Int) { bind(Int64(value)) }

        mutating func bind(_ value: Double) { values.append(.real(value)) }

        mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

        mutating func bind(_ value: Int?) {
            if let value { bind(Int64(value)) } else { values.append(.null) }
        }
    }
}
