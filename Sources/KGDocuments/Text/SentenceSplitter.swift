/// Splits text into sentences, the unit evidence quotes.
///
/// A sentence ends at `.`, `!` or `?` (after any closing quotes, brackets and
/// reference markers such as `[4][5]`, which stay with the sentence they cite)
/// when white space and the start of a new sentence (a capital, a digit, an
/// opening quote or bracket) follow. It does not end after abbreviations
/// ("e.g.", "i.e.", "Dr.", "vs.", "approx.", initials), inside decimals
/// ("0.75"), units ("mg/m²", "× 10⁹/L") or before a lower-case word.
///
/// ```swift
/// let splitter = SentenceSplitter()
/// splitter.split("Dr. Lee gave 0.75 mg (e.g. daily). It worked.[4][5] Next.")
/// // ["Dr. Lee gave 0.75 mg (e.g. daily).", "It worked.[4][5]", "Next."]
/// ```
public struct SentenceSplitter: Sendable {
    /// Words that end in a period without ending a sentence (lower-cased,
    /// without their final period).
    public var abbreviations: Set<String>
    /// Abbreviations that end no sentence only when a number follows ("No. 5", "Fig. 2").
    public var numberAbbreviations: Set<String>

    public init() {
        abbreviations = [
            "e.g", "i.e", "eg", "ie", "dr", "drs", "mr", "mrs", "ms", "prof", "vs", "v", "approx", "ca", "cf",
            "al", "inc", "ltd", "co", "corp", "jr", "sr", "st", "mt", "resp", "incl", "esp", "viz", "min", "max",
            "avg", "est", "dept", "univ", "vol", "vols", "ed", "eds", "pp", "ref", "refs", "sec", "hr", "hrs",
            "wk", "wks", "cat", "ext", "tel", "approx", "mo", "mos", "yr", "yrs", "conc", "temp", "spp", "sp", "var", "ph.d", "m.d", "u.s",
        ]
        numberAbbreviations = ["no", "nos", "fig", "figs", "p", "tab", "eq", "ch", "art"]
    }

    /// The sentences of `text`, trimmed.
    public func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return sentenceRanges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The byte ranges of the sentences of UTF-8 `bytes`, trimmed of white space.
    public func sentenceRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = skipSpaces(bytes, from: 0)
        var index = start
        while index < bytes.count {
            // To the next `.`, `!` or `?`, without a bounds check per byte.
            index = bytes.withUnsafeBufferPointer { buffer in
                var index = index
                while index < buffer.count, buffer[index] != 0x2E, buffer[index] != 0x21, buffer[index] != 0x3F { index += 1 }
                return index
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            var end = index + 1
            while end < bytes.count, bytes[end] == byte { end += 1 }   // "?!", "..."
            end = skipClosers(bytes, from: end)
            end = skipReferenceMarkers(bytes, from: end)
            let next = skipSpaces(bytes, from: end)
            if next == bytes.count { break }
            let isBoundary = next > end
                && startsSentence(bytes, at: next)
                && !(byte == 0x2E && isAbbreviation(bytes, period: index, next: next))
            if isBoundary {
                ranges.append(start..<trimmedEnd(bytes, end))
                start = next
            }
            index = max(end, index + 1)
        }
        if start < bytes.count {
            let end = trimmedEnd(bytes, bytes.count)
            if end > start { ranges.append(start..<end) }
        }
        return ranges
    }

    private func skipSpaces(_ bytes: [UInt8], from index: Int) -> Int {
        var index = index
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
        return index
    }

    private func trimmedEnd(_ bytes: [UInt8], _ end: Int) -> Int {
        var end = end
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x09 { end -= 1 }
        return end
    }

    /// Past closing quotes and brackets: ) ] " ' * ’ ” ».
    private func skipClosers(_ bytes: [UInt8], from index: Int) -> Int {
        var index = index
        while index < bytes.count {
            switch bytes[index] {
            case 0x29, 0x22, 0x27, 0x2A: index += 1
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9D):
                index += 3
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xBB: index += 2
            default: return index
            }
        }
        return index
    }

    /// Past reference markers — `[4]`, `[4][5]`, `[4, 5]`, `[4-7]`, ` [1][18]` —
    /// which belong to the sentence before them.
    private func skipReferenceMarkers(_ bytes: [UInt8], from index: Int) -> Int {
        var end = index
        while true {
            var cursor = end
            if cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == 0x5B else { return end }
            cursor += 1
            var sawDigit = false
            while cursor < bytes.count, cursor - end < 40 {
                let byte = bytes[cursor]
                if (0x30...0x39).contains(byte) { sawDigit = true } else if !(byte == 0x2C || byte == 0x2D || byte == 0x20) { break }
                cursor += 1
            }
            guard sawDigit, cursor < bytes.count, bytes[cursor] == 0x5D else { return end }
            end = skipClosers(bytes, from: cursor + 1)
        }
    }

    /// Whether a sentence can start at `index`: an upper-case letter, a digit,
    /// or an opening quote or bracket.
    private func startsSentence(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) { return true }
        if byte == 0x28 || byte == 0x22 || byte == 0x27 || byte == 0x5B || byte == 0x2A { return true }
        if byte < 0x80 { return false }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isUppercase
            || scalar == "“" || scalar == "‘" || scalar == "«" || scalar == "¿" || scalar == "¡"
    }

    /// Whether the period at `period` ends an abbreviation rather than a sentence.
    private func isAbbreviation(_ bytes: [UInt8], period: Int, next: Int) -> Bool {
        var start = period
        while start > 0 {
            let byte = bytes[start - 1]
            if byte == 0x20 || byte == 0x28 || byte == 0x5B || byte == 0x22 || byte == 0x2F || byte == 0x0A { break }
            start -= 1
        }
        guard start < period else { return false }
        let word = String(decoding: bytes[start..<period], as: UTF8.self).lowercased()
        // "1." opening a text numbers it ("1. Melatonin overcomes…").
        if word.allSatisfy(\.isNumber), bytes[..<start].allSatisfy({ $0 == 0x20 }) { return true }
        if abbreviations.contains(word) { return true }
        let followedByNumber = (0x30...0x39).contains(bytes[next])
        if followedByNumber, numberAbbreviations.contains(word) { return true }
        // Initials ("J. Smith") and dotted abbreviations ("U.K.", "a.m.").
        if word.count == 1, word.first!.isLetter, word.first!.isUppercase || word == word.uppercased() {
            return bytes[start] >= 0x41 && bytes[start] <= 0x5A
        }
        let pieces = word.split(separator: ".")
        if pieces.count > 1, pieces.allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) }) { return true }
        return false
    }
}
