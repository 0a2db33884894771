/// The REPL's line editor on a terminal, with no library: left/right,
/// home/end (and Ctrl-A/Ctrl-E), word moves (Alt-B/Alt-F, Ctrl-arrows),
/// backspace/delete, Ctrl-K/Ctrl-U/Ctrl-W, up/down through the history,
/// tab completion, Ctrl-L to clear, Ctrl-C to drop the line and Ctrl-D to
/// leave on an empty line.
///
/// ```swift
/// let editor = TerminalLineEditor(history: History(file: "~/.kg_history"), completions: { ["addresses", ":help"] })
/// if case .line(let text) = editor.read(prompt: "kg> ") { ... }
/// editor.close()
/// ```
final class TerminalLineEditor: LineReader {
    private var history: History
    private let completions: () -> [String]
    private var decoder = KeyDecoder()
    private var rawMode = false
    private var view = LineView()

    init(history: History, completions: @escaping () -> [String]) {
        self.history = history
        self.completions = completions
    }

    func read(prompt: String) -> LineInput {
        if !rawMode { rawMode = Terminal.enableRawMode() }
        var line = LineBuffer()
        view = LineView()
        redraw(prompt, line)
        while true {
            guard var bytes = Terminal.readBytes() else { return .end }
            // A lone ESC is followed by nothing; a sequence's bytes follow at once.
            if bytes == [0x1B], !Terminal.hasInput(within: 30) { bytes = [] }
            for key in decoder.feed(bytes) {
                if let result = apply(key, to: &line, prompt: prompt) { return result }
            }
        }
    }

    /// Applies one key; returns the result when the line is done.
    private func apply(_ key: Key, to line: inout LineBuffer, prompt: String) -> LineInput? {
        switch key {
        case .enter:
            Terminal.write("\r\n")
            return .line(line.text)
        case .control("c"):
            Terminal.write("^C\r\n")
            return .interrupt
        case .control("d"):
            if line.text.isEmpty { Terminal.write("\r\n"); return .end }
            line.deleteForward()
        case .character(let character): line.insert(String(character))
        case .backspace, .control("h"): line.backspace()
        case .delete: line.deleteForward()
        case .left, .control("b"): line.moveLeft()
        case .right, .control("f"): line.moveRight()
        case .home, .control("a"): line.moveHome()
        case .end, .control("e"): line.moveEnd()
        case .wordLeft: line.moveWordLeft()
        case .wordRight: line.moveWordRight()
        case .control("k"): line.killToEnd()
        case .control("u"): line.killToStart()
        case .control("w"): line.deleteWordBackward()
        case .control("l"): Terminal.write("\u{1B}[H\u{1B}[2J")
        case .up, .control("p"):
            if let entry = history.previous(current: line.text) { line.replace(with: entry) }
        case .down, .control("n"):
            if let entry = history.next() { line.replace(with: entry) }
        case .tab: complete(&line, prompt: prompt)
        default: break
        }
        redraw(prompt, line)
        return nil
    }

    private func complete(_ line: inout LineBuffer, prompt: String) {
        let completion = Completion(word: line.wordBeforeCursor, candidates: completions())
        if !completion.insertion.isEmpty {
            line.insert(completion.insertion)
        } else if completion.matches.count > 1 {
            Terminal.write("\r\n" + completion.matches.prefix(60).joined(separator: "  ") + "\r\n")
        } else {
            Terminal.write("\u{07}")
        }
    }

    /// Rewrites the whole line (the part that fits) and puts the cursor back where it belongs.
    private func redraw(_ prompt: String, _ line: LineBuffer) {
        let shown = view.window(length: line.characters.count, cursor: line.cursor, width: Terminal.columns - prompt.count - 1)
        let back = shown.upperBound - line.cursor
        Terminal.write("\r" + prompt + String(line.characters[shown]) + "\u{1B}[K" + (back > 0 ? "\u{1B}[\(back)D" : ""))
    }


    func remember(_ line: String) { history.add(line) }

    func close() {
        history.save()
        Terminal.restore()
        rawMode = false
    }
}
