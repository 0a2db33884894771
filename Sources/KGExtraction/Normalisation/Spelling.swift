/// British to American spelling, word by word (`leukaemia` → `leukemia`,
/// `analogue` → `analog`, `tumour` → `tumor`), as the schema's ids are American.
enum Spelling {
    static let replacements: [(String, String)] = [
        ("leukaem", "leukem"), ("anaem", "anem"), ("paenia", "penia"), ("aemia", "emia"), ("haem", "hem"), ("oedem", "edem"), ("diarrhoe", "diarrhe"),
        ("tumour", "tumor"), ("paediatr", "pediatr"), ("oesophag", "esophag"), ("analogue", "analog"),
        ("signalling", "signaling"), ("randomis", "randomiz"), ("behaviour", "behavior"), ("oestrogen", "estrogen"),
        ("foetal", "fetal"), ("sulph", "sulf"), ("isation", "ization"), ("ischaem", "ischem"), ("aemia", "emia"),
        ("colour", "color"), ("favour", "favor"), ("tumours", "tumors"), ("orthopaed", "orthoped"), ("caesar", "cesar"),
        ("haemorrhag", "hemorrhag"), ("oestr", "estr"), ("coeliac", "celiac"), ("apnoea", "apnea"), ("dyspnoea", "dyspnea"),
        ("sensitis", "sensitiz"), ("stabilis", "stabiliz"), ("metabolis", "metaboliz"), ("characteris", "characteriz"),
        ("utilis", "utiliz"), ("hospitalis", "hospitaliz"), ("organis", "organiz"), ("recognis", "recogniz"),
        ("optimis", "optimiz"), ("minimis", "minimiz"), ("neutralis", "neutraliz"), ("hypersensitis", "hypersensitiz"),
    ]

    /// The American spelling of a lower-case word or phrase.
    static func american(_ word: String) -> String {
        guard mayBeBritish(word) else { return word }
        return replaced(word)
    }

    /// Every British spelling, found in one pass (`PhraseScanner`).
    static let scanner = PhraseScanner(replacements.map(\.0))

    private static func replaced(_ word: String) -> String {
        // Most words that pass `mayBeBritish` ("disease", "fatigue") hold no
        // British spelling at all: then no replacement can apply.
        var found = scanner.scan(word)
        guard found.low != 0 || found.high != 0 else { return word }
        var result = word
        // `found` answers `result.has(british)` for every replacement at
        // once; it is scanned again after each change of the result.
        for (number, (british, american)) in replacements.enumerated() where found.contains(number) {
            result = result.replacingEvery(british, with: american)
            found = scanner.scan(result)
        }
        return result
    }

    /// A cheap byte test: only words with "ae", "oe", "our", "ogue",
    /// "lling", "ulph" or "is" before a vowel can need a replacement.
    static func mayBeBritish(_ word: String) -> Bool {
        word.withUTF8Bytes { mayBeBritish(bytes: $0) }
    }

    static func mayBeBritish(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 4 else { return false }
        // Dispatch on the second letter of the pair: most bytes are none of
        // e, l, p, s, u (one bit each in a mask over 0x60...0x7F).
        let secondLetters: UInt32 = 1 << (0x65 - 0x60) | 1 << (0x6C - 0x60) | 1 << (0x70 - 0x60) | 1 << (0x73 - 0x60) | 1 << (0x75 - 0x60)
        for index in 1..<bytes.count {
            let byte = bytes[index]
            let offset = byte &- 0x60
            guard offset < 32, secondLetters >> UInt32(offset) & 1 != 0 else { continue }
            let previous = bytes[index - 1]
            let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch byte {
            case UInt8(ascii: "e"): if previous == UInt8(ascii: "a") || previous == UInt8(ascii: "o") { return true }
            case UInt8(ascii: "u"):
                if previous == UInt8(ascii: "o") && next == UInt8(ascii: "r") { return true }
                if previous == UInt8(ascii: "g") && next == UInt8(ascii: "e") { return true }
            case UInt8(ascii: "l"): if previous == UInt8(ascii: "l") && next == UInt8(ascii: "i") { return true }
            case UInt8(ascii: "p"): if previous == UInt8(ascii: "l") && next == UInt8(ascii: "h") { return true }
            default: // "s"
                if previous == UInt8(ascii: "i") && (next == UInt8(ascii: "a") || next == UInt8(ascii: "e") || next == UInt8(ascii: "i")) { return true }
            }
        }
        return false
    }
}

extension String {
    /// Every occurrence of `target` replaced, left to right, over UTF-8
    /// bytes (a match of valid UTF-8 always starts and ends on scalars).
    func replacingEvery(_ target: String, with replacement: String) -> String {
        let source = Array(utf8), pattern = Array(target.utf8), substitute = Array(replacement.utf8)
        guard !pattern.isEmpty, source.count >= pattern.count else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            if index + pattern.count <= source.count && source[index..<(index + pattern.count)].elementsEqual(pattern) {
                result.append(contentsOf: substitute)
                index += pattern.count
            } else {
                result.append(source[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
