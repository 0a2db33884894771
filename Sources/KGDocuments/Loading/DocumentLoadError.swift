/// Why a page could not be read at all. Content problems are never errors —
/// they are ``DocumentWarning``s on the document.
///
/// ```swift
/// do { _ = try DocumentLoader().load(path: "missing.md") }
/// catch { print(error) }   // "missing.md: no such file"
/// ```
public enum DocumentLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    case notFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, size: Int, limit: Int)

    public var path: String {
        switch self {
        case .notFound(let path), .isDirectory(let path), .unreadable(let path, _), .tooLarge(let path, _, _): path
        }
    }

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file"
        case .isDirectory(let path): "\(path): is a directory, not a page (pass the files in it, e.g. \(path)/*)"
        case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
        case .tooLarge(let path, let size, let limit):
            "\(path): too large to read (\(size / 1_048_576) MB; the limit is \(limit / 1_048_576) MB)"
        }
    }
}
