import Foundation

/// Wall times of whole `kg` processes, as an analyst at a shell meets them:
/// process start, library loading, argument parsing, the freshness check
/// of the store, loading the graph, evaluation and output. The `kg` run is
/// the one built beside this benchmark (`swift build -c release --product kg`).
enum WholeProcess {
    /// The `kg` executable next to this benchmark's, if built.
    static var kg: URL? {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidate = here.appendingPathComponent("kg")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }

    /// Runs `kg arguments` `runs` times (output discarded) and returns each
    /// run's wall time in milliseconds, or why it could not.
    static func milliseconds(_ kg: URL, _ arguments: [String], runs: Int) -> Result<[Double], WholeProcessFailure> {
        var times: [Double] = []
        for _ in 0..<runs {
            let process = Process()
            process.executableURL = kg
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = DispatchTime.now()
            do {
                try process.run()
            } catch {
                return .failure(WholeProcessFailure(message: "cannot start \(kg.path): \(error)"))
            }
            process.waitUntilExit()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
            guard process.terminationStatus == 0 else {
                return .failure(WholeProcessFailure(message: "kg \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)"))
            }
        }
        return .success(times)
    }
}

struct WholeProcessFailure: Error {
    var message: String
}
