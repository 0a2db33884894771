/// A word or punctuation mark of a sentence, with its place in the sentence.
///
/// `key` is the word as the lexicon compares it: lower-case, hyphens and
/// trade marks dropped, British spelling and Greek letters folded
/// (`Leukaemia` → `leukemia`, `Bcl-x(L)` → `bclxl`, `β-catenin` → `betacatenin`).
struct Token: Sendable, Hashable {
    /// The token as written.
    var text: String
    /// The comparison key (see above); punctuation is its own key.
    var key: String
    /// Case kept, hyphens dropped: the key of case-sensitive names (`ALL`).
    var exactKey: String
    /// Offsets in UTF-8 bytes within the sentence, half-open.
    var start: Int
    var end: Int
    var isWord: Bool

    /// The lower-cased text (hyphens kept), for cue words.
    var lower: String { text.lowercased() }
}
