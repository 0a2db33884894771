/// Hedging and negation cues, and clause boundaries, shared by the rules.
enum Cues {
    static let hedges: Set<String> = ["may", "might", "could", "can", "potentially", "possibly", "possible", "perhaps", "likely",
                                      "suggest", "suggests", "suspected", "suspect", "appears", "appear"]
    static let negations: Set<String> = ["not", "no", "never", "neither", "nor", "cannot", "without", "n't", "none"]

    /// Whether token `index` negates: one of `negations`, or a contraction
    /// ending in "n't" (the flag is set when the sentence is read).
    static func isNegation(_ unit: SentenceUnit, _ index: Int) -> Bool { unit.wordInfo[index].flags.contains(.negation) }

    /// Whether any token in `range` hedges (one of `hedges`).
    static func hedged(_ unit: SentenceUnit, _ range: Range<Int>) -> Bool {
        range.clamped(to: 0..<unit.tokens.count).contains { unit.wordInfo[$0].flags.contains(.hedge) }
    }

    /// Whether a negation cue stands in `range` (the clause up to the cue).
    /// A leading answer particle ("No, it is ...") does not negate.
    static func negated(_ unit: SentenceUnit, _ range: Range<Int>) -> Bool {
        for index in range.clamped(to: 0..<unit.tokens.count) where isNegation(unit, index) {
            if index == unit.bodyStart, unit.tokens[index].key == "no", index + 1 < unit.tokens.count, unit.tokens[index + 1].key == "," { continue }
            return true
        }
        return false
    }

    /// Whether a negation stands within four words before the cue, with no
    /// comma or parenthesis between ("is not FDA-approved", "not expected to
    /// significantly inhibit").
    static func negatedNear(_ unit: SentenceUnit, _ cue: Int, clauseStart: Int) -> Bool {
        var index = cue - 1
        while index >= max(clauseStart, cue - 5) {
            let key = unit.tokens[index].key
            if key == "," || key == "(" || key == ")" { return false }
            if isNegation(unit, index) {
                if index == unit.bodyStart, key == "no", index + 1 < unit.tokens.count, unit.tokens[index + 1].key == "," { return false }
                return true
            }
            index -= 1
        }
        return false
    }

    static let clauseOpeners: Set<String> = ["while", "whereas", "which", "but", "so", "although", "however"]

    /// Clause ranges: split at ";" and at a comma before a word that starts
    /// a new clause ("while", "which", "but", "so", "whereas").
    static func clauses(_ unit: SentenceUnit) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // A label ("Upregulate dCK with Melatonin:") is a clause of its own.
        if unit.bodyStart > 1 { result.append(0..<(unit.bodyStart - 1)) }
        var start = unit.bodyStart
        let tokens = unit.tokens
        var index = start
        while index < tokens.count {
            // Only punctuation splits: words need no comparison.
            guard !tokens[index].isWord else { index += 1; continue }
            let key = tokens[index].key
            var split = key == ";" || key == "—" && index > start + 2
            if key == ",", index + 1 < tokens.count, unit.wordInfo[index + 1].flags.contains(.clauseOpener) {
                split = true
            }
            if split {
                if index > start { result.append(start..<index) }
                start = index + 1
            }
            index += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }
}
