/// The keys names are compared by, shared by the lexicon and the recogniser
/// so that both sides normalise alike.
///
/// ```swift
/// NameKey.key(of: "Acute Myeloid Leukaemia")   // "acute myeloid leukemia"
/// NameKey.key(of: "Bcl-x(L)") == NameKey.key(of: "BCL-XL")   // true
/// ```
enum NameKey {
    /// The case-insensitive key of a phrase: its tokens' keys joined by spaces.
    static func key(of phrase: String) -> String {
        Tokenizer.tokens(phrase).map(\.key).joined(separator: " ")
    }

    /// The case-sensitive key of a phrase (for abbreviations such as `ALL`).
    static func exactKey(of phrase: String) -> String {
        Tokenizer.tokens(phrase).map(\.exactKey).joined(separator: " ")
    }

    static let greekLetters: [Unicode.Scalar: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "λ": "lambda", "ε": "epsilon",
        "Α": "alpha", "Β": "beta", "Γ": "gamma", "Δ": "delta", "Κ": "kappa", "μ": "µ",
    ]

    /// The key of a plural's singular, when the last word looks plural
    /// (`infections` → `infection`, `therapies` → `therapy`).
    static func singular(_ key: String) -> String? {
        guard key.utf8.last == UInt8(ascii: "s"), key.utf8.count > 4, !key.hasSuffix("ss"), !key.hasSuffix("us"), !key.hasSuffix("is") else { return nil }
        if key.hasSuffix("ies") { return String(key.dropLast(3)) + "y" }
        if key.hasSuffix("ches") || key.hasSuffix("shes") || key.hasSuffix("xes") || key.hasSuffix("ses") { return String(key.dropLast(2)) }
        return String(key.dropLast())
    }
}
