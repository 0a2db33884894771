import ArgumentParser
import Datalog
import Foundation
import KGBuild
import KGGraph
import KGQuery

/// `kg query PROGRAM.dl` / `kg query -e 'addresses(C, M)?'`: Datalog over the built graph.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a Datalog program or query against the graph.",
        discussion: """
            The graph's relations are declared for the program: one binary relation \
            per schema relation in lower snake case (addresses(c, m), \
            confers_resistance_to(m, d), has_component(c, d), inhibits(s, o), ...), \
            node(id, kind), name(id, surface), edge(s, rel, o), \
            attr(s, rel, o, key, value) and evidence(s, rel, o, doc, line, sentence). \
            The answers to the program's queries (`?- atom.` or `atom?`) and its \
            `.output` relations are printed; a program with neither prints the \
            relations its rules define. The graph is built first when the store is \
            missing or stale.

            With --evidence, each answer is followed by the sentences (document:line) \
            that state the graph facts it rests on.

            Examples:
              kg query Queries/resistance-combinations.dl
              kg query -e 'addresses(C, M)?'
              kg query -e 'confers_resistance_to(M, "clofarabine")?' --evidence
              kg query Queries/unaddressed.dl --format csv > unaddressed.csv
            """
    )

    @Argument(help: ArgumentHelp("A Datalog program file.", valueName: "program.dl"))
    var program: String?

    @Option(name: [.customShort("e"), .long], help: ArgumentHelp("Datalog text to run instead of a file.", valueName: "text"))
    var expression: String?

    @Option(help: "table, tsv, csv or json (default: table on a terminal, tsv otherwise).")
    var format: ResultFormat?

    @Flag(help: "Follow each answer with the sentences and document:line of the graph facts it rests on.")
    var evidence = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if program == nil && expression == nil { throw ValidationError("give a program file or -e 'query?'") }
        if program != nil && expression != nil { throw ValidationError("give a program file or -e, not both") }
    }

    func run() throws {
        try run(output: .standard, outputIsTerminal: isatty(STDOUT_FILENO) == 1)
    }

    func run(output: CommandOutput, reader: PageReader = .documents, outputIsTerminal: Bool = false) throws {
        let (source, file) = try Self.source(program: program, expression: expression, output: output)
        let (graph, report) = try store.openGraph(reader: reader, output: output)
        try answer(source: source, file: file, graph: graph, output: output, outputIsTerminal: outputIsTerminal)
        // As `kg facts`: a page that could not be read fails the command, after the answers.
        if !report.failures.isEmpty { throw ExitCode.failure }
    }

    /// Runs the program against `graph` and prints the answers.
    func answer(source: String, file: String, graph: KnowledgeGraph, output: CommandOutput, outputIsTerminal: Bool = false) throws {
        let session = GraphQuerySession(graph: graph)
        let run = try Self.evaluate(session, source: source, file: file, explanations: evidence, output: output)
        let chosen = format ?? (outputIsTerminal ? .table : .tsv)
        let tables = run.results.map { result in
            (result, result.rows.map { ResultWriter.Row(values: $0, sources: evidence ? run.sources(result.relation, $0) : nil) })
        }
        output.write(ResultWriter(format: chosen).render(tables))
    }

    /// The program's text and the file name its diagnostics use.
    static func source(program: String?, expression: String?, output: CommandOutput) throws -> (String, String) {
        if let expression {
            // `-e 'addresses(C, M)'` means the query: a lone atom needs no `?`.
            let trimmed = expression.trimmingCharacters(in: .whitespacesAndNewlines)
            let isBareAtom = !trimmed.hasSuffix(".") && !trimmed.hasSuffix("?") && !trimmed.contains(":-") && !trimmed.hasPrefix(".")
            return (isBareAtom ? trimmed + "?" : expression, "<command line>")
        }
        guard let program else { throw ValidationError("give a program file or -e 'query?'") }
        do {
            return (try ProgramFile.read(program), program)
        } catch {
            output.errorLine(error.description)
            throw ExitCode.failure
        }
    }

    /// Runs the program; its diagnostics (with carets) or an evaluation error go to standard error.
    static func evaluate(_ session: GraphQuerySession, source: String, file: String, explanations: Bool = false, output: CommandOutput) throws -> QueryRun {
        switch session.run(source: source, file: file, explanations: explanations) {
        case .success(let run):
            if !run.warnings.isEmpty { output.errorLine(run.warnings.description) }
            return run
        case .failure(let failure):
            output.errorLine(failure.description)
            throw ExitCode.failure
        }
    }
}

extension ResultFormat: ExpressibleByArgument {}
