import KGDocuments

/// What a build did: pages re-read and unchanged, pages that failed, pages
/// that yielded nothing, warnings, and the graph's size afterwards.
///
/// ```swift
/// let report = try GraphBuilder(configuration, reader: .documents).build()
/// print(report.summary)
/// exit(report.failures.isEmpty ? 0 : 1)
/// ```
public struct BuildReport: Sendable, Hashable {
    /// Pages in the corpus.
    public var pages: Int = 0
    /// Pages read and extracted this time (new, changed, or all when the
    /// extractor changed), in path order.
    public var reread: [String] = []
    /// Pages whose bytes and extractor were unchanged: their stored facts kept.
    public var unchanged: Int = 0
    /// Pages in the store that are gone from the corpus: their facts dropped.
    public var removed: [String] = []
    /// Pages that could not be read: named and skipped.
    public var failures: [PageFailure] = []
    /// Pages (re-read or stored) from which nothing was extracted.
    public var pagesWithoutFacts: [String] = []
    /// Files in corpus folders that are not pages (by extension).
    public var skippedFiles: [String] = []
    /// Warnings of the pages read this time (readers' and extractor's).
    public var warnings: [DocumentWarning] = []
    /// Why every page was re-read, when it was (a new extractor version).
    public var rebuiltAllBecause: String?
    /// Distinct facts (edges) and pieces of evidence in the stored graph.
    public var facts: Int = 0
    public var evidence: Int = 0
    /// Bytes of the pages read and extracted this time.
    public var bytesRead: Int = 0
    /// Wall-clock seconds of the whole build.
    public var seconds: Double = 0
    /// Something the user should know about this build, such as "no corpus
    /// to check: the stored graph is used as it is".
    public var note: String?
    /// Seconds by stage.
    public var timings = BuildTimings()
    /// The store written (or checked).
    public var databasePath: String = ""

    public init() {}

    /// True when the store changed (something was re-read or removed).
    public var changedStore: Bool { !reread.isEmpty || !removed.isEmpty }
}

/// A page that could not be read, and why.
public struct PageFailure: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: error: message`.
    public var description: String { "\(path): error: \(message)" }
}
