import KGGraph

/// Unseen names recognised from their shape and context: INN stems for
/// drugs, gene-like symbols where a gene is expected, and development codes
/// where a compound is expected.
struct ShapeGuesser {
    let lexicon: Lexicon

    /// INN stems (WHO) of drug families used in blood cancers and beyond.
    static let innStems = [
        "citabine", "abine", "tuzumab", "ximab", "zumab", "umab", "mab", "tinib", "anib", "nib", "toclax", "clax", "zomib",
        "rubicin", "platin", "ciclib", "lisib", "parib", "taxel", "mustine", "trexed", "degib", "denib", "leucel", "tecan",
        "xantrone", "rafenib", "sertib", "stat", "fenib", "lutamide", "vedotin", "ozogamicin", "domide", "dronate", "conazole", "mycin", "floxacin",
    ]
    /// Words with a drug-like ending that are not drugs.
    static let notDrugs: Set<String> = ["combine", "ostat", "thermostat", "rheostat", "statistics", "nebstat", "cystat", "hemostat"]

    /// Words after which a gene is expected ("... ABCG2 expression").
    static let geneAfter: Set<String> = [
        "expression", "overexpression", "gene", "genes", "protein", "proteins", "level", "levels", "mrna", "activity", "-mediated",
        "-dependent", "inhibitor", "inhibitors", "inhibition", "knockdown", "mutation", "mutations", "upregulation", "downregulation",
        "amplification", "deletion", "-positive", "-negative", "-expressing", "-deficient", "signaling", "transcription", "phosphorylation",
    ]
    /// Words before which a gene is expected ("overexpression of MCL1").
    static let geneBefore: Set<String> = [
        "overexpression", "expression", "upregulation", "downregulation", "loss", "levels", "inhibition", "mutations", "mutation",
        "mutated", "amplification", "deletion", "knockdown", "silencing", "induction", "degradation", "stabilization", "activation",
        "inhibits", "inhibit", "inhibiting", "targets", "targeting", "blocks", "upregulates", "downregulates", "stabilizes", "activates",
    ]
    static let compoundBefore: Set<String> = ["inhibitor", "inhibitors", "compound", "agent", "antagonist", "degrader", "drug"]

    func guess(_ tokens: [Token], at index: Int) -> Mention? {
        guess(tokens, lexicon.wordInfo(for: tokens), at: index)
    }

    func guess(_ tokens: [Token], _ info: [WordInfo], at index: Int) -> Mention? {
        // Read in place: most words are rejected before any of their strings is needed.
        let length = tokens[index].key.utf8.count
        guard length >= 2, !info[index].flags.contains(.ignored) else { return nil }
        // The key is the lower-cased word; INN stems are checked on it first (a few byte comparisons).
        if length >= 7, Self.endsWithStem(tokens[index].key), isInnShaped(tokens[index].text.lowercased()) {
            let text = tokens[index].text
            return Mention(kind: .drug, id: text.lowercased(), surface: text, first: index, end: index + 1, source: .shape("inn-stem"))
        }
        let next: WordInfo.Flags = index + 1 < tokens.count ? info[index + 1].flags : []
        let previous: WordInfo.Flags = index >= 1 ? info[index - 1].flags : []
        if previous.contains(.compoundBefore) && isCodeShaped(tokens[index].text) {
            let text = tokens[index].text
            return Mention(kind: .drug, id: text, surface: text, first: index, end: index + 1, source: .shape("code"))
        }
        let afterOfOrIn = index >= 2 && info[index - 2].flags.contains(.geneBefore) && (tokens[index - 1].key == "of" || tokens[index - 1].key == "in")
        if (next.contains(.geneAfter) || previous.contains(.geneBefore) || afterOfOrIn) && isGeneShaped(tokens[index].text) {
            let text = tokens[index].text
            let symbol = String(text.uppercased().unicodeScalars.filter { $0 != "-" && $0 != "‐" })
            return Mention(kind: .gene, id: symbol, surface: text, first: index, end: index + 1, source: .shape("gene-context"))
        }
        return nil
    }

    /// The stems as bytes, grouped by their last byte: a word is compared,
    /// from its end, only with the stems ending as it does.
    static let stemBytes: [[UInt8]] = innStems.map { Array($0.utf8) }
    static let stemsEndingWith: [[Int]] = (0..<256).map { byte in stemBytes.indices.filter { stemBytes[$0].last == UInt8(byte) } }

    static func endsWithStem(_ key: String) -> Bool {
        key.withUTF8Bytes { bytes in
            guard let last = bytes.last else { return false }
            for stemIndex in stemsEndingWith[Int(last)] {
                let stem = stemBytes[stemIndex]
                guard bytes.count > stem.count else { continue }
                let offset = bytes.count - stem.count
                var matched = stem.count - 1
                while matched > 0 && bytes[offset + matched - 1] == stem[matched - 1] { matched -= 1 }
                if matched == 0 { return true }
            }
            return false
        }
    }

    func isInnShaped(_ lower: String) -> Bool {
        guard lower.unicodeScalars.count >= 7, lower.unicodeScalars.allSatisfy({ $0.properties.isLowercase }), !Self.notDrugs.contains(lower) else { return false }
        return Self.innStems.contains { lower.hasSuffix($0) && lower.count - $0.count >= 3 }
    }

    /// `ABT-199`, `C-82`, `S63845`, `AZD5991`: capitals then digits.
    func isCodeShaped(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index].properties.isUppercase { index += 1 }
        guard index >= 1, index <= 5 else { return false }
        if index < scalars.count, scalars[index] == "-" { index += 1 }
        let digitsStart = index
        while index < scalars.count, Tokenizer.isDigit(scalars[index]) { index += 1 }
        return index - digitsStart >= 2 && scalars.count - index <= 1
    }

    /// A symbol such as `NOXA`, `Mcl-1`, `dCK`, `hENT1`, `CD123`: letters
    /// and digits, with a capital past the first letter or a digit.
    func isGeneShaped(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 10, scalars[0].properties.isAlphabetic else { return false }
        var capitalsAfterFirst = 0, digits = 0
        for scalar in scalars.dropFirst() {
            if scalar.properties.isUppercase { capitalsAfterFirst += 1 }
            if Tokenizer.isDigit(scalar) { digits += 1 }
            if !(Tokenizer.isWordScalar(scalar) || scalar == "-") { return false }
        }
        if scalars[0].properties.isUppercase && capitalsAfterFirst == 0 && digits == 0 { return false }
        return capitalsAfterFirst >= 1 || digits >= 1
    }
}
