import KGGraph

/// "Contraindicated in|during X and Y" (CONTRAINDICATED_IN) and "avoid X",
/// "concomitant use of X should be avoided" (AVOID_COMBINATION_WITH), in
/// any section. Rule ids: `sentence.contraindicated_in`, `sentence.avoid`.
enum CautionRules {
    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard !unit.isQuestion, !unit.isReference else { return }
        notCombined(unit, &state)
        guard unit.says(.contraindicat) || unit.says(.avoid) else { return }
        let tokens = unit.tokens
        if let cue = unit.firstToken(from: unit.bodyStart, where: { $0.hasPrefix("contraindicat") }), unit.context.topic != .contraindications || !unit.isListItem {
            let subject = unit.mentions.last { $0.kind == .drug && $0.end <= cue }.map { state.sink.node($0) }
                ?? state.defaultSubject(unit).map { state.sink.node($0) }
            if let subject {
                var start = cue + 1
                if start < tokens.count, ["in", "during", "for", "with"].contains(tokens[start].key) { start += 1 }
                let end = (start..<tokens.count).first { ["due", "because", "as", ".", ";", "(", "since"].contains(tokens[$0].key) } ?? tokens.count
                if end > start {
                    for chunk in splitAnd(unit, start..<end) {
                        SectionListRules.addConditions(unit, chunk, drug: subject, rule: "sentence.contraindicated_in", &state)
                    }
                } else if let label = unit.label, end == start {
                    let labelTokens = 0..<max(0, unit.bodyStart - 1)
                    for chunk in splitAnd(unit, labelTokens) {
                        SectionListRules.addConditions(unit, chunk, drug: subject, rule: "sentence.contraindicated_in", &state)
                    }
                    _ = label
                }
            }
        }
        if let cue = unit.firstToken(from: unit.bodyStart, where: { $0.hasPrefix("avoid") }) {
            // "Pentostatin: avoid combination": the label names the partner of the page's drug.
            let labelPartners = unit.bodyStart > 1 ? unit.mentions.filter { ($0.kind == .drug || $0.kind == .drugClass) && $0.end <= unit.bodyStart - 1 } : []
            if !labelPartners.isEmpty, let main = state.mainDrug, !labelPartners.contains(where: { $0.id == main.id }),
               (cue + 1..<min(cue + 4, tokens.count)).contains(where: { ["combination", "concomitant", "coadministration", "use", "combining", "together"].contains(tokens[$0].key) })
                || cue + 1 == tokens.count || [".", ",", ";"].contains(tokens[cue + 1].key) {
                for partner in labelPartners {
                    state.sink.add(state.sink.node(main), "AVOID_COMBINATION_WITH", state.sink.node(partner), unit: unit, rule: "sentence.avoid", confidence: 0.8)
                }
                return
            }
            // "Strong CYP3A4 inhibitors such as itraconazole ... should be avoided": what is avoided stands before the cue.
            if tokens[cue].key == "avoided", cue + 1 == tokens.count || [".", ";"].contains(tokens[cue + 1].key), let main = state.mainDrug {
                let avoided = unit.mentions.filter { ($0.kind == .drug || $0.kind == .drugClass) && $0.first >= unit.bodyStart && $0.end <= cue && $0.id != main.id }
                if !avoided.isEmpty, !(unit.bodyStart..<cue).contains(where: { ["use", "coadministration", "combination"].contains(tokens[$0].key) }) {
                    for partner in avoided {
                        state.sink.add(state.sink.node(main), "AVOID_COMBINATION_WITH", state.sink.node(partner), unit: unit, rule: "sentence.avoid", confidence: 0.8)
                    }
                    return
                }
            }
            guard let subject = unit.mentions.first(where: { $0.kind == .drug && $0.end <= cue }).map({ state.sink.node($0) }) ?? state.defaultSubject(unit).map({ state.sink.node($0) }) else { return }
            var range: Range<Int>
            if let useOf = (unit.bodyStart..<cue).last(where: { tokens[$0].key == "of" && $0 > 0 && tokens[$0 - 1].key == "use" }) {
                let end = (useOf + 1..<cue).first { ["should", "must", "is", "are"].contains(tokens[$0].key) } ?? cue
                range = (useOf + 1)..<end
            } else {
                let start = cue + 1
                let end = (start..<tokens.count).first { [".", ";", "(", "because", "due", "as", "since", "during", "while"].contains(tokens[$0].key) } ?? tokens.count
                range = start..<end
            }
            guard !range.isEmpty, range.count <= 10 else { return }
            let partners = unit.mentions.filter { ($0.kind == .drug || $0.kind == .drugClass) && range.contains($0.first) }
            if !partners.isEmpty {
                for partner in partners where partner.key != subject {
                    state.sink.add(subject, "AVOID_COMBINATION_WITH", state.sink.node(partner), unit: unit, rule: "sentence.avoid", confidence: 0.8)
                }
            } else if let last = range.last, ["drugs", "agents", "medications", "medicines", "inhibitors", "inducers", "vaccines", "products"].contains(tokens[last].key) {
                for text in Phrases.expandCoordination(tokens, range) {
                    let node = state.sink.node(id: text, kind: .drugClass, name: text)
                    state.sink.add(subject, "AVOID_COMBINATION_WITH", node, unit: unit, rule: "sentence.avoid", confidence: 0.75)
                }
            }
        }
    }

    /// Verbs of giving two drugs together, read after a negation.
    static let togetherVerbs: Set<String> = ["combined", "coadministered", "given", "administered", "used", "taken", "prescribed"]

    /// "X should not be combined with strong CYP3A inhibitors such as
    /// ketoconazole", "must not be given together with Y": AVOID_COMBINATION_WITH
    /// each drug or class named after "with". Rule id: `sentence.not_combined`.
    static func notCombined(_ unit: SentenceUnit, _ state: inout RuleState) {
        let tokens = unit.tokens
        // The word info's flag, not the set: a set probe hashes every token of every sentence.
        guard let verb = (unit.bodyStart..<tokens.count).first(where: { unit.wordInfo[$0].flags.contains(.togetherVerb) }) else { return }
        var with = verb + 1
        while with < tokens.count, ["together", "concomitantly", "concurrently", "simultaneously"].contains(tokens[with].key) { with += 1 }
        guard with < tokens.count, tokens[with].key == "with", Cues.negatedNear(unit, verb, clauseStart: unit.bodyStart) else { return }
        // A caution, not a description: "should not be combined", "must not be given", "cannot be taken".
        guard (max(unit.bodyStart, verb - 4)..<verb).contains(where: { ["should", "must", "cannot", "may", "can", "do", "does"].contains(tokens[$0].key) }) else { return }
        guard var subject = unit.mentions.last(where: { $0.kind == .drug && $0.end <= verb }).map({ state.sink.node($0) })
            ?? state.defaultSubject(unit).map({ state.sink.node($0) }) else { return }
        let end = (with + 1..<tokens.count).first { [".", ";", "because", "due", "as", "since", "during", "while", "unless", "except"].contains(tokens[$0].key) && !(tokens[$0].key == "as" && tokens[$0 - 1].key == "such") } ?? tokens.count
        let range = (with + 1)..<end
        var partners = unit.mentions.filter { ($0.kind == .drug || $0.kind == .drugClass) && range.contains($0.first) && $0.key != subject }
        // "Strong CYP3A4 inducers such as rifampicin must not be taken with midostaurin": the page's drug is the subject.
        if let main = state.mainDrug, partners.contains(where: { $0.id == main.id }) {
            subject = state.sink.node(main)
            partners = unit.mentions.filter { ($0.kind == .drug || $0.kind == .drugClass) && $0.first >= unit.bodyStart && $0.end <= verb && $0.id != main.id }
        }
        for partner in partners {
            state.sink.add(subject, "AVOID_COMBINATION_WITH", state.sink.node(partner), unit: unit, rule: "sentence.not_combined", confidence: 0.8)
        }
    }

    /// "pregnancy and breastfeeding" → two phrases; "severe renal/hepatic
    /// impairment" stays one (its coordination is expanded later).
    static func splitAnd(_ unit: SentenceUnit, _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for chunk in Phrases.chunks(unit.tokens, range) {
            let joints = chunk.filter { unit.tokens[$0].key == "and" || unit.tokens[$0].key == "&" }
            guard !joints.isEmpty else { result.append(chunk); continue }
            var start = chunk.lowerBound
            for joint in joints + [chunk.upperBound] {
                if joint > start { result.append(start..<joint) }
                start = joint + 1
            }
        }
        return result
    }
}
