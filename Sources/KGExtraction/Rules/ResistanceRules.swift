import KGGraph

/// Resistance: a marker (gene, or a class such as anti-apoptotic proteins)
/// with a direction, in a sentence about resistance to a drug, gives a
/// ResistanceMechanism `<GENE> <down|up>` CONFERS_RESISTANCE_TO the drug
/// ("reduced expression or mutations in the DCK gene ... leading to
/// resistance", "overexpression of ... ABCG2 ... pump clofarabine out",
/// "resistance to venetoclax can be mediated by Mcl-1"). "If ... resistant to
/// X, it may have low dCK levels" gives SUGGESTS. Rule ids: `resistance.*`.
enum ResistanceRules {
    static let down: [String] = ["decreas", "reduc", "low", "loss", "lost", "deficien", "diminish", "absen", "lack", "silenc", "downregulat", "delet", "inactivat"]
    /// A mutation is an alteration of its own, neither loss nor gain of the
    /// marker ("TP53 mutations", "the BTK C481S mutation", "mutations in NRAS").
    static let mutation: [String] = ["mutat", "mutant"]
    static let up: [String] = ["overexpress", "upregulat", "increas", "high", "elevat", "amplif", "gain", "pump", "hyperactiv"]
    static let overcome: [String] = ["overcom", "resensitiz", "resensitis", "rescue", "restor", "revers", "effective", "necessary", "needed", "consider"]
    /// `overcome`, tested against every token at once.
    static let overcomePrefixes = ASCIIPrefixes(overcome)

    /// Words of the remedy cues as they appear in running text (for a quick test).
    static let remedyWords = ["overcom", "sensiti", "rescue", "restor", "revers", "effective", "necessary", "needed", "consider", "active against"]

    /// Whether token `index` opens a remedy: one of `overcome`, or "active against" ("ponatinib remains active against T315I").
    static func isRemedyCue(_ tokens: [Token], _ index: Int) -> Bool {
        let key = tokens[index].key
        if key == "active" { return index + 1 < tokens.count && tokens[index + 1].key == "against" }
        return overcomePrefixes.matches(key)
    }

    /// A marker and what changed in it: `direction` is `up`, `down` or
    /// `mutation`; `variant` is a named protein change ("C481S").
    struct Marker { var mention: Mention; var direction: String; var variant: String? = nil }

    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard !unit.isQuestion else { return }
        guard unit.mentions.contains(where: { $0.kind == .gene || $0.kind == .drugClass }) else { return }
        let tokens = unit.tokens
        let statesResistance = unit.says(.resist) || unit.says(.lessSensitive)
        guard statesResistance || unit.context.mentionsResistance || unit.context.topic == .resistance else { return }
        // Clauses about overcoming resistance name the remedy's means, not the cause.
        let causal = unit.clauses.filter { clause in !clause.contains { index in isRemedyCue(tokens, index) } }
        var markers = self.markers(unit).filter { marker in causal.contains { $0.contains(marker.mention.first) } }
        // Under a Resistance heading alone, "venetoclax also downregulates MCL1" is the drug acting, not a resistance.
        if !statesResistance, !unit.context.mentionsResistance {
            markers.removeAll { marker in
                let clause = unit.clauses.first { $0.contains(marker.mention.first) } ?? 0..<tokens.count
                return unit.mentions.contains { $0.kind == .drug && $0.first >= clause.lowerBound && $0.end <= marker.mention.first }
            }
        }
        guard !markers.isEmpty, let drug = resistedDrug(unit, state, within: causal) else { return }
        let conditional = unit.bodyStart < tokens.count && tokens[unit.bodyStart].key == "if"
        for marker in markers {
            let mechanism = mechanismNode(marker, drug: conditional ? (state.mainDrug ?? drug) : drug, &state, unit: unitIndex)
            if conditional, let phenotypeDrug = resistedDrug(unit, state, explicitOnly: true) {
                let also = tokens.contains { $0.key == "also" } || (unit.label ?? "").lowercased().has("cross")
                let phenotype = state.sink.node(id: phenotypeDrug.id + (also ? " cross-resistance" : " resistance"), kind: .condition)
                state.sink.add(phenotype, "SUGGESTS", mechanism, unit: unit, rule: "resistance.suggests", confidence: 0.6, hedged: Cues.hedged(unit, 0..<tokens.count))
            } else {
                let clause = unit.clauses.first { $0.contains(marker.mention.first) } ?? 0..<tokens.count
                let negated = clause.contains { Cues.isNegation(unit, $0) }
                // "resistant to dasatinib, imatinib and nilotinib": every drug of the list.
                for resisted in [drug] + coordinated(after: drug, unit) {
                    state.sink.add(mechanism, "CONFERS_RESISTANCE_TO", state.sink.node(resisted), unit: unit, rule: "resistance.marker",
                                   confidence: statesResistance ? 0.8 : 0.65, hedged: Cues.hedged(unit, 0..<tokens.count), negated: negated)
                }
            }
        }
    }

    /// The drugs listed right after `first` ("D, E and F"), joined only by commas, "and", "or".
    static func coordinated(after first: Mention, _ unit: SentenceUnit) -> [Mention] {
        guard unit.mentions.contains(where: { $0.first == first.first && $0.id == first.id }) else { return [] }
        var result: [Mention] = []
        var end = first.end
        for mention in unit.mentions where mention.first >= end {
            guard mention.kind == .drug, mention.first > end, (end..<mention.first).allSatisfy({ [",", "and", "or"].contains(unit.tokens[$0].key) }) else { break }
            result.append(mention)
            end = mention.end
        }
        return result
    }

    /// The drug resisted: "resistance to D", "D resistance", "D-resistant",
    /// "sensitive to D", else the sentence's first drug, else the page's.
    static func resistedDrug(_ unit: SentenceUnit, _ state: RuleState, explicitOnly: Bool = false, within clauses: [Range<Int>]? = nil) -> Mention? {
        let tokens = unit.tokens
        for index in tokens.indices where tokens[index].key.has("resist") || tokens[index].key.has("sensitiv") {
            if let after = unit.mentions.first(where: { $0.kind == .drug && $0.first > index && $0.first <= index + 3 }),
               (index + 1..<after.first).contains(where: { tokens[$0].key == "to" }) { return after }
            if let before = unit.mentions.last(where: { $0.kind == .drug && $0.end <= index && $0.end >= index - 1 }) { return before }
        }
        if explicitOnly { return nil }
        // Not a drug named as the remedy ("a combination with ... pembrolizumab could overcome this").
        return unit.mentions.first { mention in mention.kind == .drug && clauses.map { $0.contains { $0.contains(mention.first) } } ?? true } ?? state.mainDrug
    }

    /// Genes (and gene classes) with the direction stated before them (or
    /// just after: "levels are low"), one per gene.
    static func markers(_ unit: SentenceUnit) -> [Marker] {
        let tokens = unit.tokens
        // A protein change ("C481S") names where a gene is mutated, never a gene.
        let candidates = unit.mentions.filter { ($0.kind == .gene && !isVariant($0.surface)) || $0.kind == .drugClass && ($0.id.has("apoptotic") || $0.id.has("transporter")) }
        var result: [Marker] = []
        var seen: Set<String> = []
        let mediated = tokens.indices.contains { tokens[$0].key == "mediated" && $0 + 1 < tokens.count && tokens[$0 + 1].key == "by" }
        for mention in candidates where !seen.contains(mention.id) {
            var direction: String?
            // "BTK C481S mutation", "TP53 mutations": the words right after the gene.
            let variant = mention.end < tokens.count && isVariant(tokens[mention.end].text) ? tokens[mention.end].text : nil
            let after = mention.end + (variant == nil ? 0 : 1)
            if after < tokens.count, isMutation(tokens[after].key) { direction = "mutation" }
            // A mutation word seen before the gene: kept unless a direction
            // coordinated with it comes first ("reduced expression or mutations in").
            var mutationAt: Int?
            var index = mention.first - 1
            while index >= max(0, mention.first - 12), direction == nil {
                let key = tokens[index].key
                if key == ";" || key == "." { break }
                // Another gene not coordinated with this one takes the direction words before it.
                if let other = candidates.first(where: { $0.first <= index && $0.end > index && $0.id != mention.id && $0.kind == .gene }),
                   !(min(other.end, mention.first)..<mention.first).allSatisfy({ position in ["and", "or", ",", "/", "like", "such", "as", "including", "particularly", "especially", "e.g", "(", ")"].contains(tokens[position].key) || candidates.contains { c in c.first <= position && c.end > position } }) {
                    break
                }
                if mutationAt == nil, isMutation(key) {
                    mutationAt = index
                } else if let found = self.direction(of: key) {
                    // "gain-of-function mutations", "activating mutations" qualify the mutation.
                    if let at = mutationAt, !(index..<at).contains(where: { ["or", "and", ","].contains(tokens[$0].key) }) { break }
                    direction = found
                }
                index -= 1
            }
            if direction == nil, mutationAt != nil { direction = "mutation" }
            if direction == nil {
                for index in mention.end..<min(tokens.count, mention.end + 4) where direction == nil {
                    direction = isMutation(tokens[index].key) ? "mutation" : self.direction(of: tokens[index].key)
                }
            }
            if direction == nil, mention.end < tokens.count, tokens[mention.end].key == "-mediated" || tokens[mention.end].key == "-driven" { direction = "up" }
            if direction == nil, mediated || tokens.indices.contains(where: { tokens[$0].key.startsWithASCII("pump") || tokens[$0].key.startsWithASCII("efflux") }) { direction = "up" }
            guard let direction else { continue }
            // "FLT3 tyrosine kinase domain mutations such as D835Y": the variant named a few words on.
            var named = variant
            if direction == "mutation", named == nil {
                var index = mention.end
                while index < min(tokens.count, mention.end + 8), named == nil, ![".", ";"].contains(tokens[index].key),
                      !candidates.contains(where: { $0.first == index && $0.id != mention.id }) {
                    if isVariant(tokens[index].text) { named = tokens[index].text }
                    index += 1
                }
            }
            seen.insert(mention.id)
            result.append(Marker(mention: mention, direction: direction, variant: direction == "mutation" ? named : nil))
        }
        // A class stands for itself only when no member gene is named.
        if result.contains(where: { $0.mention.kind == .gene }) { result.removeAll { $0.mention.kind == .drugClass } }
        return result
    }

    static func isMutation(_ key: String) -> Bool { mutation.contains { key.hasPrefix($0) } }

    /// A protein change as written: a residue letter, its position, and the
    /// new residue ("C481S", "T315I", "D835Y", "G101V").
    static func isVariant(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes.count <= 7, let first = bytes.first, let last = bytes.last else { return false }
        let isUpper = { (byte: UInt8) in byte >= 65 && byte <= 90 }
        return isUpper(first) && isUpper(last) && bytes.dropFirst().dropLast().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// `down` and `up`, each tested against a word at once (asked of most
    /// tokens of a sentence about resistance).
    static let downPrefixes = ASCIIPrefixes(down)
    static let upPrefixes = ASCIIPrefixes(up)

    static func direction(of key: String) -> String? {
        if downPrefixes.matches(key) { return "down" }
        if upPrefixes.matches(key) { return "up" }
        return nil
    }

    static func mechanismNode(_ marker: Marker, drug: Mention, _ state: inout RuleState, unit: Int) -> NodeKey {
        let markerId = marker.mention.id
        let key: NodeKey
        if marker.direction == "mutation" {
            // The schema's "lower-case phrase" form: `btk c481s mutation`, `tp53 mutation`.
            let words = [markerId, marker.variant, "mutation"].compactMap { $0?.lowercased() }
            var attributes = ["marker": markerId, "alteration": "mutation", "drug": drug.id]
            attributes["variant"] = marker.variant
            key = state.sink.node(id: words.joined(separator: " "), kind: .resistanceMechanism, name: marker.mention.surface, attributes: attributes)
        } else {
            key = state.sink.node(id: "\(markerId) \(marker.direction)", kind: .resistanceMechanism, name: marker.mention.surface,
                                  attributes: ["marker": markerId, "direction": marker.direction, "drug": drug.id])
        }
        if !state.sink.mechanisms.contains(where: { $0.node == key && $0.unit == unit }) {
            state.sink.mechanisms.append((key, markerId, marker.direction, drug.id, unit))
        }
        return key
    }
}
