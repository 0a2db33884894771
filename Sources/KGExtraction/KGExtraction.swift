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
    public static let version = "1.3.1"

    public let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The facts of one page, each with the evidence of its sentence, and
    /// the warnings of extraction (ambiguous names, conflicting definitions).
    public func extract(_ document: Document) -> ExtractionResult {
        let page = PageReader(lexicon: lexicon, document: document).read()
        var state = RuleState(units: page.units, mainDrug: page.mainDrug, sink: FactSink(document: document), lexicon: lexicon)
        RuleSet.apply(&state)
        return ExtractionResult(graph: state.sink.graph, warnings: page.warnings)
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
/// kept as data files an analyst can extend (`Lexicon/README.md`).
///
/// ```swift
/// let lexicon = try Lexicon.load(extraDirectories: ["my-lexicon"])
/// lexicon.entries(named: "Venclexta").first?.canonical   // "venetoclax"
/// ```
public struct Lexicon: Sendable {
    /// Every entry, merged by kind and canonical id.
    public private(set) var entries: [LexiconEntry]
    /// Case-insensitive phrase key → the entries (and name roles) it names.
    var index: [String: [Hit]] = [:]
    /// Case-sensitive phrase key (abbreviations, exact names) → entries.
    var exactIndex: [String: [Hit]] = [:]
    /// The longest name, in tokens, starting with a given first-token key.
    var longestByFirstKey: [String: Int] = [:]
    var longestByFirstExactKey: [String: Int] = [:]
    /// Words never taken for an unseen name (`DNA`, `FDA`, `IV`, ...), by key.
    var ignoredKeys: Set<String> = []
    /// Everything the recogniser asks about one word, in one probe.
    var wordInfo: [String: WordInfo] = [:]
    /// The same indexes as fast tables for the recogniser's probes (`KeyTable`).
    var indexTable = KeyTable<[Hit]>([:])
    var exactIndexTable = KeyTable<[Hit]>([:])
    var longestByFirstExactKeyTable = KeyTable<Int>([:])
    var wordInfoTable = KeyTable<WordInfo>([:])

    /// An entry a name points at, and what kind of name it is.
    struct Hit: Sendable, Hashable {
        var entry: Int
        var role: LexiconEntry.Role
    }

    public init(entries: [LexiconEntry] = [], ignored: [String] = []) {
        self.entries = []
        var position: [String: Int] = [:]
        for entry in entries {
            let id = entry.kind.rawValue + "\u{1}" + entry.canonical
            if let existing = position[id] {
                for name in entry.names where !self.entries[existing].names.contains(name) { self.entries[existing].names.append(name) }
                self.entries[existing].classes += entry.classes.filter { !self.entries[existing].classes.contains($0) }
                self.entries[existing].targets += entry.targets.filter { !self.entries[existing].targets.contains($0) }
            } else {
                position[id] = self.entries.count
                self.entries.append(entry)
            }
        }
        buildIndexes()
        ignoredKeys = Set(ignored.map { NameKey.key(of: $0) })
        buildWordInfo()
        indexTable = KeyTable(index)
        exactIndexTable = KeyTable(exactIndex)
        longestByFirstExactKeyTable = KeyTable(longestByFirstExactKey)
        wordInfoTable = KeyTable(wordInfo)
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
