import KGGraph

extension Lexicon {
    mutating func buildIndexes() {
        index = [:]
        exactIndex = [:]
        longestByFirstKey = [:]
        longestByFirstExactKey = [:]
        for (position, entry) in entries.enumerated() {
            for name in entry.names {
                let tokens = Tokenizer.tokens(name.text)
                guard let first = tokens.first else { continue }
                let hit = Hit(entry: position, role: name.role)
                if name.role == .abbreviation || name.role == .exact {
                    let key = tokens.map(\.exactKey).joined(separator: " ")
                    if !(exactIndex[key]?.contains { $0.entry == position } ?? false) { exactIndex[key, default: []].append(hit) }
                    longestByFirstExactKey[first.exactKey] = max(longestByFirstExactKey[first.exactKey] ?? 0, tokens.count)
                } else {
                    let key = tokens.map(\.key).joined(separator: " ")
                    if !(index[key]?.contains { $0.entry == position } ?? false) { index[key, default: []].append(hit) }
                    longestByFirstKey[first.key] = max(longestByFirstKey[first.key] ?? 0, tokens.count)
                }
            }
        }
    }

    /// The entries a surface name may mean (case-insensitive names first,
    /// then case-sensitive ones), without duplicates.
    public func entries(named surface: String) -> [LexiconEntry] {
        let tokens = Tokenizer.tokens(surface)
        var hits = index[tokens.map(\.key).joined(separator: " ")] ?? []
        hits += exactIndex[tokens.map(\.exactKey).joined(separator: " ")] ?? []
        var seen: Set<Int> = []
        return hits.filter { seen.insert($0.entry).inserted }.map { entries[$0.entry] }
    }

    /// Whether a word is on the lexicon's ignore list (never an unseen name).
    func isIgnored(_ token: Token) -> Bool { ignoredKeys.contains(token.key) }

    mutating func buildWordInfo() {
        var info: [String: WordInfo] = [:]
        for (key, longest) in longestByFirstKey { info[key, default: WordInfo()].longest = UInt8(min(longest, 255)) }
        for key in ignoredKeys { info[key, default: WordInfo()].flags.insert(.ignored) }
        for key in ShapeGuesser.geneAfter { info[key, default: WordInfo()].flags.insert(.geneAfter) }
        for key in ShapeGuesser.geneBefore { info[key, default: WordInfo()].flags.insert(.geneBefore) }
        for key in ShapeGuesser.compoundBefore { info[key, default: WordInfo()].flags.insert(.compoundBefore) }
        for key in Cues.hedges { info[key, default: WordInfo()].flags.insert(.hedge) }
        for key in Cues.negations { info[key, default: WordInfo()].flags.insert(.negation) }
        for key in Cues.clauseOpeners { info[key, default: WordInfo()].flags.insert(.clauseOpener) }
        for key in CautionRules.togetherVerbs { info[key, default: WordInfo()].flags.insert(.togetherVerb) }
        for key in IndicationRules.indicationWords { info[key, default: WordInfo()].flags.insert(.indicationWord) }
        // Plurals whose singular ends a name: only these are worth a singular probe.
        let lastWords = Set(index.keys.map { $0.split(separator: " ").last.map(String.init) ?? $0 })
        for word in lastWords {
            var plurals = [word + "s", word + "es"]
            if word.hasSuffix("y") { plurals.append(String(word.dropLast()) + "ies") }
            for plural in plurals where NameKey.singular(plural) == word {
                info[plural, default: WordInfo()].flags.insert(.pluralOfNameEnd)
            }
        }
        wordInfo = info
    }

    /// The information on each token of a sentence (one probe per token).
    func wordInfo(for tokens: [Token]) -> [WordInfo] {
        // By index, reading each token in place: `map` would copy every token (three strings).
        var infos: [WordInfo] = []
        infos.reserveCapacity(tokens.count)
        for index in tokens.indices {
            guard tokens[index].isWord else { infos.append(WordInfo()); continue }
            var info = wordInfoTable[tokens[index].key] ?? WordInfo()
            // Contractions negate whatever their verb ("doesn't", "won't").
            if tokens[index].key.lastByte == UInt8(ascii: "t"), tokens[index].key.hasSuffix("n't") { info.flags.insert(.negation) }
            infos.append(info)
        }
        return infos
    }

    /// Entries of one kind, for tests and summaries.
    public func entries(of kind: NodeKind) -> [LexiconEntry] { entries.filter { $0.kind == kind } }
}

/// What the lexicon and the shape rules know about one word key.
struct WordInfo: Sendable {
    /// The longest name (in tokens) starting with this word; 0 when none.
    var longest: UInt8 = 0
    var flags: Flags = []

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let ignored = Flags(rawValue: 1)
        /// A gene is expected before this word ("... expression").
        static let geneAfter = Flags(rawValue: 2)
        /// A gene is expected after this word ("overexpression of ...").
        static let geneBefore = Flags(rawValue: 4)
        /// A compound code is expected after this word ("inhibitor C-82").
        static let compoundBefore = Flags(rawValue: 8)
        /// The rules' cues (`Cues`): a hedge, a negation, a word opening a clause after a comma.
        static let hedge = Flags(rawValue: 16)
        static let negation = Flags(rawValue: 32)
        static let clauseOpener = Flags(rawValue: 64)
        /// The word's singular (`NameKey.singular`) is the last word of a case-insensitive name.
        static let pluralOfNameEnd = Flags(rawValue: 128)
        /// A verb of giving drugs together (`CautionRules.togetherVerbs`), looked for in every sentence.
        static let togetherVerb = Flags(rawValue: 256)
        /// A whole word the indication cue compares (`IndicationRules.indicationWords`).
        static let indicationWord = Flags(rawValue: 512)
    }
}
