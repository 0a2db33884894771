/// A fixed list of ASCII stems, tested against a word all at once: the
/// answer of `prefixes.contains { word.startsWithASCII($0) }`, with the
/// word's bytes read once and most words turned away by their first byte.
///
/// Rules ask this of every token of a sentence ("overcome", "restore",
/// "reverse", ... opening a remedy), where ten `startsWithASCII` calls per
/// token cost more than the rest of the rule.
///
/// ```swift
/// let remedies = ASCIIPrefixes(["overcom", "restor"])
/// remedies.matches("overcomes")   // true
/// remedies.matches("over")        // false
/// ```
struct ASCIIPrefixes: Sendable {
    private let stems: [[UInt8]]
    private let texts: [String]
    /// The bytes that start some stem (all ASCII).
    private let firstBytes: ByteSet

    init(_ prefixes: [String]) {
        precondition(prefixes.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } }, "non-empty ASCII stems")
        texts = prefixes
        stems = prefixes.map { Array($0.utf8) }
        firstBytes = ByteSet(stems.map { $0[0] })
    }

    /// Whether `word` starts with one of the stems (as `startsWithASCII` answers).
    func matches(_ word: String) -> Bool {
        let answer: Bool? = word.withUTF8Bytes { bytes in
            guard let first = bytes.first, firstBytes.contains(first) else { return false }
            for stem in stems where bytes.count >= stem.count && bytes[0] == stem[0] {
                var index = 1
                while index < stem.count && bytes[index] == stem[index] { index += 1 }
                guard index == stem.count else { continue }
                // A non-ASCII byte after the stem may join it into another character.
                if bytes.count > stem.count && bytes[stem.count] >= 0x80 { return nil }
                return true
            }
            return false
        }
        return answer ?? texts.contains { word.startsWithASCII($0) }
    }
}
