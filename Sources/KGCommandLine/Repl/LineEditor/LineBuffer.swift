/// The line being edited and the cursor in it: every editing key as a pure
/// operation, so that editing is tested without a terminal.
///
/// ```swift
/// var line = LineBuffer("addresse(C, M)?")
/// line.moveHome(); line.moveRight(8); line.insert("s")   // "addresses(C, M)?"
/// ```
struct LineBuffer: Equatable {
    private(set) var characters: [Character]
    private(set) var cursor: Int

    init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    var text: String { String(characters) }
    /// The text before the cursor.
    var beforeCursor: String { String(characters[..<cursor]) }

    mutating func insert(_ text: String) {
        characters.insert(contentsOf: text, at: cursor)
        cursor += text.count
    }

    mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    mutating func moveLeft(_ count: Int = 1) { cursor = max(0, cursor - count) }
    mutating func moveRight(_ count: Int = 1) { cursor = min(characters.count, cursor + count) }
    mutating func moveHome() { cursor = 0 }
    mutating func moveEnd() { cursor = characters.count }

    mutating func moveWordLeft() {
        while cursor > 0, !Self.isWord(characters[cursor - 1]) { cursor -= 1 }
        while cursor > 0, Self.isWord(characters[cursor - 1]) { cursor -= 1 }
    }

    mutating func moveWordRight() {
        while cursor < characters.count, !Self.isWord(characters[cursor]) { cursor += 1 }
        while cursor < characters.count, Self.isWord(characters[cursor]) { cursor += 1 }
    }

    /// Ctrl-W: deletes the word before the cursor.
    mutating func deleteWordBackward() {
        let end = cursor
        moveWordLeft()
        characters.removeSubrange(cursor..<end)
    }

    /// Ctrl-K: deletes from the cursor to the end.
    mutating func killToEnd() { characters.removeSubrange(cursor...) }

    /// Ctrl-U: deletes from the start to the cursor.
    mutating func killToStart() {
        characters.removeSubrange(..<cursor)
        cursor = 0
    }

    mutating func replace(with text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// The word being typed just before the cursor (what tab completes):
    /// letters, digits, `_`, `:` (commands) and `-`.
    var wordBeforeCursor: String {
        var start = cursor
        while start > 0, Self.isWord(characters[start - 1]) || characters[start - 1] == ":" || characters[start - 1] == "-" { start -= 1 }
        return String(characters[start..<cursor])
    }

    static func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "_" }
}
