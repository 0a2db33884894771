import ArgumentParser
import Foundation
import KGBuild
import KGGraph

/// `kg repl`: an interactive Datalog session over the graph.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Ask questions of the graph interactively, in Datalog.",
        discussion: """
            Type a query such as `addresses(C, M)?` to see its answers, or a rule \
            ending with `.` to add it to the session; statements may span lines. \
            :help lists the commands (:relations, :schema, :load, :explain, :facts, \
            :export, :quit). A Datalog error is shown with its caret and the session \
            goes on.

            On a terminal: arrows, Home/End, Ctrl-A/E/K/U/W edit the line, Up/Down \
            browse the history (kept in ~/.kg_history, or $KG_HISTORY), Tab completes \
            commands, relation names and node ids, Ctrl-C drops the line, Ctrl-D \
            leaves. With standard input from a pipe or a file, lines are read plainly \
            with no prompt, and the exit status is 1 if any statement failed.

            Examples:
              kg repl
              kg repl < session.dl
              echo 'confers_resistance_to(M, "clofarabine")?' | kg repl
            """
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        let interactive = Terminal.inputIsTerminal
        let history = ProcessInfo.processInfo.environment["KG_HISTORY"] ?? (NSHomeDirectory() + "/.kg_history")
        try run(output: .standard, reader: .documents) { repl in
            interactive
                ? TerminalLineEditor(history: History(file: history), completions: { repl.completions }) as LineReader
                : PlainLineReader()
        }
    }

    func run(output: CommandOutput, reader pages: PageReader, lines makeReader: (ReplSession) -> LineReader) throws {
        let (graph, _) = try store.openGraph(reader: pages, output: output)
        try session(graph: graph, output: output, lines: makeReader)
    }

    /// Reads and handles lines until `:quit` or the end of input.
    func session(graph: KnowledgeGraph, output: CommandOutput, lines makeReader: (ReplSession) -> LineReader) throws {
        let repl = ReplSession(graph: graph, output: output)
        let lines = makeReader(repl)
        let interactive = lines is TerminalLineEditor
        if interactive {
            output.line("kg \(KG.configuration.version): \(graph.nodes.count) nodes, \(graph.edges.count) facts. :help for help, Ctrl-D to leave.")
        }
        defer { lines.close() }
        while !repl.finished {
            switch lines.read(prompt: repl.prompt) {
            case .line(let line):
                // History keeps whole statements: a rule typed on three lines comes back as one.
                if let statement = repl.handle(line) { lines.remember(statement) }
            case .interrupt:
                repl.interrupt()
            case .end:
                repl.finish()
                lines.close()
                if repl.hadError && !interactive { throw ExitCode.failure }
                return
            }
        }
        if repl.hadError && !interactive { throw ExitCode.failure }
    }
}
