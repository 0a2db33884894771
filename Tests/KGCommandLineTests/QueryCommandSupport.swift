import ArgumentParser
import Foundation
import KGGraph
@testable import KGCommandLine

/// A small resistance graph for the interface commands' tests.
enum InterfaceFixtures {
    static func reading(_ sentence: String, _ document: String, _ line: Int) -> Evidence {
        Evidence(document: document, line: line, bytes: 0..<sentence.utf8.count, sectionPath: [], blockKind: "paragraph",
                 sentence: sentence, rule: "test", confidence: 0.8)
    }

    static func graph() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let clofarabine = NodeKey(id: "clofarabine", kind: .drug)
        let cytarabine = NodeKey(id: "cytarabine", kind: .drug)
        let dckDown = NodeKey(id: "DCK down", kind: .resistanceMechanism)
        let mcl1Up = NodeKey(id: "MCL1 up", kind: .resistanceMechanism)
        let combination = NodeKey(id: "clofarabine + cytarabine", kind: .combination)
        graph.addNode(Node(id: "clofarabine", kind: .drug, names: ["Clolar", "Evoltra"]))
        graph.add(Edge(subject: dckDown, relation: "CONFERS_RESISTANCE_TO", object: clofarabine),
                  evidence: [reading("Loss of dCK confers resistance to clofarabine.", "Corpus/a.md", 10),
                             reading("dCK-deficient cells resist clofarabine.", "Corpus/b.md", 4)])
        graph.add(Edge(subject: mcl1Up, relation: "CONFERS_RESISTANCE_TO", object: clofarabine),
                  evidence: [reading("Mcl-1 overexpression confers resistance.", "Corpus/a.md", 12)])
        graph.add(Edge(subject: combination, relation: "ADDRESSES", object: dckDown, attributes: ["basis": "stated"]),
                  evidence: [reading("The combination overcomes dCK loss.", "Corpus/a.md", 20)])
        graph.add(Edge(subject: combination, relation: "HAS_COMPONENT", object: cytarabine),
                  evidence: [reading("Clofarabine with cytarabine.", "Corpus/a.md", 19)])
        return graph
    }
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
