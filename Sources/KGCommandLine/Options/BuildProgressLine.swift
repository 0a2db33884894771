import Foundation
import KGBuild

/// The progress of a build on standard error: on a terminal, one line
/// rewritten in place (`building: 812/2000 pages, 410 pages/s, 4.3 MB/s, 3 s left`),
/// at most ten times a second; otherwise nothing until the end, when the
/// caller prints the one-line ``BuildReport/timingLine``.
final class BuildProgressLine: @unchecked Sendable {
    private let output: CommandOutput
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(output: CommandOutput) {
        self.output = output
    }

    /// The callback for ``GraphBuilder/build(progress:)``, or nil when
    /// standard error is not a terminal.
    var callback: ((BuildProgress) throws -> Void)? {
        guard output.errorIsTerminal else { return nil }
        return { [self] progress in draw(progress) }
    }

    private func draw(_ progress: BuildProgress) {
        let now = Date()
        guard progress.total > 0, progress.done == progress.total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        drawn = true
        let rate = String(format: "%.0f pages/s, %.1f MB/s", progress.pagesPerSecond, progress.megabytesPerSecond)
        let left = progress.pagesPerSecond > 0 && progress.done < progress.total
            ? String(format: ", %.0f s left", Double(progress.total - progress.done) / progress.pagesPerSecond) : ""
        output.writeError("\r\u{1B}[Kbuilding: \(progress.done)/\(progress.total) pages, \(rate)\(left)")
    }

    /// Clears the line, so that what follows starts on a clean line.
    func finish() {
        if drawn { output.writeError("\r\u{1B}[K") }
        drawn = false
    }
}
