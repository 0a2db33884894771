/// All diagnostics of one run (parse and checks), with the sources needed to
/// quote them. It is the error a failed check returns, and it prints as a
/// compiler's output: every diagnostic in source order, then a count.
///
/// ```swift
/// switch ProgramChecker().check(source: text, file: "q.dl") {
/// case .success(let checked): run(checked)
/// case .failure(let list): print(list)   // q.dl:3:12: error: ... \n 1 error
/// }
/// ```
public struct DiagnosticList: Error, Sendable, Hashable, CustomStringConvertible {
    /// In source order (file, line, column).
    public private(set) var diagnostics: [Diagnostic]
    /// The text of each file, keyed by the file name used in locations.
    public var sources: [String: String]

    public init(_ diagnostics: [Diagnostic] = [], sources: [String: String] = [:]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.sourceOrder)
        self.sources = sources
    }

    public mutating func append(contentsOf more: [Diagnostic]) {
        diagnostics = (diagnostics + more).sorted(by: Diagnostic.sourceOrder)
    }

    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
    public var warnings: [Diagnostic] { diagnostics.filter { !$0.isError } }
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
    public var isEmpty: Bool { diagnostics.isEmpty }

    /// Every diagnostic rendered with its quoted line, then a summary such
    /// as `2 errors, 1 warning`; no trailing newline.
    public var description: String {
        var lines = SourceLineCache(sources: sources)
        var parts = diagnostics.map { $0.rendered(lines: &lines) }
        parts.append(summary)
        return parts.joined(separator: "\n")
    }

    /// `2 errors, 1 warning`, `1 error`, `no errors`.
    public var summary: String {
        let errorCount = errors.count, warningCount = warnings.count
        var words: [String] = []
        if errorCount > 0 { words.append("\(errorCount) error\(errorCount == 1 ? "" : "s")") }
        if warningCount > 0 { words.append("\(warningCount) warning\(warningCount == 1 ? "" : "s")") }
        return words.isEmpty ? "no errors" : words.joined(separator: ", ")
    }
}
