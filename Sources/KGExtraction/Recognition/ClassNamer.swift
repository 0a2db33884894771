import KGGraph

/// "X inhibitor": a gene (known or guessed) followed by "inhibitor" names a
/// drug class, `<gene as written, lower-cased> inhibitor` (`MCL-1 inhibitor`
/// → `mcl-1 inhibitor`), which keeps the gene as its target.
enum ClassNamer {
    static let classHeads: Set<String> = ["inhibitor", "inhibitors", "-inhibitor", "-inhibitors", "antagonist", "antagonists", "degrader", "degraders"]

    static func nameInhibitorClasses(_ mentions: [Mention], tokens: [Token], lexicon: Lexicon) -> [Mention] {
        // Most sentences have nothing to rename: the mentions are kept as they are.
        let anyToName = mentions.contains { mention in
            mention.kind == .gene && mention.end < tokens.count && classHeads.contains(tokens[mention.end].key)
                || mention.kind == .gene && mention.end + 1 < tokens.count && tokens[mention.end].key == ")"
                    && tokens[mention.end + 1].key.hasPrefix("inhibitor")
                || mention.kind == .drugClass && mention.target == nil && mention.id.hasSuffix(" inhibitor")
                || mention.kind == .drugClass && mention.id.hasSuffix("kinase inhibitor")
        }
        guard anyToName else { return mentions }
        var result: [Mention] = []
        result.reserveCapacity(mentions.count)
        for mention in mentions {
            // "Bruton's tyrosine kinase (BTK) inhibitor": the class named by the abbreviation, over the whole phrase.
            if mention.kind == .gene, mention.end + 1 < tokens.count, tokens[mention.end].key == ")", mention.first >= 1, tokens[mention.first - 1].key == "(",
               tokens[mention.end + 1].key.hasPrefix("inhibitor"), let long = result.last, long.kind == .gene, long.id == mention.id, long.end == mention.first - 1 {
                result[result.count - 1] = Mention(kind: .drugClass, id: mention.surface.lowercased() + " inhibitor", surface: surfaceText(tokens, long.first, mention.end + 2),
                                                   first: long.first, end: mention.end + 2, source: .shape("x-inhibitor"), target: mention.id)
                continue
            }
            // "BCR-ABL1 tyrosine kinase inhibitor": a kinase-inhibitor class named after the gene before it.
            if mention.kind == .drugClass, mention.id.hasSuffix("kinase inhibitor"), let gene = result.last, gene.kind == .gene, gene.end == mention.first {
                result[result.count - 1] = Mention(kind: .drugClass, id: gene.surface.lowercased() + " " + mention.id, surface: surfaceText(tokens, gene.first, mention.end),
                                                   first: gene.first, end: mention.end, source: .shape("x-inhibitor"), target: gene.id)
                continue
            }
            if mention.kind == .gene, mention.end < tokens.count,
               classHeads.contains(tokens[mention.end].key) {
                let head = tokens[mention.end].key.hasPrefix("inhibitor") || tokens[mention.end].key.hasPrefix("-inhibitor") ? "inhibitor" : tokens[mention.end].key.trimmingPlural()
                let id = mention.surface.lowercased() + " " + head
                result.append(Mention(kind: .drugClass, id: id, surface: surfaceText(tokens, mention.first, mention.end + 1),
                                      first: mention.first, end: mention.end + 1, source: .shape("x-inhibitor"), target: mention.id))
            } else if mention.kind == .drugClass, mention.id.hasSuffix(" inhibitor"), mention.target == nil {
                var copy = mention
                let named = String(mention.id.dropLast(" inhibitor".count))
                copy.target = lexicon.entries(named: named).first { $0.kind == .gene }?.canonical
                result.append(copy)
            } else {
                result.append(mention)
            }
        }
        return result
    }
}

extension String {
    func trimmingPlural() -> String { hasSuffix("s") ? String(dropLast()) : self }
}

extension StringProtocol {
    func replacingOccurrencesOfHyphen() -> String { String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "-" })) }
}
