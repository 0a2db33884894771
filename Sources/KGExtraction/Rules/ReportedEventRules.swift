import KGGraph

/// Adverse events stated as reports, in any section: "Atrial fibrillation,
/// bleeding and hypertension are reported with ibrutinib", "Neutropenia was
/// observed in patients receiving X" give CAUSES_ADVERSE_EVENT from the drug
/// named after the verb to each event named before it. A negated report
/// ("no cases of X were reported with Y") gives nothing positive. Rule id:
/// `sentence.reported_event`.
enum ReportedEventRules {
    static let reportVerbs: Set<String> = ["reported", "observed", "seen", "noted", "described", "common", "frequent"]
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "been", "be", "commonly", "frequently", "often", "also", "most", "very"]

    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard !unit.isQuestion, !unit.isReference, !unit.isHeading, unit.mentions.contains(where: { $0.kind == .adverseEvent }) else { return }
        let tokens = unit.tokens
        // The report verb, with an auxiliary right before it.
        guard let verb = (unit.bodyStart + 1..<tokens.count).first(where: { reportVerbs.contains(tokens[$0].key) && auxiliaries.contains(tokens[$0 - 1].key) }) else { return }
        var subjectStart = verb - 1
        while subjectStart > unit.bodyStart, auxiliaries.contains(tokens[subjectStart - 1].key) || Cues.hedges.contains(tokens[subjectStart - 1].key) { subjectStart -= 1 }
        // The drug: "with D", "in patients receiving|taking|treated with D", within a few words after the verb.
        let window = (verb + 1)..<min(tokens.count, verb + 7)
        guard window.contains(where: { ["with", "receiving", "taking", "on"].contains(tokens[$0].key) }),
              let drug = unit.mentions.first(where: { ($0.kind == .drug || $0.kind == .combination) && window.contains($0.first) }) else { return }
        let events = unit.mentions(of: [.adverseEvent], from: unit.bodyStart, to: subjectStart)
        guard !events.isEmpty, !Cues.negated(unit, unit.bodyStart..<verb) else { return }
        let hedged = Cues.hedged(unit, unit.bodyStart..<verb)
        for event in events {
            state.sink.add(state.sink.node(drug), "CAUSES_ADVERSE_EVENT", state.sink.node(event), unit: unit, rule: "sentence.reported_event", confidence: 0.75, hedged: hedged)
        }
    }
}
