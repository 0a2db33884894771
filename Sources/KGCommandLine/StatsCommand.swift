import ArgumentParser
import Foundation
import KGBuild
import KGStore

/// `kg stats`: counts of nodes by kind and edges by relation.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print counts of nodes by kind and edges by relation.",
        discussion: """
            A node or fact stated by several pages counts once. Builds the graph \
            first when the store is missing or stale, as `kg facts` does.

            Examples:
              kg stats
              kg stats --format json --db /tmp/g.sqlite
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "text (aligned tables) or json.")
    var format: Format = .text

    @OptionGroup var corpus: CorpusArguments

    @OptionGroup var store: StoreOptions

    func run() throws {
        try run(output: .standard)
    }

    func run(output: CommandOutput, reader: PageReader = .documents) throws {
        let (graphStore, report) = try store.openStore(corpus: corpus.paths, reader: reader, output: output)
        let statistics: GraphStatistics
        do {
            statistics = try graphStore.statistics()
        } catch {
            output.errorLine(error.description)
            throw ExitCode.failure
        }
        switch format {
        case .text:
            output.write(Self.text(statistics))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            output.write(String(decoding: try encoder.encode(statistics), as: UTF8.self) + "\n")
        }
        if !report.failures.isEmpty { throw ExitCode.failure }
    }

    /// Two aligned tables, each with a total, then pages and evidence.
    static func text(_ statistics: GraphStatistics) -> String {
        let nodes = statistics.nodesByKind.map { ($0.kind, $0.count) }
        let edges = statistics.edgesByRelation.map { ($0.relation, $0.count) }
        let nameWidth = (["nodes by kind", "edges by relation"] + (nodes + edges).map { "  " + $0.0 }).map(\.count).max()! + 2
        let countWidth = max(5, String(max(statistics.nodes, statistics.edges, statistics.evidence)).count)
        func row(_ name: String, _ count: String) -> String {
            name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                + String(repeating: " ", count: max(0, countWidth - count.count)) + count + "\n"
        }
        var out = row("nodes by kind", "count")
        for (kind, count) in nodes { out += row("  " + kind, String(count)) }
        out += row("  total", String(statistics.nodes))
        out += "\n" + row("edges by relation", "count")
        for (relation, count) in edges { out += row("  " + relation, String(count)) }
        out += row("  total", String(statistics.edges))
        out += "\npages: \(statistics.pages) (\(statistics.pagesWithoutFacts) without facts); evidence: \(statistics.evidence)\n"
        return out
    }
}
