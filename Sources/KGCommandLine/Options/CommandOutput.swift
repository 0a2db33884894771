import Foundation

/// Where a command writes: its product on standard output, diagnostics and
/// progress on standard error. Injectable, so that tests compare whole
/// outputs without spawning a process.
///
/// ```swift
/// try FactsCommand.parse(["--format", "json"]).run(output: .standard)
/// ```
public struct CommandOutput: Sendable {
    /// Writes text to standard output, as given (add the newline yourself).
    public var write: @Sendable (String) -> Void
    /// Writes text to standard error, as given.
    public var writeError: @Sendable (String) -> Void
    /// Standard error is a terminal: progress may be redrawn in place.
    public var errorIsTerminal: Bool

    public init(write: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void, errorIsTerminal: Bool) {
        self.write = write
        self.writeError = writeError
        self.errorIsTerminal = errorIsTerminal
    }

    /// The process's standard output and error.
    public static var standard: CommandOutput {
        CommandOutput(
            write: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            writeError: { text in FileHandle.standardError.write(Data(text.utf8)) },
            errorIsTerminal: isatty(STDERR_FILENO) == 1
        )
    }

    /// Writes one line to standard output.
    public func line(_ text: String) { write(text + "\n") }

    /// Writes one line to standard error.
    public func errorLine(_ text: String) { writeError(text + "\n") }
}
