import ArgumentParser
import Foundation
import KGGraph
import KGGraphFixtures
@testable import KGCommandLine

/// The interface commands' tests work on the shared resistance graph, its
/// evidence on pages under `Corpus/`.
enum InterfaceFixtures {
    static func graph() -> KnowledgeGraph { ResistanceGraph.make(folder: "Corpus/") }
}

extension CommandRun {
    /// Runs one of the interface commands in-process. With `graph`, the
    /// command works on that graph (the build is skipped); without, it
    /// builds from the run's corpus with the stand-in reader.
    @discardableResult
    func interface(_ arguments: [String], graph: KnowledgeGraph? = nil, input: [String] = []) -> Int32 {
        do {
            let command = try KG.parseAsRoot(arguments)
            var remaining = input[...]
            let lines: (ReplSession) -> LineReader = { _ in PlainLineReader { remaining.popFirst() } }
            switch (command, graph) {
            case let (query as QueryCommand, .some(graph)):
                let (source, file) = try QueryCommand.source(program: query.program, expression: query.expression, output: output)
                try query.answer(source: source, file: file, graph: graph, output: output)
            case let (query as QueryCommand, nil): try query.run(output: output, reader: reader(real: false))
            case let (explain as ExplainCommand, .some(graph)):
                let programs = try explain.program.map { (try QueryCommand.source(program: $0, expression: nil, output: output).0, $0) }
                try explain.explain(programs: programs, graph: graph, output: output)
            case let (explain as ExplainCommand, nil): try explain.run(output: output, reader: reader(real: false))
            case let (export as ExportCommand, .some(graph)):
                if let file = export.output { try ExportCommand.checkWritable(file, console: output) }
                try export.export(graph, format: export.resolvedFormat!, console: output)
            case let (export as ExportCommand, nil): try export.run(output: output, reader: reader(real: false))
            case let (repl as ReplCommand, .some(graph)): try repl.session(graph: graph, output: output, lines: lines)
            case let (repl as ReplCommand, nil): try repl.run(output: output, reader: reader(real: false), lines: lines)
            default: return kg(arguments)
            }
            return 0
        } catch {
            if let code = error as? ExitCode { return code.rawValue }
            output.writeError(KG.fullMessage(for: error) + "\n")
            return KG.exitCode(for: error).rawValue
        }
    }
}
