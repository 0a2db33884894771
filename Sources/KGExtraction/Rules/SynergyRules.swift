import KGGraph

/// "X can act synergistically with Y", "X synergizes with Y", "Synergistic
/// effect of X and Y": SYNERGIZES_WITH between the drugs of the clause.
/// The pair is remembered for the block ("This dual action ..."). Rule id:
/// `sentence.synergizes_with`.
enum SynergyRules {
    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard !unit.isQuestion, unit.says(.synerg) else { return }
        for clause in unit.clauses {
            guard let cue = clause.first(where: { unit.tokens[$0].key.hasPrefix("synerg") }) else { continue }
            let drugs = unit.mentions(of: [.drug], from: clause.lowerBound, to: clause.upperBound)
            var seen: Set<String> = []
            let distinct = drugs.filter { seen.insert($0.id).inserted }
            let before = distinct.filter { $0.end <= cue }
            let pairs: [(Mention, Mention)]
            if before.isEmpty, (max(clause.lowerBound, cue - 2)..<cue).contains(where: { ["its", "their"].contains(unit.tokens[$0].key) }),
               let possessor = unit.mentions.first(where: { $0.kind == .drug && $0.end <= clause.lowerBound }) ?? state.defaultSubject(unit) {
                // "its synergy with venetoclax": the possessor is the sentence's subject, or the block's.
                pairs = distinct.filter { $0.id != possessor.id }.map { (possessor, $0) }
            } else if distinct.count < 2 {
                continue
            } else if let subject = before.last, distinct.contains(where: { $0.first > cue }) {
                pairs = distinct.filter { $0.first > cue }.map { (subject, $0) }
            } else {
                // "The combination of X and Y showed synergy": with no partner after the cue, the drugs named act together.
                pairs = distinct.indices.flatMap { i in distinct.indices.filter { $0 > i }.map { (distinct[i], distinct[$0]) } }
            }
            for (a, b) in pairs {
                state.sink.add(state.sink.node(a), "SYNERGIZES_WITH", state.sink.node(b), unit: unit, rule: "sentence.synergizes_with",
                               confidence: 0.75, hedged: Cues.hedged(unit, clause), negated: Cues.negatedNear(unit, cue, clauseStart: clause.lowerBound))
                state.blockPartners[unit.blockIndex] = [state.sink.node(a), state.sink.node(b)]
            }
        }
    }
}
