/// Splits a sentence into word and punctuation tokens.
///
/// Words keep inner hyphens, apostrophes and short inner parentheses
/// (`5'-triphosphate`, `Bcl-x(L)`), lose a possessive `'s`, and give up a
/// trailing relational suffix as its own token (`clofarabine-induced` →
/// `clofarabine` `-induced`), so that the name before it is recognised.
enum Tokenizer {
    /// Suffixes split off a hyphenated word: `X-mediated`, `X-induced`, ...
    static let relationalSuffixes: Set<String> = [
        "mediated", "induced", "dependent", "resistant", "resistance", "sensitive", "positive", "negative", "related",
        "associated", "driven", "targeted", "based", "like", "containing", "treated", "refractory", "expressing",
        "deficient", "specific", "independent", "naive", "naïve", "exposed", "selective", "inhibitor", "inhibitors",
    ]

    static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if isSpace(scalar) || isMark(scalar) { index += 1; continue }
            if !isWordScalar(scalar) {
                let text = String(scalar)
                let key = dashes.contains(scalar) ? "—" : text
                tokens.append(Token(text: text, key: key, exactKey: key, start: index, end: index + 1, isWord: false))
                index += 1
                continue
            }
            let start = index
            var end = index
            while end < count {
                let current = scalars[end]
                if isWordScalar(current) { end += 1; continue }
                let next = end + 1 < count ? scalars[end + 1] : " "
                if (current == "-" || current == "‐" || current == "'" || current == "’" || current == ".") && isWordScalar(next) && end > start {
                    // A possessive 's ends the word: "cytarabine's".
                    if (current == "'" || current == "’") && (next == "s" || next == "S") && (end + 2 >= count || !isWordScalar(scalars[end + 2])) {
                        break
                    }
                    // A dot only inside numbers: "0.15".
                    if current == "." && !(isDigit(scalars[end - 1]) && isDigit(next)) { break }
                    end += 1
                    continue
                }
                // Bcl-x(L): a one-to-three letter parenthesis glued to a word.
                if current == "(" && end > start {
                    var close = end + 1
                    while close < count && close - end <= 4 && isAlnum(scalars[close]) { close += 1 }
                    if close < count && scalars[close] == ")" && close > end + 1 && close - end <= 4
                        && (close + 1 >= count || !isWordScalar(scalars[close + 1])) && !isDigit(scalars[end + 1]) {
                        end = close + 1
                        continue
                    }
                }
                break
            }
            appendWord(scalars, start, end, into: &tokens)
            index = end
            // Skip a possessive 's.
            if index + 1 < count, scalars[index] == "'" || scalars[index] == "’", scalars[index + 1] == "s" || scalars[index + 1] == "S" {
                index += 2
            }
        }
        return tokens
    }

    private static func appendWord(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, into tokens: inout [Token]) {
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        var wordEnd = end
        var suffix: Token?
        if let dash = text.lastIndex(where: { $0 == "-" || $0 == "‐" }) {
            let tail = text[text.index(after: dash)...].lowercased()
            if relationalSuffixes.contains(tail) && dash > text.startIndex {
                let tailStart = start + text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: dash.samePosition(in: text.unicodeScalars)!)
                let suffixText = String(text[dash...])
                suffix = Token(text: suffixText, key: "-" + tail, exactKey: "-" + tail, start: tailStart, end: end, isWord: true)
                text = String(text[..<dash])
                wordEnd = tailStart
            }
        }
        tokens.append(Token(text: text, key: NameKey.wordKey(text), exactKey: NameKey.exactWordKey(text), start: start, end: wordEnd, isWord: true))
        if let suffix { tokens.append(suffix) }
    }

    static let dashes: Set<Unicode.Scalar> = ["—", "–", "−"]

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{00A0}" || s == "\u{2009}" || s == "\u{202F}"
    }
    /// Marks dropped entirely: trade marks, markdown emphasis, zero-width characters.
    @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool {
        s == "®" || s == "™" || s == "*" || s == "_" || s == "`" || s == "\u{200B}" || s == "\u{FEFF}" || s == "\\"
    }
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    @inline(__always) static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 48 && s.value <= 57) || (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122)
    }
    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return isAlnum(s) }
        return s.properties.isAlphabetic || s == "µ" || s == "μ"
    }
}
