import Foundation

/// British to American spelling, word by word (`leukaemia` → `leukemia`,
/// `analogue` → `analog`, `tumour` → `tumor`), as the schema's ids are American.
enum Spelling {
    static let replacements: [(String, String)] = [
        ("leukaem", "leukem"), ("anaem", "anem"), ("haem", "hem"), ("oedem", "edem"), ("diarrhoe", "diarrhe"),
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

    private static func replaced(_ word: String) -> String {
        var result = word
        for (british, american) in replacements where result.has(british) {
            result = result.replacingOccurrences(of: british, with: american)
        }
        return result
    }

    /// A cheap byte test: only words with "ae", "oe", "ur", "is", "ph",
    /// "ue" or "ll" can need a replacement.
    static func mayBeBritish(_ word: String) -> Bool {
        var previous: UInt8 = 0
        for byte in word.utf8 {
            if (previous == UInt8(ascii: "a") || previous == UInt8(ascii: "o")) && byte == UInt8(ascii: "e") { return true }
            if previous == UInt8(ascii: "u") && byte == UInt8(ascii: "r") { return true }
            if previous == UInt8(ascii: "i") && (byte == UInt8(ascii: "s")) { return true }
            if previous == UInt8(ascii: "p") && byte == UInt8(ascii: "h") { return true }
            if previous == UInt8(ascii: "u") && byte == UInt8(ascii: "e") { return true }
            if previous == UInt8(ascii: "l") && byte == UInt8(ascii: "l") { return true }
            previous = byte
        }
        return false
    }
}
