import Foundation

/// Lines entered before, oldest first, browsed with up and down, and kept
/// across sessions in a file (`~/.kg_history` by default), one entry per
/// line, the newest 1000.
///
/// ```swift
/// var history = History(file: NSHomeDirectory() + "/.kg_history")
/// history.add("addresses(C, M)?")
/// history.previous(current: "")   // "addresses(C, M)?"
/// try history.save()
/// ```
struct History {
    static let limit = 1000

    private(set) var entries: [String] = []
    let file: String?
    /// Where browsing is: `entries.count` means the line being typed.
    private var position = 0
    /// The line being typed when browsing started, given back at the bottom.
    private var draft = ""

    init(file: String?) {
        self.file = file
        if let file, let text = try? String(contentsOfFile: file, encoding: .utf8) {
            entries = text.split(separator: "\n").map(String.init).suffix(Self.limit).map { $0 }
        }
        position = entries.count
    }

    /// Adds a line (not an empty one, nor a repeat of the last) and resets browsing.
    mutating func add(_ line: String) {
        let entry = line.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        if !entry.isEmpty, entry != entries.last { entries.append(entry) }
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
        position = entries.count
        draft = ""
    }

    /// The entry before the one shown, or nil at the oldest.
    mutating func previous(current: String) -> String? {
        guard position > 0 else { return nil }
        if position == entries.count { draft = current }
        position -= 1
        return entries[position]
    }

    /// The entry after the one shown, the draft at the bottom, nil past it.
    mutating func next() -> String? {
        guard position < entries.count else { return nil }
        position += 1
        return position == entries.count ? draft : entries[position]
    }

    /// Writes the history file atomically; a history that cannot be saved is not worth failing a session for.
    func save() {
        guard let file else { return }
        let text = entries.suffix(Self.limit).joined(separator: "\n") + "\n"
        try? text.write(toFile: file, atomically: true, encoding: .utf8)
    }
}
