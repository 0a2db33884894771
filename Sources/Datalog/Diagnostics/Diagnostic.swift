/// A message about a Datalog program: a syntax error, a failed check, or a
/// warning. It names the place (file, line, column), says what is wrong and,
/// where it helps, what to do about it.
///
/// ```swift
/// let d = Diagnostic.error("relation 'inhibit' is not declared",
///                          at: SourceLocation(file: "q.dl", line: 3, column: 12),
///                          hint: "did you mean 'inhibits'?")
/// print(d.rendered(source: text))
/// // q.dl:3:12: error: relation 'inhibit' is not declared
/// //     3 | path(x) :- inhibit(x, y).
/// //       |            ^
/// // hint: did you mean 'inhibits'?
/// ```
///
/// Errors stop a program from running; warnings (a variable used once, a
/// relation declared and never used) are reported and the program runs.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    /// A secondary place that explains the diagnostic, such as the first
    /// declaration of a relation declared twice.
    public struct Note: Sendable, Hashable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    /// What to do about it, e.g. `did you mean 'inhibits'?`.
    public var hint: String?
    public var notes: [Note]

    public init(severity: Severity, message: String, location: SourceLocation, hint: String? = nil, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.hint = hint
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation, hint: String? = nil, notes: [Note] = []) -> Diagnostic {
        Diagnostic(severity: .error, message: message, location: location, hint: hint, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation, hint: String? = nil, notes: [Note] = []) -> Diagnostic {
        Diagnostic(severity: .warning, message: message, location: location, hint: hint, notes: notes)
    }

    public var isError: Bool { severity == .error }

    /// The one-line form, without the quoted source: `q.dl:3:12: error: ...`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Diagnostic {
    /// Orders diagnostics as a reader meets them: by file, line, column.
    static func sourceOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location.file != b.location.file { return a.location.file < b.location.file }
        if a.location.line != b.location.line { return a.location.line < b.location.line }
        return a.location.column < b.location.column
    }
}
