import Foundation

/// One whole-process run: wall time, the child's peak RSS (from `wait4`),
/// its standard output and exit status.
struct Measurement {
    var seconds: Double
    /// User + system CPU seconds of the child (less disturbed than wall time on a busy machine).
    var cpu: Double = 0
    var peakMiB: Double
    var output: String
    var status: Int32
}

/// Runs `arguments[0]` (looked up in PATH if not a path) with the rest as
/// its arguments, capturing standard output.
func measure(_ arguments: [String]) -> Measurement {
    var pipe: [Int32] = [0, 0]
    _ = pipe.withUnsafeMutableBufferPointer { Glibc.pipe($0.baseAddress!) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipe[0])
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
    posix_spawn_file_actions_destroy(&actions)
    close(pipe[1])
    guard spawned == 0 else {
        close(pipe[0])
        return Measurement(seconds: 0, peakMiB: 0, output: "cannot start \(arguments[0])", status: -1)
    }
    var output = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress!, 65536) }
        if n <= 0 { break }
        output.append(buffer, count: n)
    }
    close(pipe[0])
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return Measurement(seconds: seconds, cpu: cpu, peakMiB: Double(usage.ru_maxrss) / 1024,
                       output: String(decoding: output, as: UTF8.self), status: exited)
}

/// The median run (by wall time) of `runs` runs.
func median(_ runs: Int, _ arguments: [String]) -> Measurement {
    medians(runs, [arguments])[0]
}

/// The median of `runs` runs of each command, the commands run in turn
/// (A, B, A, B, ...), so that a slow spell of a shared machine falls on
/// both alike: a ratio between them (the cost of provenance) holds better
/// than from runs taken one command after the other.
func medians(_ runs: Int, _ commands: [[String]]) -> [Measurement] {
    var all = Array(repeating: [Measurement](), count: commands.count)
    for _ in 0..<max(1, runs) {
        for (i, command) in commands.enumerated() { all[i].append(measure(command)) }
    }
    return all.map { runs in runs.sorted { $0.seconds < $1.seconds }[runs.count / 2] }
}
