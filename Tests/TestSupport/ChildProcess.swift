import Foundation

/// A program run to its end with its output captured, for the tests that
/// check against a real program: the built `kg`, `sqlite3`, `python3`
/// with networkx, Graphviz's `dot`, `sha256sum`.
///
/// ```swift
/// let result = try ChildProcess.run("/usr/bin/env", ["sha256sum", path])
/// result.status == 0 && result.output.hasPrefix(digest)
/// ```
public enum ChildProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var error: String
    }

    /// Runs `executable` with `arguments`. `input` is written to its
    /// standard input from another thread (a large input and a large output
    /// would otherwise block each other), then closed.
    public static func run(_ executable: String, _ arguments: [String], input: String? = nil,
                           directory: URL? = nil, environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let stdin = input.map { _ in Pipe() }
        if let stdin { process.standardInput = stdin }
        try process.run()
        if let stdin, let input {
            let writer = Thread {
                stdin.fileHandleForWriting.write(Data(input.utf8))
                try? stdin.fileHandleForWriting.close()
            }
            writer.start()
        }
        // Standard error is read on another thread too, so that neither pipe fills while the other is read.
        let errorData = ErrorBox()
        let reader = Thread { errorData.data = error.fileHandleForReading.readDataToEndOfFile(); errorData.done.signal() }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorData.done.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      error: String(decoding: errorData.data, as: UTF8.self))
    }

    /// The full path of `name` on PATH, if it is there.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private final class ErrorBox: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
