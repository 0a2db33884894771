import Foundation
import KGDocuments
import KGExtraction
import KGGraph
import KGStore

/// Builds the stored graph from a corpus: finds the pages, hashes them,
/// re-reads and re-extracts only new and changed pages (all of them when
/// the extractor version or the extra lexicon changed), drops removed
/// pages' facts, and writes everything in ONE transaction, so that a build
/// that fails half-way leaves the previous graph whole.
///
/// Stops before touching the store when a corpus path is missing or a
/// lexicon file has an error; a page that cannot be read is a
/// ``PageFailure`` in the report and the others are stored.
///
/// ```swift
/// let builder = GraphBuilder(BuildConfiguration(corpus: ["Corpus/"]), reader: .documents)
/// let report = try builder.build { progress in print(progress.done, "/", progress.total) }
/// let (graph, _) = try builder.openGraph()   // builds first when missing or stale
/// ```
public struct GraphBuilder: Sendable {
    public var configuration: BuildConfiguration
    public var reader: PageReader
    /// The version recorded with each page's facts; a stored page read by
    /// another version is re-read. ``Extractor/fingerprint`` (the version and
    /// a digest of the bundled lexicon) unless a test or
    /// benchmark stands in for a new extractor.
    public var extractorVersion: String

    public init(_ configuration: BuildConfiguration, reader: PageReader, extractorVersion: String = Extractor.fingerprint) {
        self.configuration = configuration
        self.reader = reader
        self.extractorVersion = extractorVersion
    }

    /// Brings the store up to date with the corpus and reports what it did.
    /// `progress` is called before the first page and after each page is stored;
    /// if it throws, the build stops and the store keeps its previous graph.
    public func build(progress: ((BuildProgress) throws -> Void)? = nil) throws(BuildError) -> BuildReport {
        try build(progress: progress, counting: true).report
    }

    /// `counting`: fill ``BuildReport/facts``, ``BuildReport/evidence`` and
    /// ``BuildReport/pagesWithoutFacts`` (a scan of the store that readers
    /// of the graph do not need). Returns the store it opened (once), for
    /// the callers that read the graph next.
    ///
    /// The lexicon is loaded only when pages are to be read: checking that
    /// a stored graph is fresh needs the extractor version and the extra
    /// lexicon files' bytes (see ``ExtractorVersion``), not the parsed
    /// lexicon. It is still loaded before the store is written, and before a
    /// new store is created, so a lexicon error leaves every store as it was.
    func build(progress: ((BuildProgress) throws -> Void)?, counting: Bool) throws(BuildError) -> (report: BuildReport, store: GraphStore) {
        let started = Date()
        var report = BuildReport()
        report.databasePath = configuration.databasePath
        // Everything that can stop the build is checked before the store is written.
        let storeExists = FileManager.default.fileExists(atPath: configuration.databasePath)
        // A store that cannot be opened here is reported by the open below.
        let existing = storeExists ? try? GraphStore.open(at: configuration.databasePath, creating: false) : nil
        let corpusPaths = RememberedCorpus.paths(for: configuration, store: existing)
        let corpus: CorpusDiscovery
        do {
            corpus = try report.timings.measure(\.discover) { () throws(BuildError) in try CorpusDiscovery.discover(corpusPaths) }
        } catch {
            // No corpus given and none found, but a store: serve it as it is.
            guard configuration.corpusIsDefault, storeExists else { throw error }
            return try storedAsItIs(report: report, missing: error, started: started)
        }
        var lexicon: Lexicon? = storeExists ? nil : try loadLexicon(timings: &report.timings)
        let version = ExtractorVersion.current(extractorVersion, lexiconDirectories: configuration.lexiconDirectories)
        let store: GraphStore
        if let existing {
            store = existing
        } else {
            do {
                store = try GraphStore.open(at: configuration.databasePath, creating: true)
            } catch {
                throw .store(error)
            }
        }
        report.pages = corpus.pages.count
        report.skippedFiles = corpus.skipped

        let plan = try report.timings.measure(\.hash) { () throws(BuildError) in
            try BuildPlan.make(corpus: corpus, store: store, version: version)
        }
        report.failures = plan.unreadable
        report.unchanged = plan.unchanged.count
        report.removed = plan.removed
        report.rebuiltAllBecause = plan.rebuiltAllBecause
        let rememberCorpus = try RememberedCorpus.needsUpdate(corpusPaths, in: store)
        // An empty corpus loads it too, so that a bad lexicon is always reported.
        if lexicon == nil, !plan.toRead.isEmpty || plan.unchanged.isEmpty {
            lexicon = try loadLexicon(timings: &report.timings)
        }
        if !plan.isEmpty || rememberCorpus {
            // Without a lexicon there is no page to read: the extractor goes unused.
            let extractor = Extractor(lexicon: lexicon ?? Lexicon())
            do {
                let start = BuildTimings.Clock.now()
                try store.write { writer in
                    if rememberCorpus { try writer.setMeta(RememberedCorpus.key, RememberedCorpus.text(corpusPaths)) }
                    // Removals first, while the indexes find each page's rows.
                    for path in plan.removed + plan.unreadableStored { try writer.removePage(path: path) }
                    for (path, modified) in plan.touched { try writer.updateModified(path: path, modified: modified) }
                    if plan.rebuiltAllBecause != nil { try writer.removeAllPages() }
                    try extractPages(plan.toRead, extractor: extractor, version: version, writer: writer,
                                     report: &report, started: started, progress: progress)
                }
                // The rest of the transaction: bookkeeping, freeing each page's
                // document and facts, and the commit.
                report.timings.setOther(transactionSince: start)
            } catch let error as StoreError {
                throw .store(error)
            } catch let error as BuildError {
                throw error
            } catch {
                throw .interrupted(String(describing: error))
            }
        }
        guard counting else {
            report.seconds = Date().timeIntervalSince(started)
            return (report, store)
        }
        var timings = report.timings
        try timings.measure(\.count) { () throws(BuildError) in try report.readCounts(from: store) }
        report.timings = timings
        report.seconds = Date().timeIntervalSince(started)
        return (report, store)
    }

    private func loadLexicon(timings: inout BuildTimings) throws(BuildError) -> Lexicon {
        do {
            return try timings.measure(\.lexicon) { () throws(LexiconError) in
                try Lexicon.load(extraDirectories: configuration.lexiconDirectories)
            }
        } catch {
            throw .lexicon(error)
        }
    }

    /// The report of a build that found no corpus to check: the stored graph
    /// is used as it is, with a note saying so.
    private func storedAsItIs(report: BuildReport, missing: BuildError, started: Date) throws(BuildError) -> (report: BuildReport, store: GraphStore) {
        var report = report
        let store: GraphStore
        do {
            store = try GraphStore.open(at: configuration.databasePath, creating: false)
        } catch {
            throw .store(error)
        }
        report.note = "no corpus to check (\(missing.missingPath ?? configuration.corpus.joined(separator: ", ")) is missing): the stored graph is used as it is"
        try report.readCounts(from: store)
        report.pages = report.unchanged
        report.seconds = Date().timeIntervalSince(started)
        return (report, store)
    }

    /// The stored graph, brought up to date first (built when missing, the
    /// changed pages re-read when stale): the function `kg facts`, `kg
    /// query` and `kg export` call. The report says whether anything was
    /// re-read, and which pages failed (its counts of facts are not filled).
    public func openGraph(progress: ((BuildProgress) throws -> Void)? = nil) throws(BuildError) -> (graph: KnowledgeGraph, report: BuildReport) {
        let (store, report) = try openStore(progress: progress)
        do {
            return (try store.loadGraph(), report)
        } catch {
            throw .store(error)
        }
    }

    /// The store, brought up to date first, for callers that read it in SQL
    /// (`kg stats`) rather than loading the whole graph.
    public func openStore(progress: ((BuildProgress) throws -> Void)? = nil) throws(BuildError) -> (store: GraphStore, report: BuildReport) {
        let (report, store) = try build(progress: progress, counting: false)
        return (store, report)
    }

    /// How many pages go through each stage together (see `extractPages`).
    static let batchSize = 32

    /// Inside the transaction, after the removals: reads, extracts and
    /// stores the pages to re-read, ``batchSize`` at a time. Each stage
    /// runs over the whole batch before the next: its tables and code (the
    /// lexicon's, SQLite's) stay in the processor's caches instead of being
    /// evicted by the other stages at every page, which cost a build from
    /// scratch about a tenth of its time. Only one batch's documents and
    /// graphs are in memory at once.
    private func extractPages(
        _ pages: [BuildPlan.PageToRead], extractor: Extractor, version: String, writer: StoreWriter,
        report: inout BuildReport, started: Date, progress: ((BuildProgress) throws -> Void)?
    ) throws {
        var event = BuildProgress(done: 0, total: pages.count, bytes: 0, started: started)
        try progress?(event)
        for batchStart in stride(from: 0, to: pages.count, by: Self.batchSize) {
            let batch = pages[batchStart..<min(batchStart + Self.batchSize, pages.count)]
            var documents: [Document?] = []
            documents.reserveCapacity(batch.count)
            for page in batch {
                do {
                    documents.append(try report.timings.measure(\.read) { try reader.read(page.path) })
                } catch {
                    report.failures.append(PageFailure(path: page.path, message: Self.message(of: error, path: page.path)))
                    documents.append(nil)
                }
            }
            let extracted = documents.map { read in
                read.map { document in (document, report.timings.measure(\.extract) { extractor.extract(document) }) }
            }
            for (offset, page) in batch.enumerated() {
                guard let (document, result) = extracted[offset] else {
                    try writer.removePage(path: page.path)
                    continue
                }
                let warnings = document.warnings + result.warnings
                let evidenceCount = result.graph.edges.values.reduce(0) { $0 + $1.evidence.count }
                let record = PageRecord(
                    path: page.path, sha256: page.sha256, byteCount: page.byteCount, modified: page.modified, extractorVersion: version,
                    edgeCount: result.graph.edges.count, evidenceCount: evidenceCount,
                    warnings: warnings.map { PageWarning(line: $0.line, column: $0.column, message: $0.message) }
                )
                try report.timings.measure(\.store) {
                    if page.isStored {
                        try writer.replacePage(record, graph: result.graph)
                    } else {
                        try writer.insertPage(record, graph: result.graph)
                    }
                }
                report.reread.append(page.path)
                report.warnings.append(contentsOf: warnings)
                report.bytesRead += page.byteCount
                event.done += 1
                event.bytes += page.byteCount
                try progress?(event)
            }
        }
        report.failures.sort { $0.path < $1.path }
    }

    /// The error's text without the path in front (the failure adds it).
    static func message(of error: any Error, path: String) -> String {
        let text = String(describing: error)
        return text.hasPrefix(path + ": ") ? String(text.dropFirst(path.count + 2)) : text
    }
}
