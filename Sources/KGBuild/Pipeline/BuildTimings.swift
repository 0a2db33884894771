import Foundation

/// Where a build spent its time, in seconds, stage by stage: for the
/// benchmark and for anyone asking why a build is slow.
///
/// ```swift
/// let report = try builder.build()
/// print(report.timings.summary)   // "discover 0.01 s, lexicon 0.05 s, hash 0.10 s, ..."
/// ```
public struct BuildTimings: Sendable, Hashable {
    /// Finding the corpus's pages.
    public var discover: Double = 0
    /// Loading the lexicon (0 when the store was fresh: no page to read).
    public var lexicon: Double = 0
    /// Hashing the pages and comparing with the store.
    public var hash: Double = 0
    /// Reading pages into documents.
    public var read: Double = 0
    /// Extracting facts.
    public var extract: Double = 0
    /// Writing pages' rows to the store.
    public var store: Double = 0
    /// The rest of the write transaction: removals, bookkeeping, freeing
    /// each page's document and facts, building indexes, and the commit.
    public var other: Double = 0
    /// Counting facts and pages without facts for the report.
    public var count: Double = 0

    public init() {}

    public var summary: String {
        [("discover", discover), ("lexicon", lexicon), ("hash", hash), ("read", read), ("extract", extract),
         ("store", store), ("other", other), ("count", count)]
            .map { String(format: "%@ %.3f s", $0.0, $0.1) }.joined(separator: ", ")
    }

    /// Runs `body`, adding its duration to the stage at `keyPath`.
    mutating func measure<T, E: Error>(_ stage: WritableKeyPath<BuildTimings, Double>, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { self[keyPath: stage] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try body()
    }
}
