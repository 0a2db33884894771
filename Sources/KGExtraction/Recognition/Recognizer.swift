import KGGraph

/// Finds names in a sentence's tokens: the lexicon's (longest match first),
/// abbreviations the page defined, then unseen names from their shape.
///
/// Lookups are dictionary probes keyed by normalised tokens; no pattern is
/// compiled per sentence.
struct Recognizer {
    let lexicon: Lexicon
    /// Abbreviations this page defined, by case-sensitive key.
    var pageAbbreviations: [String: (kind: NodeKind, id: String)] = [:] {
        didSet { abbreviationFirstBytes = ByteSet(pageAbbreviations.keys.compactMap(\.utf8.first)) }
    }
    /// The first bytes of `pageAbbreviations`' keys: a word starting with
    /// another byte is no abbreviation of the page, and most words are not
    /// looked up (hashing every word cost more than the rest of its probe).
    private var abbreviationFirstBytes = ByteSet()

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// Whether `exactKey` may be a key of `pageAbbreviations` (its first byte starts one).
    private func mayBeAbbreviation(_ exactKey: String) -> Bool {
        // Most pages define none: then no word's first byte is read.
        guard !pageAbbreviations.isEmpty, let byte = exactKey.utf8.first else { return false }
        return abbreviationFirstBytes.contains(byte)
    }

    func mentions(in tokens: [Token]) -> [Mention] {
        mentions(in: tokens, info: lexicon.wordInfo(for: tokens))
    }

    /// The mentions, given the tokens' `lexicon.wordInfo(for: tokens)`.
    func mentions(in tokens: [Token], info: [WordInfo]) -> [Mention] {
        var result: [Mention] = []
        let guesser = ShapeGuesser(lexicon: lexicon)
        var index = 0
        while index < tokens.count {
            // A split-off suffix ("-mediated") starts no name; its key is "-" and ASCII letters.
            guard tokens[index].isWord, tokens[index].key.utf8.first != UInt8(ascii: "-") else { index += 1; continue }
            if let mention = lexiconMatch(tokens, info, at: index) {
                result.append(mention)
                index = mention.end
                continue
            }
            if let guess = guesser.guess(tokens, info, at: index) {
                result.append(guess)
                index = guess.end
                continue
            }
            index += 1
        }
        return Ellipsis.expand(ClassNamer.nameInhibitorClasses(result, tokens: tokens, lexicon: lexicon), tokens: tokens, lexicon: lexicon)
    }

    private func lexiconMatch(_ tokens: [Token], _ info: [WordInfo], at index: Int) -> Mention? {
        // Case-sensitive names only matter for words with capitals.
        let exactLongest = tokens[index].exactKey == tokens[index].key ? 0 : lexicon.longestByFirstExactKeyTable[tokens[index].exactKey] ?? 0
        let abbreviation = mayBeAbbreviation(tokens[index].exactKey)
        let longest = max(Int(info[index].longest), exactLongest, abbreviation ? 1 : 0)
        var length = min(longest, tokens.count - index)
        // A plural last word ("headaches") may match a singular name.
        if longest == 0, info[index].flags.contains(.pluralOfNameEnd), let singular = NameKey.singular(tokens[index].key), let hits = lexicon.indexTable[singular] {
            return mention(hits, tokens, index, index + 1)
        }
        guard length > 0 else { return nil }
        // Hashes of the first n words' keys, joined (`KeyHash`): every
        // length is probed without building its key. They are written on
        // the stack: an array for each word with a name cost an allocation.
        let longestLength = length
        let exactCount = exactLongest > 0 ? min(exactLongest, length) : 0
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: longestLength + exactCount) { hashes -> Mention? in
            prefixHashes(tokens, index, longestLength, exact: false, into: hashes, from: 0)
            prefixHashes(tokens, index, exactCount, exact: true, into: hashes, from: longestLength)
            while length >= 1 {
                let end = index + length
                if !tokens[end - 1].isWord && tokens[end - 1].key != ")" { length -= 1; continue }
                if length == 1, abbreviation, let page = pageAbbreviations[tokens[index].exactKey] {
                    return Mention(kind: page.kind, id: page.id, surface: tokens[index].text, first: index, end: end, source: .pageAbbreviation)
                }
                // No case-insensitive name starts with a word whose longest is 0.
                var hits = length == 1 && info[index].longest == 0 ? []
                    : lexicon.indexTable.value(hash: hashes[length - 1]) { isJoinedKey($0, tokens, index, end, exact: false) } ?? []
                if exactLongest >= length {
                    hits += lexicon.exactIndexTable.value(hash: hashes[longestLength + length - 1]) { isJoinedKey($0, tokens, index, end, exact: true) } ?? []
                }
                if hits.isEmpty, info[end - 1].flags.contains(.pluralOfNameEnd), let singular = NameKey.singular(tokens[end - 1].key) {
                    let singularKey = (tokens[index..<(end - 1)].map(\.key) + [singular]).joined(separator: " ")
                    hits = lexicon.indexTable[singularKey] ?? []
                }
                if !hits.isEmpty { return mention(hits, tokens, index, end) }
                length -= 1
            }
            return nil
        }
    }

    /// Writes the `KeyHash` values of the words `first..<first + 1`,
    /// `first..<first + 2`, ... up to `count` words into `hashes`, from `start` on.
    private func prefixHashes(_ tokens: [Token], _ first: Int, _ count: Int, exact: Bool,
                              into hashes: UnsafeMutableBufferPointer<UInt64>, from start: Int) {
        var hash = KeyHash()
        for offset in 0..<count {
            hash.addWord(exact ? tokens[first + offset].exactKey : tokens[first + offset].key)
            hashes[start + offset] = hash.value
        }
    }

    private func mention(_ hits: [Lexicon.Hit], _ tokens: [Token], _ first: Int, _ end: Int) -> Mention {
        var seen: Set<Int> = []
        let distinct = hits.count == 1 ? hits : hits.filter { seen.insert($0.entry).inserted }
        // The entry's kind and id read in place (a copy of the entry would retain its name lists).
        let entry = distinct[0].entry
        var mention = Mention(kind: lexicon.entries[entry].kind, id: lexicon.entries[entry].canonical, surface: surfaceText(tokens, first, end),
                              first: first, end: end, source: .lexicon(distinct[0].role))
        if distinct.count > 1 {
            mention.alternatives = distinct.map { Mention.Candidate(kind: lexicon.entries[$0.entry].kind, id: lexicon.entries[$0.entry].canonical, entry: $0.entry) }
        }
        return mention
    }
}

/// The text of a token range as written, with single spaces where the
/// sentence had space and none where it had none.
func surfaceText(_ tokens: [Token], _ first: Int, _ end: Int) -> String {
    if end == first + 1 { return tokens[first].text }
    var text = ""
    for index in first..<end {
        if index > first && tokens[index].start > tokens[index - 1].end { text += " " }
        text += tokens[index].text
    }
    return text
}
