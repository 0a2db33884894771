import Datalog
import Foundation
import KGExport
import KGGraph
import KGQuery

/// The REPL's logic, apart from any terminal: lines in, answers out.
/// Statements may span lines; rules and declarations typed extend the
/// session's program; a query prints its answers as a table; a Datalog
/// error prints its caret message and the session goes on.
///
/// ```swift
/// let repl = ReplSession(graph: graph, output: .standard)
/// repl.handle("addresses(C, M)?")      // prints a table
/// repl.handle(":relations")
/// ```
final class ReplSession {
    let session: GraphQuerySession
    let output: CommandOutput
    private var buffer = StatementBuffer()
    private var statementNumber = 0
    /// Set by `:quit`.
    var finished = false
    /// Whether any statement or command failed (a piped script then exits 1).
    private(set) var hadError = false

    init(graph: KnowledgeGraph, output: CommandOutput) {
        session = GraphQuerySession(graph: graph)
        self.output = output
    }

    /// The prompt for the next line: a fresh one, or a continuation.
    var prompt: String { buffer.isEmpty ? "kg> " : "...> " }

    /// Handles one line of input; returns the statement when the line completed one.
    @discardableResult
    func handle(_ line: String) -> String? {
        guard let statement = buffer.add(line) else { return nil }
        if statement.hasPrefix(":") {
            command(statement)
        } else {
            statementNumber += 1
            run(statement, file: "<repl \(statementNumber)>")
        }
        return statement
    }

    /// Ctrl-C: drops an unfinished statement.
    func interrupt() { buffer.clear() }

    /// Input ended in the middle of a statement: say so rather than drop it silently.
    func finish() {
        if !buffer.isEmpty {
            fail("error: input ended inside a statement (a rule or query ends with '.' or '?'):\n\(buffer.lines.joined(separator: "\n"))")
            buffer.clear()
        }
    }

    /// Runs Datalog text: rules are kept, queries answered.
    func run(_ text: String, file: String) {
        switch session.extend(with: text, file: file) {
        case .failure(let failure):
            fail(failure.description)
        case .success(let run):
            // A declaration typed now is used by the rules typed next: only warnings about the text itself count.
            let warnings = run.warnings.diagnostics.filter { !Self.isAboutLaterStatements($0) }
            if !warnings.isEmpty { output.errorLine(DiagnosticList(warnings, sources: run.warnings.sources).description) }
            let queries = run.results.filter { $0.title.hasPrefix("?-") }
            if !queries.isEmpty { output.write(ResultWriter(format: .table).render(queries)) }
        }
    }

    static func isAboutLaterStatements(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.message.hasSuffix("is declared but never used") || diagnostic.message.hasSuffix("so it is always empty")
    }

    func fail(_ message: String) {
        hadError = true
        output.errorLine(message)
    }

    /// Words tab completion offers: commands, relation names, node ids.
    var completions: [String] {
        Self.commands.map(\.name) + session.relationSignatures.map(\.name) + session.graph.nodes.keys.map(\.id)
    }
}
