import ArgumentParser

/// The `kg` command: build a knowledge graph of cancer drugs from pages, and query it.
public struct KG: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kg",
        abstract: "Build a knowledge graph of cancer drugs from pages, and query it with Datalog.",
        discussion: """
            Pages (Markdown with YAML front matter, HTML, plain text) are read into \
            located blocks and sentences, facts are extracted with the sentence they \
            came from, and a Datalog engine answers questions over the graph.
            """,
        version: "0.1.0",
        subcommands: [
            Inspect.self, BuildCommand.self, FactsCommand.self, StatsCommand.self,
            QueryCommand.self, ExplainCommand.self, ReplCommand.self, ExportCommand.self,
            DatalogCommand.self,
        ]
    )

    public init() {}
}
