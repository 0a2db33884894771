/// What a build reads and where it stores: corpus paths as given, the
/// store's path, and extra lexicon folders.
///
/// ```swift
/// let configuration = BuildConfiguration(corpus: ["Corpus/"])
/// configuration.databasePath   // ".kg/graph.sqlite", beside the corpus
/// ```
public struct BuildConfiguration: Sendable, Hashable {
    /// Files and folders, as given on the command line (relative stay relative).
    public var corpus: [String]
    /// `--db`, or nil for ``StoreLocation/defaultPath(corpus:)``.
    public var explicitDatabasePath: String?
    /// Folders of the analyst's own lexicon files, read after the bundled ones.
    public var lexiconDirectories: [String]
    /// No corpus was given: a build then re-reads the corpus the store was
    /// last built from (when it still exists), else `Corpus/`.
    public var corpusIsDefault: Bool

    public static let defaultCorpus = ["Corpus/"]

    /// `defaultCorpus` is what an empty `corpus` means (`Corpus/`; tests
    /// give another).
    public init(corpus: [String] = [], databasePath: String? = nil, lexiconDirectories: [String] = [],
                defaultCorpus: [String] = Self.defaultCorpus) {
        self.corpus = corpus.isEmpty ? defaultCorpus : corpus
        self.corpusIsDefault = corpus.isEmpty
        self.explicitDatabasePath = databasePath
        self.lexiconDirectories = lexiconDirectories
    }

    /// The store's path: `--db`, else `.kg/graph.sqlite` beside the corpus.
    public var databasePath: String {
        explicitDatabasePath ?? StoreLocation.defaultPath(corpus: corpus)
    }
}
