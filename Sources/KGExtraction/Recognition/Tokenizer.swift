/// Splits a sentence into word and punctuation tokens, over its UTF-8
/// bytes (an ASCII fast path; other scalars are decoded as met).
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

    /// One decoded scalar and its byte length.
    @inline(__always) static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        if index + length > bytes.count { length = 1 }
        var value: UInt32
        switch length {
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        case 4: value = UInt32(lead & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    static func tokens(_ text: String) -> [Token] {
        text.withUTF8Bytes { bytes in tokens(bytes) }
    }

    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 1)
        // Read once per sentence: a global's every use checks that it is initialised.
        let punctuationTexts = asciiTexts
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            // ASCII (most bytes): its class from two bit masks, a punctuation mark's text shared.
            if lead < 0x80 && !isASCIIWordByte(lead) {
                if !isASCIIDroppedByte(lead) {
                    let text = punctuationTexts[Int(lead)]
                    tokens.append(Token(text: text, key: text, exactKey: text, start: index, end: index + 1, isWord: false))
                }
                index += 1
                continue
            }
            let (current, length) = lead < 0x80 ? (Unicode.Scalar(lead), 1) : scalar(bytes, index)
            if isSpace(current) || isMark(current) { index += length; continue }
            if !isWordScalar(current) {
                let text = String(current)
                let key = isDash(current) ? "—" : text
                tokens.append(Token(text: text, key: key, exactKey: key, start: index, end: index + length, isWord: false))
                index += length
                continue
            }
            let start = index
            var end = index + length
            // The word's last hyphen: only a joined one can be inside it.
            var lastHyphen = start
            while end < count {
                // Letters and digits run on without decoding.
                if isASCIIWordByte(bytes[end]) { end += 1; continue }
                let (here, hereLength) = scalar(bytes, end)
                if isWordScalar(here) { end += hereLength; continue }
                let nextIndex = end + hereLength
                let next: Unicode.Scalar = nextIndex < count ? scalar(bytes, nextIndex).0 : " "
                if here == "-" || here == "‐" || here == "'" || here == "’" || here == "." , isWordScalar(next) {
                    if (here == "'" || here == "’") && (next == "s" || next == "S") {
                        let after = nextIndex + 1
                        if after >= count || !isWordScalar(scalar(bytes, after).0) { break }
                    }
                    if here == "." && !(isDigit(scalar(bytes, end - 1).0) && isDigit(next)) { break }
                    if here == "-" { lastHyphen = end }
                    end = nextIndex
                    continue
                }
                // Bcl-x(L): a one-to-three letter parenthesis glued to a word.
                if here == "(" {
                    var close = end + 1
                    while close < count && close - end <= 4 && bytes[close] < 0x80 && isAlnum(Unicode.Scalar(bytes[close])) { close += 1 }
                    if close < count && bytes[close] == UInt8(ascii: ")") && close > end + 1 && close - end <= 4
                        && (close + 1 >= count || !isWordScalar(scalar(bytes, close + 1).0)) && !isDigit(Unicode.Scalar(bytes[end + 1])) {
                        end = close + 1
                        continue
                    }
                }
                break
            }
            appendWord(bytes, start, end, lastHyphen: lastHyphen, into: &tokens)
            index = end
            // Skip a possessive 's.
            if index + 1 < count {
                let (mark, markLength) = scalar(bytes, index)
                if (mark == "'" || mark == "’"), index + markLength < count, bytes[index + markLength] == UInt8(ascii: "s") || bytes[index + markLength] == UInt8(ascii: "S") {
                    index += markLength + 1
                }
            }
        }
        return tokens
    }

    /// `lastHyphen`: the offset of the word's last "-" (`start` when it has none).
    private static func appendWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lastHyphen: Int, into tokens: inout [Token]) {
        var wordEnd = end
        // A trailing "-mediated", "-induced", ...: split off.
        let dash = lastHyphen
        if dash > start && end - dash - 1 >= 4 && end - dash - 1 <= 12 {
            let tail = String(decoding: UnsafeBufferPointer(rebasing: bytes[(dash + 1)..<end]), as: UTF8.self).lowercased()
            if relationalSuffixes.contains(tail) {
                wordEnd = dash
                let word = UnsafeBufferPointer(rebasing: bytes[start..<wordEnd])
                tokens.append(makeWord(word, start: start))
                let suffixText = String(decoding: UnsafeBufferPointer(rebasing: bytes[dash..<end]), as: UTF8.self)
                tokens.append(Token(text: suffixText, key: "-" + tail, exactKey: "-" + tail, start: dash, end: end, isWord: true))
                return
            }
        }
        tokens.append(makeWord(UnsafeBufferPointer(rebasing: bytes[start..<wordEnd]), start: start))
    }

    private static func makeWord(_ word: UnsafeBufferPointer<UInt8>, start: Int) -> Token {
        if let token = asciiWord(word, start: start) { return token }
        let text = String(decoding: word, as: UTF8.self)
        var key: [UInt8] = []
        var exact: [UInt8] = []
        key.reserveCapacity(word.count)
        exact.reserveCapacity(word.count)
        var index = 0
        var ascii = true
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"): break
                case UInt8(ascii: "'"): key.append(byte); exact.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte + 32); exact.append(byte)
                default: key.append(byte); exact.append(byte)
                }
                index += 1
                continue
            }
            ascii = false
            let (value, length) = scalar(word, index)
            index += length
            if value == "‐" { continue }
            if value == "’" { key.append(UInt8(ascii: "'")); exact.append(UInt8(ascii: "'")); continue }
            if let greek = NameKey.greekLetters[value] {
                key.append(contentsOf: greek.utf8)
                exact.append(contentsOf: greek.utf8)
                continue
            }
            exact.append(contentsOf: String(value).utf8)
            key.append(contentsOf: String(value).lowercased().utf8)
        }
        var keyText = String(decoding: key, as: UTF8.self)
        if !ascii || Spelling.mayBeBritish(keyText) { keyText = Spelling.american(keyText) }
        return Token(text: text, key: keyText, exactKey: String(decoding: exact, as: UTF8.self), start: start, end: start + word.count, isWord: true)
    }

    /// An all-ASCII word (most words): its keys written straight into
    /// strings, short ones without any allocation, and shared with the text
    /// when equal.
    private static func asciiWord(_ word: UnsafeBufferPointer<UInt8>, start: Int) -> Token? {
        var dropped = 0, capitals = 0
        for byte in word {
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") { dropped += 1 }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { capitals += 1 }
        }
        let text = String(decoding: word, as: UTF8.self)
        // Most words: lower case, nothing dropped; the key is the text.
        if dropped == 0 && capitals == 0 {
            let key = Spelling.mayBeBritish(bytes: word) ? Spelling.american(text) : text
            return Token(text: text, key: key, exactKey: text, start: start, end: start + word.count, isWord: true)
        }
        func kept(lowering: Bool) -> String {
            String(unsafeUninitializedCapacity: word.count - dropped) { buffer in
                var count = 0
                for byte in word where byte != UInt8(ascii: "-") && byte != UInt8(ascii: "(") && byte != UInt8(ascii: ")") {
                    buffer[count] = lowering && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                    count += 1
                }
                return count
            }
        }
        let exact = dropped == 0 ? text : kept(lowering: false)
        var key = capitals == 0 ? exact : kept(lowering: true)
        if Spelling.mayBeBritish(key) { key = Spelling.american(key) }
        return Token(text: text, key: key, exactKey: exact, start: start, end: start + word.count, isWord: true)
    }

    /// An ASCII letter or digit (`isWordScalar` of an ASCII byte), by bit
    /// mask: a constant, where a table would be a global to look up.
    @inline(__always) static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        // Digits are bits 48-57 of the low word; A-Z bits 1-26 and a-z bits 33-58 of the high one.
        byte < 64 ? (0x03FF_0000_0000_0000 as UInt64) >> UInt64(byte) & 1 != 0
            : byte < 128 && (0x07FF_FFFE_07FF_FFFE as UInt64) >> UInt64(byte - 64) & 1 != 0
    }

    /// An ASCII byte the tokenizer drops (`isSpace` or `isMark`): tab, line
    /// feed, carriage return, space, `*` (low word); `\`, `_`, backquote (high word).
    @inline(__always) static func isASCIIDroppedByte(_ byte: UInt8) -> Bool {
        byte < 64 ? (1 << 9 | 1 << 10 | 1 << 13 | 1 << 32 | 1 << 42 as UInt64) >> UInt64(byte) & 1 != 0
            : byte < 128 && (1 << 28 | 1 << 31 | 1 << 32 as UInt64) >> UInt64(byte - 64) & 1 != 0
    }

    /// Each ASCII byte as a one-character string (the text of a punctuation token).
    static let asciiTexts: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    static let dashes: Set<Unicode.Scalar> = ["—", "–", "−"]
    /// One of `dashes`, without hashing (asked of every punctuation mark).
    @inline(__always) static func isDash(_ s: Unicode.Scalar) -> Bool { s == "—" || s == "–" || s == "−" }

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
        return s == "µ" || s == "μ" || s.properties.isAlphabetic
    }
}
