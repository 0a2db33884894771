/// What can go wrong when exporting, in words an analyst can act on.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The output file could not be written; the existing file (if any) is untouched.
    case unwritable(path: String, reason: String)
    /// `--focus` named no node; `suggestions` are close ids.
    case unknownFocus(String, suggestions: [String])
    /// `--depth` was negative.
    case negativeDepth(Int)

    public var description: String {
        switch self {
        case let .unwritable(path, reason):
            "cannot write '\(path)': \(reason)"
        case let .unknownFocus(name, suggestions):
            "no node is named '\(name)'"
                + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?")
        case let .negativeDepth(depth):
            "the depth must be 0 or more, not \(depth)"
        }
    }
}
