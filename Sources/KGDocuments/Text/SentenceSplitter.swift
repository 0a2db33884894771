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
    public var abbreviations: Set<String> { didSet { longestAbbreviation = SentenceSplitter.longest(abbreviations, numberAbbreviations) } }
    /// Abbreviations that end no sentence only when a number follows ("No. 5", "Fig. 2").
    public var numberAbbreviations: Set<String> { didSet { longestAbbreviation = SentenceSplitter.longest(abbreviations, numberAbbreviations) } }
    /// UTF-8 length of the longest word in either set: a longer word before a
    /// period is no abbreviation, known without making a String of it.
    private var longestAbbreviation = 0

    /// The splitter with the default abbreviations, shared by the readers:
    /// making one builds its word sets, a cost per page otherwise.
    static let standard = SentenceSplitter()

    public init() {
        abbreviations = [
            "e.g", "i.e", "eg", "ie", "dr", "drs", "mr", "mrs", "ms", "prof", "vs", "v", "approx", "ca", "cf",
            "al", "inc", "ltd", "co", "corp", "jr", "sr", "st", "mt", "resp", "incl", "esp", "viz", "min", "max",
            "avg", "est", "dept", "univ", "vol", "vols", "ed", "eds", "pp", "ref", "refs", "sec", "hr", "hrs",
            "wk", "wks", "cat", "ext", "tel", "approx", "mo", "mos", "yr", "yrs", "conc", "temp", "spp", "sp", "var", "ph.d", "m.d", "u.s",
        ]
        numberAbbreviations = ["no", "nos", "fig", "figs", "p", "tab", "eq", "ch", "art"]
        longestAbbreviation = SentenceSplitter.longest(abbreviations, numberAbbreviations)
    }

    private static func longest(_ first: Set<String>, _ second: Set<String>) -> Int {
        max(first.lazy.map(\.utf8.count).max() ?? 0, second.lazy.map(\.utf8.count).max() ?? 0)
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
            index = SentenceSplitter.nextTerminator(bytes, from: index)
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

    /// The index of the next `.`, `!` or `?` at or after `index` (or the end):
    /// eight bytes at a time while none of them is one.
    @inline(__always)
    static func nextTerminator(_ bytes: [UInt8], from index: Int) -> Int {
        bytes.withUnsafeBytes { buffer in
            var index = index
            let count = buffer.count
            while index + 8 <= count {
                let word = buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // A zero byte in word ^ pattern marks that byte (the classic
                // test: it may flag a word wrongly, never misses one).
                if hasZeroByte(word ^ 0x2E2E_2E2E_2E2E_2E2E) || hasZeroByte(word ^ 0x2121_2121_2121_2121)
                    || hasZeroByte(word ^ 0x3F3F_3F3F_3F3F_3F3F) { break }
                index += 8
            }
            while index < count, buffer[index] != 0x2E, buffer[index] != 0x21, buffer[index] != 0x3F { index += 1 }
            return index
        }
    }

    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
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
        if let answer = isASCIIAbbreviation(bytes, start: start, period: period, next: next) { return answer }
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

    /// What ``isAbbreviation(_:period:next:)`` answers for a word of ASCII
    /// bytes, found without a String for most words (nil for other words):
    /// lower-casing ASCII changes no length, no ASCII character is a number but
    /// a digit, and a one-letter ASCII word never passes the initials test
    /// (its lower-cased letter is neither upper case nor its own upper case).
    private func isASCIIAbbreviation(_ bytes: [UInt8], start: Int, period: Int, next: Int) -> Bool? {
        bytes.withUnsafeBufferPointer { buffer -> Bool? in
            var allDigits = true
            var hasDot = false
            for index in start..<period {
                let byte = buffer[index]
                if byte >= 0x80 { return nil }
                if byte < 0x30 || byte > 0x39 { allDigits = false }
                if byte == 0x2E { hasDot = true }
            }
            if allDigits, buffer[..<start].allSatisfy({ $0 == 0x20 }) { return true }
            if period - start <= longestAbbreviation {
                let word = String(decoding: buffer[start..<period], as: UTF8.self).lowercased()
                if abbreviations.contains(word) { return true }
                if (0x30...0x39).contains(buffer[next]), numberAbbreviations.contains(word) { return true }
            }
            guard hasDot else { return false }
            // Dotted abbreviations ("U.K.", "a.m."): two or more pieces between
            // dots, each of one or two letters.
            var pieces = 0
            var length = 0
            for index in start...period {
                let byte = index < period ? buffer[index] : 0x2E
                if byte == 0x2E {
                    if length > 0 { pieces += 1 }
                    length = 0
                    continue
                }
                let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                guard isLetter else { return false }
                length += 1
                if length > 2 { return false }
            }
            return pieces > 1
        }
    }
}
