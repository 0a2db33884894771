extension Diagnostic {
    /// The diagnostic as a compiler prints it: the place and message, the
    /// source line quoted with a caret under the column, then the hint and
    /// the notes (each with its own quoted line when it has a place in the
    /// same source).
    ///
    /// ```
    /// q.dl:3:12: error: relation 'inhibit' is not declared
    ///     3 | path(x) :- inhibit(x, y).
    ///       |            ^
    /// hint: did you mean 'inhibits'?
    /// ```
    ///
    /// `source` is the text of `location.file`; when the line is not in it
    /// (an empty string, a location from another file) only the first line
    /// is printed. The result has no trailing newline.
    public func rendered(source: String) -> String {
        rendered(sources: [location.file: source])
    }

    /// As `rendered(source:)`, with the texts of several files, so that a
    /// note can quote a line of another file.
    public func rendered(sources: [String: String]) -> String {
        var lines = [description]
        lines += Self.quote(location, in: sources[location.file])
        if let hint { lines.append("hint: \(hint)") }
        for note in notes {
            if let place = note.location {
                lines.append("\(place): note: \(note.message)")
                lines += Self.quote(place, in: sources[place.file])
            } else {
                lines.append("note: \(note.message)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The quoted line and the caret line, or nothing when the line is not in `source`.
    static func quote(_ location: SourceLocation, in source: String?) -> [String] {
        guard let source, let text = line(location.line, of: source) else { return [] }
        let number = String(location.line)
        let width = max(5, number.count + 1)
        let gutter = String(repeating: " ", count: width - number.count) + number
        // Keep tabs under tabs so the caret lines up whatever the tab width.
        var padding = ""
        for (index, scalar) in text.unicodeScalars.enumerated() where index < location.column - 1 {
            padding.append(scalar == "\t" ? "\t" : " ")
        }
        if location.column - 1 > text.unicodeScalars.count {
            padding += String(repeating: " ", count: location.column - 1 - text.unicodeScalars.count)
        }
        return [
            "\(gutter) | \(text)",
            "\(String(repeating: " ", count: width)) | \(padding)^",
        ]
    }

    /// Line `number` (1-based) of `source`, without its line ending.
    static func line(_ number: Int, of source: String) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = source.utf8.startIndex
        let utf8 = source.utf8
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: "\n") {
                if current == number { break }
                current += 1
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        guard current == number else { return nil }
        var text = String(source[start..<index])
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
