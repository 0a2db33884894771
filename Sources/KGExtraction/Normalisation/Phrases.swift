import KGGraph

/// Noun phrases read from list items and bare lists, where the object is a
/// phrase rather than a known name: "skin rash on hands and feet",
/// "severe renal/hepatic impairment" (two conditions), "cardiac effects
/// (e.g., tachycardia, pericardial effusion)" (a group and its members).
enum Phrases {
    /// Words that end a phrase: what follows qualifies it.
    static let cutters: Set<String> = ["where", "which", "that", "when", "if", "because", "due", "including", "such", "e.g", "eg",
                                       "although", "while", "whereas", "—", ":", ";", "(", "[", "unless", "during", "after", "before", "at"]
    /// Heads of phrases that name a group, not an event ("liver problems").
    static let vagueHeads: Set<String> = ["problem", "problems", "issue", "issues", "effect", "effects", "count", "counts",
                                          "complication", "complications", "change", "changes", "disorders", "events", "risk", "risks"]
    static let joiners: Set<String> = ["and", "or", "&", "as", "well"]

    /// Splits `range` at top-level commas and semicolons (outside
    /// parentheses), dropping leading "and"/"or".
    static func chunks(_ tokens: [Token], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var depth = 0
        var start = range.lowerBound
        // Only punctuation opens, closes or splits: words need no comparison.
        for index in range where !tokens[index].isWord {
            let key = tokens[index].key
            if key == "(" || key == "[" { depth += 1 }
            if key == ")" || key == "]" { depth = max(0, depth - 1) }
            if depth == 0 && (key == "," || key == ";") {
                if index > start { result.append(start..<index) }
                start = index + 1
            }
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result.compactMap { chunk in
            var lower = chunk.lowerBound
            while lower < chunk.upperBound, joiners.contains(tokens[lower].key) || tokens[lower].key == "." { lower += 1 }
            var upper = chunk.upperBound
            while upper > lower, [".", ",", "!"].contains(tokens[upper - 1].key) { upper -= 1 }
            return lower < upper ? lower..<upper : nil
        }
    }

    /// The head of a chunk: up to the first cutter (outside nothing).
    static func head(_ tokens: [Token], _ range: Range<Int>) -> Range<Int> {
        var end = range.lowerBound
        while end < range.upperBound, !cutters.contains(tokens[end].key) { end += 1 }
        // "in some patients", "in a high proportion" qualify the phrase.
        if let qualifier = (range.lowerBound..<end).first(where: { tokens[$0].key == "in" && $0 + 1 < end && ["some", "a", "most", "many", "patients", "children", "adults", "up"].contains(tokens[$0 + 1].key) }) {
            end = qualifier
        }
        return range.lowerBound..<end
    }

    /// The parenthesis right after a head, as a token range inside it.
    static func parenthesis(_ tokens: [Token], after head: Range<Int>, within range: Range<Int>) -> Range<Int>? {
        guard head.upperBound < range.upperBound, tokens[head.upperBound].key == "(" else { return nil }
        guard let close = (head.upperBound..<range.upperBound).first(where: { tokens[$0].key == ")" }) else { return nil }
        return (head.upperBound + 1)..<close
    }

    /// The id of a free phrase: lower case, American spelling, no trade marks.
    static func id(_ tokens: [Token], _ range: Range<Int>) -> String {
        surfaceText(tokens, range.lowerBound, range.upperBound).lowercased()
            .split(separator: " ").map { Spelling.american(String($0)) }.joined(separator: " ")
    }

    static func isVague(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let last = range.last else { return true }
        return vagueHeads.contains(tokens[last].key)
    }

    /// "severe renal/hepatic impairment", "severe liver or kidney disease",
    /// "nephrotoxic or hepatotoxic drugs": one phrase per alternative, the
    /// shared words repeated. Otherwise the phrase itself.
    static func expandCoordination(_ tokens: [Token], _ range: Range<Int>) -> [String] {
        let words = Array(range)
        if let joint = words.firstIndex(where: { ["or", "and", "/"].contains(tokens[$0].key) }), joint > 0, joint + 1 < words.count {
            let before = words[..<joint], after = words[(joint + 1)...]
            // X A or B Y: A and B single words; the head Y follows B.
            if before.count >= 1, after.count >= 2 {
                let prefix = before.dropLast().map { tokens[$0].text }
                let first = tokens[before.last!].text
                let second = tokens[after.first!].text
                let tail = after.dropFirst().map { tokens[$0].text }
                if tail.count <= 3 {
                    return [(prefix + [first] + tail), (prefix + [second] + tail)].map { Spelling.american($0.joined(separator: " ").lowercased()) }
                }
            }
        }
        return [id(tokens, range)]
    }
}
