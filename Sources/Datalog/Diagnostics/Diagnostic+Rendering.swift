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
        var lines = SourceLineCache(sources: sources)
        return rendered(lines: &lines)
    }

    /// Rendering with a shared line index, so that rendering many
    /// diagnostics of one large file stays linear.
    func rendered(lines cache: inout SourceLineCache) -> String {
        var lines = [description]
        lines += Self.quote(location, line: cache.line(location.line, of: location.file))
        if let hint { lines.append("hint: \(hint)") }
        for note in notes {
            if let place = note.location {
                lines.append("\(place): note: \(note.message)")
                lines += Self.quote(place, line: cache.line(place.line, of: place.file))
            } else {
                lines.append("note: \(note.message)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The quoted line and the caret line, or nothing when the line is unknown.
    static func quote(_ location: SourceLocation, line text: String?) -> [String] {
        guard let text else { return [] }
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
}

/// The lines of each source, indexed on first use: line starts are found
/// once per file, then any line is a slice.
struct SourceLineCache {
    let sources: [String: String]
    private var starts: [String: [String.Index]] = [:]

    init(sources: [String: String]) { self.sources = sources }

    /// Line `number` (1-based) of `file`, without its line ending; nil when there is no such line.
    mutating func line(_ number: Int, of file: String) -> String? {
        guard let source = sources[file], number >= 1 else { return nil }
        if starts[file] == nil {
            var found = [source.utf8.startIndex]
            var index = source.utf8.startIndex
            while index != source.utf8.endIndex {
                let next = source.utf8.index(after: index)
                if source.utf8[index] == UInt8(ascii: "\n") { found.append(next) }
                index = next
            }
            starts[file] = found
        }
        let lineStarts = starts[file]!
        guard number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? source.utf8.index(before: lineStarts[number]) : source.utf8.endIndex
        if end > start, source.utf8[source.utf8.index(before: end)] == UInt8(ascii: "\r") { end = source.utf8.index(before: end) }
        return String(source[start..<end])
    }
}
