import KGGraph

/// IS_A: "X is a purine nucleoside analog", "classification is
/// antimetabolite, specifically a ...", appositions ("the proteasome
/// inhibitor bortezomib"), and examples ("a BCL-2 inhibitor like
/// venetoclax", which also gives venetoclax INHIBITS BCL2). Rule ids: `class.*`.
enum ClassRules {
    static let memberKinds: Set<NodeKind> = [.drug, .gene]
    static let tooGeneric: Set<String> = ["chemotherapy"]
    static let adjectives: Set<String> = ["selective", "potent", "oral", "orally", "novel", "highly", "firstinclass", "secondgeneration",
        "thirdgeneration", "irreversible", "reversible", "covalent", "smallmolecule", "synthetic", "new", "investigational", "bioavailable",
        "active", "available", "specific", "multitargeted", "multikinase", "humanized", "chimeric", "fully", "human", "bispecific"]
    /// Words allowed between a copula and its class, or between chained classes.
    static let linkers: Set<String> = ["a", "an", "the", "also", "specifically", ",", "both", "classified", "as", "considered", "known", "type", "of", "and", "or", "not", "itself"]

    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard !unit.isQuestion else { return }
        let tokens = unit.tokens
        let classes = unit.mentions.filter { $0.kind == .drugClass }
        guard !classes.isEmpty else { return }
        let hedged = Cues.hedged(unit, 0..<tokens.count)
        for clause in unit.clauses {
            // Copula: "<subject> is a <class>", "classification is <class>".
            if let copula = clause.first(where: { ["is", "are"].contains(tokens[$0].key) }) {
                let subject = state.subject(unit, clause: clause, cue: copula, previousClauseEnd: nil)
                let nextCue = (copula + 1..<clause.upperBound).first { unit.cue(at: $0) != nil && tokens[$0].key != "form" } ?? clause.upperBound
                if let subject, memberKinds.contains(subject.kind) {
                    let negated = Cues.negated(unit, clause.lowerBound..<(copula + 2))
                    // Classes right after the copula, chained by ", specifically a".
                    var position = copula + 1
                    for mention in classes where mention.first >= position && mention.end <= nextCue {
                        let gap = position..<mention.first
                        guard gap.count <= 4, gap.allSatisfy({ linkers.contains(tokens[$0].key) || adjectives.contains(tokens[$0].key) }) else { break }
                        if !followedByExample(unit, mention) {
                            add(subject, mention, unit, &state, rule: "class.copula", hedged: hedged, negated: negated)
                            if subject.kind == .drug, let target = mention.target {
                                state.sink.add(state.sink.node(subject), "INHIBITS", state.sink.node(id: target, kind: .gene), unit: unit,
                                               rule: "class.copula.target", confidence: 0.7, hedged: hedged, negated: negated)
                            }
                        }
                        position = mention.end
                    }
                }
            }
        }
        for mention in classes {
            // Apposition: "the proteasome inhibitor bortezomib".
            if let member = unit.mentions.first(where: { $0.first == mention.end && memberKinds.contains($0.kind) }) {
                if member.kind == .drug, let target = mention.target {
                    let gene = state.sink.node(id: target, kind: .gene)
                    state.sink.add(state.sink.node(member), "INHIBITS", gene, unit: unit, rule: "class.apposition.target", confidence: 0.7)
                } else {
                    add(member, mention, unit, &state, rule: "class.apposition", hedged: false, negated: false)
                }
            }
            // "from the nucleoside analogue group".
            if mention.end < tokens.count, ["group", "family", "class"].contains(tokens[mention.end].key), let drug = state.defaultSubject(unit) ?? unit.mentions.first(where: { $0.kind == .drug }) {
                add(drug, mention, unit, &state, rule: "class.group", hedged: false, negated: false)
            }
            // Examples: "<class> like|such as|including X and Y".
            if let start = exampleStart(unit, mention) {
                let stop = (start..<tokens.count).first { [";", ".", ":", "from", "to", "in", "of", "with", "by", "on", "into"].contains(tokens[$0].key) || unit.cue(at: $0) != nil || ["could", "can", "may", "might", "in", "is", "are", "would"].contains(tokens[$0].key) } ?? tokens.count
                for member in unit.mentions where member.first >= start && member.end <= stop && memberKinds.contains(member.kind) {
                    if member.kind == .gene || mention.target == nil { add(member, mention, unit, &state, rule: "class.example", hedged: false, negated: false) }
                    if member.kind == .drug, let target = mention.target, mention.source == .shape("x-inhibitor") || mention.id.hasSuffix("inhibitor") {
                        let gene = state.sink.node(id: target, kind: .gene, name: mention.surface.split(separator: " ").first.map(String.init))
                        state.sink.add(state.sink.node(member), "INHIBITS", gene, unit: unit, rule: "class.example.target", confidence: 0.7, hedged: hedged)
                    }
                }
            }
        }
    }

    static func exampleStart(_ unit: SentenceUnit, _ mention: Mention) -> Int? {
        var index = mention.end
        if index < unit.tokens.count, unit.tokens[index].key == "," { index += 1 }
        guard index < unit.tokens.count else { return nil }
        switch unit.tokens[index].key {
        case "like", "including", "e.g": return index + 1
        case "such" where index + 1 < unit.tokens.count && unit.tokens[index + 1].key == "as": return index + 2
        default: return nil
        }
    }

    static func followedByExample(_ unit: SentenceUnit, _ mention: Mention) -> Bool { exampleStart(unit, mention) != nil }

    static func add(_ member: Mention, _ mention: Mention, _ unit: SentenceUnit, _ state: inout RuleState, rule: String, hedged: Bool, negated: Bool) {
        guard !tooGeneric.contains(mention.id) || rule == "class.copula" else { return }
        if mention.first > 0, unit.tokens[mention.first - 1].key == "other" { return }
        state.sink.add(state.sink.node(member), "IS_A", state.sink.node(mention), unit: unit, rule: rule, confidence: 0.8, hedged: hedged, negated: negated)
    }
}
