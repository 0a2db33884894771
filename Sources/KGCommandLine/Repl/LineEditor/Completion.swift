/// Tab completion: the candidates that extend the word before the cursor,
/// and the longest text they all share.
///
/// ```swift
/// let completion = Completion(word: "add", candidates: ["addresses", "node", "adds"])
/// completion.matches        // ["adds", "addresses"]
/// completion.commonPrefix   // "add"
/// ```
struct Completion: Equatable {
    var word: String
    var matches: [String]

    init(word: String, candidates: [String]) {
        self.word = word
        matches = word.isEmpty ? [] : Array(Set(candidates.filter { $0.hasPrefix(word) && $0 != word })).sorted()
    }

    /// What every match starts with (at least `word`).
    var commonPrefix: String {
        guard var prefix = matches.first.map(Array.init) else { return word }
        for match in matches.dropFirst() {
            let characters = Array(match)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length] { length += 1 }
            prefix = Array(prefix[..<length])
        }
        return String(prefix)
    }

    /// The text to insert at the cursor: the rest of the common prefix.
    var insertion: String { String(commonPrefix.dropFirst(word.count)) }
}
