/// A stored graph that could not be opened, read or written, with the
/// database's path. User-facing: the message says what to do.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// No database at the path (and it was opened for reading).
        case missing
        /// The file is not a `kg` graph store (or not SQLite at all).
        case notAStore
        /// Written by a newer `kg`, with a schema this one does not know.
        case newerSchema(Int)
        /// SQLite or the file system refused.
        case failed(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missing:
            "\(path): error: no graph store here; run `kg build` first"
        case .notAStore:
            "\(path): error: not a kg graph store (choose another --db, or remove the file)"
        case .newerSchema(let version):
            "\(path): error: written by a newer kg (store schema \(version)); upgrade kg or rebuild with another --db"
        case .failed(let message):
            "\(path): error: \(message)"
        }
    }
}
