import ArgumentParser
import Foundation
import KGBuild
import KGGraph

/// `kg facts [--format tsv|json] [--relation R]`: the facts table.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Print the facts table: one row per fact and piece of evidence.",
        discussion: """
            Columns: subject, subject_kind, relation, object, object_kind, \
            attributes (key=value; ...), doc (the page's path as given to the \
            build), line, evidence (the sentence or cell). Builds the graph first \
            when the store is missing or stale (a page changed, added or removed, \
            or the extractor changed); a page that cannot be read then makes the \
            exit status 1, after the table.

            A combination's id names its members ("clofarabine + cytarabine"), \
            so the HAS_COMPONENT edges that only restate them are left out of \
            the table, as the schema's facts contract does; they stay in the \
            graph (kg stats, kg query's has_component, kg export). \
            --structural prints them too, and so does --relation HAS_COMPONENT. \
            A component with a stated role is always printed.

            Examples:
              kg facts > facts.tsv
              kg facts --relation CONFERS_RESISTANCE_TO --relation ADDRESSES
              kg facts --format json ~/pages --db ~/graph.sqlite
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv, json
    }

    @Option(help: "tsv (the schema's facts table) or json (an array of row objects).")
    var format: Format = .tsv

    @Option(name: .long, help: ArgumentHelp(
        "Only the facts of this relation, such as INHIBITS (repeatable; any case).", valueName: "relation"))
    var relation: [String] = []

    @Flag(help: "Also print the HAS_COMPONENT rows that only restate a combination's members.")
    var structural = false

    @OptionGroup var corpus: CorpusArguments

    @OptionGroup var store: StoreOptions

    func run() throws {
        try run(output: .standard)
    }

    func run(output: CommandOutput, reader: PageReader = .documents) throws {
        let (graph, report) = try store.openGraph(corpus: corpus.paths, reader: reader, output: output)
        let wanted = try relations(in: graph, output: output)
        let membershipAskedFor = structural || wanted?.contains("HAS_COMPONENT") == true
        let table = FactsTable(graph: graph, relations: wanted, includeMembership: membershipAskedFor)
        switch format {
        case .tsv: output.write(table.tsv())
        case .json: output.write(String(decoding: try table.json(), as: UTF8.self) + "\n")
        }
        if !report.failures.isEmpty { throw ExitCode.failure }
    }

    /// The `--relation` values upper-cased, or nil for all; an unknown one
    /// is an error listing the valid ones.
    private func relations(in graph: KnowledgeGraph, output: CommandOutput) throws -> Set<String>? {
        guard !relation.isEmpty else { return nil }
        let inGraph = Set(graph.edges.values.map(\.relation))
        let valid = Set(SchemaRelationList.all).union(inGraph)
        let wanted = Set(relation.map { $0.uppercased() })
        let unknown = wanted.subtracting(valid).sorted()
        guard unknown.isEmpty else {
            output.errorLine("error: unknown relation\(unknown.count > 1 ? "s" : "") \(unknown.joined(separator: ", ")) for --relation; valid relations: \(valid.sorted().joined(separator: ", "))")
            throw ExitCode.validationFailure
        }
        return wanted
    }
}
