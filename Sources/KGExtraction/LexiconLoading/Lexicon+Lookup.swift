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

    /// Entries of one kind, for tests and summaries.
    public func entries(of kind: NodeKind) -> [LexiconEntry] { entries.filter { $0.kind == kind } }
}
