extension BuildReport {
    /// The build summary, one fact per line, with no timing (so that it can
    /// be compared whole in tests); ``timingLine`` has the figures.
    ///
    /// ```
    /// pages: 4 (3 read, 1 unchanged, 0 removed, 0 failed)
    /// graph: 123 facts, 310 pieces of evidence, in .kg/graph.sqlite
    /// pages that yielded nothing (1):
    ///   Corpus/empty.md
    /// ```
    public var summary: String {
        var lines = [
            "pages: \(pages) (\(reread.count) read, \(unchanged) unchanged, \(removed.count) removed, \(failures.count) failed)",
            "graph: \(facts) facts, \(evidence) pieces of evidence, in \(databasePath)",
        ]
        if let note { lines.insert("note: \(note)", at: 0) }
        if let rebuiltAllBecause { lines.append("every page re-read: \(rebuiltAllBecause)") }
        if !removed.isEmpty { lines.append(contentsOf: section("pages removed from the corpus, their facts dropped", removed)) }
        if !pagesWithoutFacts.isEmpty { lines.append(contentsOf: section("pages that yielded nothing", pagesWithoutFacts)) }
        if !failures.isEmpty { lines.append(contentsOf: section("pages that could not be read, skipped", failures.map(\.description))) }
        if !skippedFiles.isEmpty { lines.append(contentsOf: section("files that are not pages, skipped", skippedFiles)) }
        if !warnings.isEmpty { lines.append("warnings: \(warnings.count) (on standard error)") }
        return lines.joined(separator: "\n")
    }

    /// `read 2000 pages, 21.4 MB in 3.81 s (5.6 MB/s, 525 pages/s)`, or
    /// `up to date: 4 pages unchanged (0.02 s)`.
    public var timingLine: String {
        let time = String(format: "%.2f s", seconds)
        if reread.isEmpty, !failures.isEmpty {
            return "no page read: \(Self.pages(failures.count)) failed, \(unchanged) unchanged (\(time))"
        }
        guard !reread.isEmpty else {
            return "up to date: \(Self.pages(unchanged)) unchanged\(removed.isEmpty ? "" : ", \(removed.count) removed") (\(time))"
        }
        let megabytes = Double(bytesRead) / 1_000_000
        let rate = seconds > 0 ? String(format: ", %.1f MB/s, %.0f pages/s", megabytes / seconds, Double(reread.count) / seconds) : ""
        let size = bytesRead < 1_000_000 ? String(format: "%.1f kB", Double(bytesRead) / 1000) : String(format: "%.1f MB", megabytes)
        return "read \(Self.pages(reread.count)), \(size) in \(time)\(rate)"
    }

    static func pages(_ count: Int) -> String { count == 1 ? "1 page" : "\(count) pages" }

    private func section(_ title: String, _ items: [String]) -> [String] {
        ["\(title) (\(items.count)):"] + items.map { "  " + $0 }
    }
}
