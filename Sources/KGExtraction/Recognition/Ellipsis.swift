/// Coordinated names sharing words: "DNA synthesis and repair" names DNA
/// repair too, "production of DNA and RNA" RNA production too. The word
/// after "and"/"or" replaces the last word of the name before it; if the
/// lexicon knows the result (same kind), it is a mention.
enum Ellipsis {
    static func expand(_ mentions: [Mention], tokens: [Token], lexicon: Lexicon) -> [Mention] {
        var result = mentions
        var changed = false
        for mention in mentions where mention.end - mention.first >= 2 {
            let joiner = mention.end
            guard joiner + 1 < tokens.count, ["and", "or", "/", "&"].contains(tokens[joiner].key), tokens[joiner + 1].isWord else { continue }
            let word = joiner + 1
            let keys = tokens[mention.first..<(mention.end - 1)].map(\.key) + [tokens[word].key]
            guard let hits = lexicon.index[keys.joined(separator: " ")],
                  let hit = hits.first(where: { lexicon.entries[$0.entry].kind == mention.kind }) else { continue }
            let entry = lexicon.entries[hit.entry]
            result.removeAll { $0.first == word && $0.end == word + 1 }
            result.append(Mention(kind: entry.kind, id: entry.canonical, surface: tokens[word].text, first: word, end: word + 1,
                                  source: .lexicon(hit.role)))
            changed = true
        }
        // "nephrotoxic or hepatotoxic drugs": the word before "or" shares the name's head.
        for mention in mentions where mention.end - mention.first >= 2 && mention.first >= 2 {
            let joiner = mention.first - 1, word = mention.first - 2
            guard ["and", "or", "/"].contains(tokens[joiner].key), tokens[word].isWord,
                  !result.contains(where: { $0.first <= word && $0.end > word }) else { continue }
            let keys = [tokens[word].key] + tokens[(mention.first + 1)..<mention.end].map(\.key)
            guard let hits = lexicon.index[keys.joined(separator: " ")],
                  let hit = hits.first(where: { lexicon.entries[$0.entry].kind == mention.kind }) else { continue }
            let entry = lexicon.entries[hit.entry]
            result.append(Mention(kind: entry.kind, id: entry.canonical, surface: tokens[word].text, first: word, end: word + 1, source: .lexicon(hit.role)))
            changed = true
        }
        // Nothing added (most sentences) to mentions already in order: sorting would give them back.
        if !changed && zip(mentions, mentions.dropFirst()).allSatisfy({ ($0.first, $0.end) < ($1.first, $1.end) }) { return mentions }
        return result.sorted { ($0.first, $0.end) < ($1.first, $1.end) }
    }
}
