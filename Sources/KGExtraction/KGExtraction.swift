import KGDocuments
import KGGraph

/// Reads located blocks and returns the facts they state, each with its evidence.
///
/// Entry point of the extraction stage; `extract` never throws: a page in
/// which nothing is recognised gives an empty graph.
public struct Extractor: Sendable {
    /// Changes whenever the rules or the bundled lexicon change meaningfully,
    /// so that stored graphs built by an older extractor are rebuilt.
    public static let version = "0.0.0-skeleton"

    public init() {}

    /// The facts of one page. (Skeleton: the rules arrive with the extraction work.)
    public func extract(_ document: Document) -> ExtractionResult {
        ExtractionResult(graph: KnowledgeGraph(), warnings: [])
    }
}

/// What extraction read from one page.
public struct ExtractionResult: Sendable {
    public var graph: KnowledgeGraph
    public var warnings: [DocumentWarning]

    public init(graph: KnowledgeGraph, warnings: [DocumentWarning]) {
        self.graph = graph
        self.warnings = warnings
    }
}
