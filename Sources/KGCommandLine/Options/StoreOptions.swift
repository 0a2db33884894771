import ArgumentParser
import KGBuild

/// The options every command that reads the graph shares: where the store
/// is, the analyst's extra lexicon, the corpus it is built from, and
/// `--quiet`. `kg facts`, `kg stats`, `kg query` and `kg export` bring the
/// store up to date before reading it (see ``openGraph(corpus:output:)``).
///
/// ```swift
/// struct QueryCommand: ParsableCommand {
///     @OptionGroup var store: StoreOptions
///     func run() throws {
///         let graph = try store.openGraph(output: .standard).graph
///     }
/// }
/// ```
public struct StoreOptions: ParsableArguments, Sendable {
    @Option(name: .long, help: ArgumentHelp(
        "The graph store (SQLite).",
        discussion: "Default: .kg/graph.sqlite beside the corpus, that is in the folder holding the first corpus folder (Corpus/ → ./.kg/graph.sqlite); for a page file, beside its folder; for the current folder, inside it.",
        valueName: "path"))
    public var db: String?

    @Option(name: .long, help: ArgumentHelp(
        "A folder of extra lexicon files, read after the bundled lexicon (repeatable).",
        discussion: "Changing a file there re-reads every page at the next build.",
        valueName: "folder"))
    public var lexicon: [String] = []

    @Option(name: .customLong("corpus"), help: ArgumentHelp(
        "A page or folder of the corpus the graph is built from (repeatable; default: the corpus the store was built from, else Corpus/).",
        valueName: "path"))
    public var corpusOptions: [String] = []

    @Flag(name: .shortAndLong, help: "Print no progress and no build summary (errors and warnings still go to standard error).")
    public var quiet = false

    public init() {}

    /// The build's configuration: `corpus` (positional paths) and `--corpus`
    /// together, `Corpus/` when both are empty.
    public func configuration(corpus: [String] = []) -> BuildConfiguration {
        BuildConfiguration(corpus: corpus + corpusOptions, databasePath: db, lexiconDirectories: lexicon)
    }
}
