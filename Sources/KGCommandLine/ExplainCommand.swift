import ArgumentParser
import Foundation
import KGBuild
import KGGraph
import KGQuery

/// `kg explain 'ATOM'`: why each matching tuple holds, down to sentences.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why tuples hold: derivations down to graph facts and their sentences.",
        discussion: """
            For each tuple matching ATOM: the rule that derived it (file:line), the \
            tuples that rule used, each explained in turn, down to graph facts; and \
            for each graph fact, every document:line and sentence it was read from. \
            Rules come from --program files (the graph's relations need none). Of \
            several derivations, the shortest is shown.

            Examples:
              kg explain 'confers_resistance_to(M, "clofarabine")'
              kg explain 'resistance_combination("clofarabine", M, C, How)' --program Queries/resistance-combinations.dl
              kg explain 'addresses(C, "DCK down")' --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("An atom: constants in quotes, variables capitalised or not, _ for any.", valueName: "atom"))
    var atom: String

    @Option(name: .long, help: ArgumentHelp("A Datalog file whose rules the atom's relation needs (repeatable).", valueName: "program.dl"))
    var program: [String] = []

    @Option(help: "text (indented) or json.")
    var format: Format = .text

    @OptionGroup var store: StoreOptions

    func run() throws {
        try run(output: .standard)
    }

    func run(output: CommandOutput, reader: PageReader = .documents) throws {
        let programs = try program.map { path in (try QueryCommand.source(program: path, expression: nil, output: output).0, path) }
        let (graph, report) = try store.openGraph(reader: reader, output: output)
        try explain(programs: programs, graph: graph, output: output)
        if !report.failures.isEmpty { throw ExitCode.failure }
    }

    /// Explains the atom over `graph` with the rules of `programs` (text, file name).
    func explain(programs: [(String, String)], graph: KnowledgeGraph, output: CommandOutput) throws {
        let session = GraphQuerySession(graph: graph)
        for (text, path) in programs {
            if case .failure(let failure) = session.extend(with: text, file: path) {
                output.errorLine(failure.description)
                throw ExitCode.failure
            }
        }
        let explanations: [Explanation]
        switch session.explain(atom, file: "<command line>") {
        case .success(let found): explanations = found
        case .failure(let failure):
            output.errorLine(failure.description)
            throw ExitCode.failure
        }
        guard !explanations.isEmpty else {
            output.errorLine("error: no tuple matches \(atom)")
            throw ExitCode.failure
        }
        switch format {
        case .text: output.write(explanations.map { $0.renderedText() }.joined(separator: "\n"))
        case .json: output.write(Explanation.json(explanations))
        }
    }
}
