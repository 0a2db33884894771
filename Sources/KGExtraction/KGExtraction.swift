import KGDocuments
import KGGraph

/// Reads located blocks and returns the facts they state, each with its evidence.
///
/// Entry point of the extraction stage; `extract` never throws: a page in
/// which nothing is recognised gives an empty graph.
///
/// ```swift
/// let lexicon = try Lexicon.load(extraDirectories: [])   // bundled files, plus the analyst's
/// let result = Extractor(lexicon: lexicon).extract(document)
/// ```
public struct Extractor: Sendable {
    /// Changes whenever the rules or the bundled lexicon change meaningfully,
    /// so that stored graphs built by an older extractor are rebuilt.
    public static let version = "0.0.0-skeleton"

    public let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

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

/// The names the extractor knows: drugs, genes, diseases, classes, ...
/// kept as data files an analyst can extend. (Skeleton: loading arrives with the extraction work.)
public struct Lexicon: Sendable {
    /// Reads the bundled lexicon files and then those in `extraDirectories`.
    /// Throws a ``LexiconError`` naming the file and line of the first bad entry.
    public static func load(extraDirectories: [String]) throws(LexiconError) -> Lexicon {
        Lexicon()
    }
}

/// A lexicon file that could not be read, with where.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): error: \(message)"
    }
}
