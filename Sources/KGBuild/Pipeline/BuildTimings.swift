import Foundation

/// Where a build spent its time, in seconds, stage by stage: for the
/// benchmark and for anyone asking why a build is slow. Each stage has its
/// wall-clock seconds (the fields) and its CPU seconds (``cpu``), which
/// other work on a shared machine does not inflate.
///
/// ```swift
/// let report = try builder.build()
/// print(report.timings.summary)   // "discover 0.010 s (CPU 0.009 s), lexicon 0.050 s (CPU 0.048 s), ..."
/// report.timings.cpu["read"]      // CPU seconds spent reading pages
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
    /// CPU seconds (user and system, of the whole process) by stage name
    /// (`discover`, `lexicon`, `hash`, `read`, `extract`, `store`, `other`,
    /// `count`); a stage not run has none.
    public var cpu: [String: Double] = [:]

    public init() {}

    /// The stages in build order, by name.
    static var stages: [(name: String, seconds: WritableKeyPath<BuildTimings, Double>)] {
        [("discover", \.discover), ("lexicon", \.lexicon), ("hash", \.hash), ("read", \.read), ("extract", \.extract),
         ("store", \.store), ("other", \.other), ("count", \.count)]
    }

    public var summary: String {
        Self.stages.map { stage in
            let wall = String(format: "%@ %.3f s", stage.name, self[keyPath: stage.seconds])
            return cpu[stage.name].map { wall + String(format: " (CPU %.3f s)", $0) } ?? wall
        }.joined(separator: ", ")
    }

    /// Runs `body`, adding its duration to the stage at `keyPath`.
    mutating func measure<T, E: Error>(_ stage: WritableKeyPath<BuildTimings, Double>, _ body: () throws(E) -> T) throws(E) -> T {
        let start = Clock.now()
        defer { add(stage, since: start) }
        return try body()
    }

    /// Adds the time since `start` to the stage at `keyPath`.
    mutating func add(_ stage: WritableKeyPath<BuildTimings, Double>, since start: Clock) {
        let now = Clock.now()
        self[keyPath: stage] += now.wall - start.wall
        if let name = Self.stages.first(where: { $0.seconds == stage })?.name {
            cpu[name, default: 0] += now.cpu - start.cpu
        }
    }

    /// The transaction's time not spent in the stages measured inside it
    /// (read, extract, store) goes to ``other``.
    mutating func setOther(transactionSince start: Clock) {
        let now = Clock.now()
        other = now.wall - start.wall - read - extract - store
        let inside = ["read", "extract", "store"].reduce(0) { $0 + (cpu[$1] ?? 0) }
        cpu["other"] = now.cpu - start.cpu - inside
    }

    /// A moment, as wall-clock and process CPU seconds.
    struct Clock {
        var wall: Double
        var cpu: Double

        static func now() -> Clock {
            var time = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
            return Clock(wall: Double(DispatchTime.now().uptimeNanoseconds) / 1e9,
                         cpu: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
        }
    }
}
