import Foundation

/// How far a build has gone: pages read of those to read, bytes, and when
/// it started (for a rate). Given to the progress callback of
/// ``GraphBuilder/build(progress:)`` before the first page and after each.
///
/// ```swift
/// try builder.build { progress in
///     print("\(progress.done)/\(progress.total)", progress.megabytesPerSecond)
/// }
/// ```
public struct BuildProgress: Sendable, Hashable {
    public var done: Int
    public var total: Int
    public var bytes: Int
    public var started: Date

    /// Pages per second so far.
    public var pagesPerSecond: Double {
        let elapsed = Date().timeIntervalSince(started)
        return elapsed > 0 ? Double(done) / elapsed : 0
    }

    /// Megabytes (10^6 bytes) per second so far.
    public var megabytesPerSecond: Double {
        let elapsed = Date().timeIntervalSince(started)
        return elapsed > 0 ? Double(bytes) / 1_000_000 / elapsed : 0
    }
}
