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
            let start = DispatchTime.now()
            let status = spawnAndWait(kg.path, arguments)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
            guard status == 0 else {
                return .failure(WholeProcessFailure(message: "kg \(arguments.joined(separator: " ")) failed (status \(status))"))
            }
        }
        return .success(times)
    }

    /// posix_spawn and waitpid, output to /dev/null: Foundation's `Process`
    /// adds tens of milliseconds on Linux (its exit is noticed by polling),
    /// more than the process being measured.
    private static func spawnAndWait(_ path: String, _ arguments: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return status
    }
}

struct WholeProcessFailure: Error {
    var message: String
}
