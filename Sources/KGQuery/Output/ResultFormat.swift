/// How `kg query` prints answers.
public enum ResultFormat: String, Sendable, CaseIterable {
    /// Columns aligned under their names, for reading on a terminal.
    case table
    /// Tab-separated values with a header row.
    case tsv
    /// Comma-separated values (RFC 4180 quoting) with a header row.
    case csv
    /// An array of result objects: title, relation, columns, rows (objects by column).
    case json
}
