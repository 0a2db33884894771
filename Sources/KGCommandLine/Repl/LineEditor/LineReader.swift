import Foundation

/// What reading a line gave.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: the line (and any unfinished statement) is dropped.
    case interrupt
    /// Ctrl-D on an empty line, or the end of piped input.
    case end
}

/// Something that reads the REPL's lines: the terminal line editor, or
/// plain lines when standard input is a pipe or a file.
protocol LineReader: AnyObject {
    func read(prompt: String) -> LineInput
    /// Remembers an entered line (no-op without a history).
    func remember(_ line: String)
    /// Saves state (history) and restores the terminal.
    func close()
}

/// Reads standard input line by line with no prompt and no echo: what a
/// script piped into `kg repl` gets.
final class PlainLineReader: LineReader {
    private let nextLine: () -> String?

    init(nextLine: @escaping () -> String? = { Swift.readLine(strippingNewline: true) }) {
        self.nextLine = nextLine
    }

    func read(prompt: String) -> LineInput { nextLine().map(LineInput.line) ?? .end }
    func remember(_ line: String) {}
    func close() {}
}
