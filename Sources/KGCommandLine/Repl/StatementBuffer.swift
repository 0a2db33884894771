/// Gathers REPL lines until they make a whole statement: a rule, fact or
/// query ends at its `.` or `?` (outside strings and comments); a directive
/// (`.decl`, `.output`, ...) begun on an empty buffer ends with its line; a
/// `:command` is always one line.
///
/// ```swift
/// var buffer = StatementBuffer()
/// buffer.add("resisted(d) :-")                            // nil: more to come
/// buffer.add("  confers_resistance_to(_, d).")            // "resisted(d) :-\n  confers_resistance_to(_, d)."
/// ```
struct StatementBuffer {
    private(set) var lines: [String] = []

    var isEmpty: Bool { lines.isEmpty }

    /// Adds a line; returns the whole statement when it is complete.
    mutating func add(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if lines.isEmpty {
            if trimmed.isEmpty || trimmed.hasPrefix("//") { return nil }
            if trimmed.hasPrefix(":") || trimmed.hasPrefix(".") { return trimmed }
        }
        lines.append(line)
        let text = lines.joined(separator: "\n")
        guard Self.endsStatement(text) else { return nil }
        lines = []
        return text
    }

    mutating func clear() { lines = [] }

    /// Whether the last significant character (outside strings and comments) is `.` or `?`.
    static func endsStatement(_ text: String) -> Bool {
        var last: Character?
        var inString = false, escaped = false, inBlockComment = false
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if inBlockComment {
                if character == "*" && next == "/" { inBlockComment = false; index += 1 }
            } else if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                last = character
            } else if character == "/" && next == "/" {
                while index < characters.count && characters[index] != "\n" { index += 1 }
                continue
            } else if character == "/" && next == "*" {
                inBlockComment = true
                index += 1
            } else {
                if character == "\"" { inString = true }
                if !character.isWhitespace { last = character }
            }
            index += 1
        }
        return !inString && !inBlockComment && (last == "." || last == "?")
    }
}
