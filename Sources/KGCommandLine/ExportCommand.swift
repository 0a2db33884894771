import ArgumentParser
import Foundation
import KGBuild
import KGExport
import KGGraph

/// `kg export --format graphml|dot|json|tsv [-o FILE] [--focus NODE --depth N]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the graph as GraphML, DOT, JSON or the facts table (TSV).",
        discussion: """
            graphml: for Gephi, yEd, Cytoscape or networkx; valid against the GraphML \
            XSD, with typed keys (kind, canonical_id, names, relation, attributes, \
            evidence_count, confidence, first_sentence, first_source). \
            dot: for Graphviz, styled by node kind; derived facts dashed, negative \
            ones red. json: every node and edge with all its evidence. tsv: the \
            facts table, as kg facts prints it.

            --focus NODE --depth N keeps the nodes within N steps of NODE (found by \
            id, then ignoring case, then by any name such as a brand name), for a \
            readable picture of one neighbourhood; --relation R (repeatable) keeps \
            only the facts of those relations, before the neighbourhood is taken.

            The file is written whole or not at all: a temporary file beside it is \
            renamed over it, so an error never leaves it half-written. The format \
            defaults to the output file's extension.

            Examples:
              kg export --format graphml -o graph.graphml
              kg export -o clofarabine.dot --focus clofarabine --depth 2 && dot -Tsvg clofarabine.dot > clofarabine.svg
              kg export -o resistance.dot --focus clofarabine --depth 2 \\
                --relation CONFERS_RESISTANCE_TO --relation ADDRESSES --relation HAS_COMPONENT \\
                --relation INHIBITS --relation UPREGULATES --relation STABILIZES
              kg export --format json | jq '.edges | length'
            """
    )

    @Option(help: ArgumentHelp("graphml, dot, json or tsv (default: from the extension of -o).", valueName: "format"))
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Only the neighbourhood of this node (id or name).", valueName: "node"))
    var focus: String?

    @Option(help: ArgumentHelp("With --focus: how many steps from the node to keep.", valueName: "n"))
    var depth: Int = 2

    @Option(name: .long, help: ArgumentHelp("Only the facts of this relation, such as ADDRESSES (repeatable; any case).", valueName: "relation"))
    var relation: [String] = []

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more, not \(depth)") }
        if resolvedFormat == nil {
            throw ValidationError("choose a format with --format (\(ExportFormat.namesForHelp)), or give -o a file with one of those extensions")
        }
    }

    var resolvedFormat: ExportFormat? {
        format ?? output.flatMap { ExportFormat(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) }
    }

    func run() throws {
        try run(output: .standard)
    }

    func run(output console: CommandOutput, reader: PageReader = .documents) throws {
        guard let format = resolvedFormat else { throw ValidationError("choose a format with --format") }
        if let output { try Self.checkWritable(output, console: console) }
        let (graph, report) = try store.openGraph(reader: reader, output: console)
        try export(graph, format: format, console: console)
        if !report.failures.isEmpty { throw ExitCode.failure }
    }

    /// Writes `graph` (or the focus's neighbourhood) in `format` to -o or standard output.
    func export(_ graph: KnowledgeGraph, format: ExportFormat, console: CommandOutput) throws {
        var selected = graph
        if !relation.isEmpty {
            let filter = RelationFilter(relation)
            let unknown = filter.unknown(in: graph)
            guard unknown.isEmpty else {
                let valid = Set(SchemaRelationList.all).union(graph.edges.values.map(\.relation)).sorted()
                console.errorLine("error: unknown relation\(unknown.count > 1 ? "s" : "") \(unknown.joined(separator: ", ")) for --relation; valid relations: \(valid.joined(separator: ", "))")
                throw ExitCode.validationFailure
            }
            selected = filter.apply(to: graph)
        }
        var focusKeys: Set<NodeKey> = []
        if let focus {
            do {
                let selection = try GraphNeighbourhood(focus: focus, depth: depth).select(in: selected)
                selected = selection.graph
                focusKeys = selection.focus
            } catch {
                console.errorLine("error: \(error.description)")
                throw ExitCode.failure
            }
        }
        let text = KGExport.render(selected, as: format, focus: focusKeys)
        guard let output else {
            console.write(text)
            return
        }
        do {
            try AtomicFile.write(text, to: output)
        } catch {
            console.errorLine("error: \(error.description)")
            throw ExitCode.failure
        }
        if !store.quiet {
            console.errorLine("wrote \(output): \(selected.nodes.count) nodes, \(selected.edges.count) edges (\(format.rawValue))")
        }
    }

    /// Fails before the (possibly long) build when the output cannot be written anyway.
    static func checkWritable(_ path: String, console: CommandOutput) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        let problem: String?
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            problem = "it is a directory"
        } else if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            problem = "the directory '\(directory)' does not exist"
        } else if !FileManager.default.isWritableFile(atPath: directory) {
            problem = "the directory '\(directory)' is not writable"
        } else {
            problem = nil
        }
        if let problem {
            console.errorLine("error: cannot write '\(path)': \(problem)")
            throw ExitCode.failure
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
