import KGGraph

/// A page's own disclaimer about itself ("AI-generated or crowd-sourced and
/// may not be accurate", "Research Use Only") becomes HAS_RELIABILITY_NOTE
/// on its Document node, which lowers the confidence of the page's facts
/// (see `Edge.confidence(unreliableDocuments:)`). Rule id: `page.reliability`.
enum ReliabilityRules {
    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard unit.says(.generated) || unit.says(.crowd) || unit.says(.useOnly) else { return }
        let lower = unit.lower
        var notes: [String] = []
        if lower.has("ai-generated") || lower.has("ai generated") { notes.append("AI-generated") }
        if lower.has("crowd-sourced") || lower.has("crowdsourced") { notes.append("crowd-sourced") }
        if !notes.isEmpty, lower.has("not be accurate") || lower.has("inaccura") { notes.append("may not be accurate") }
        if lower.has("research use only") { notes.append("Research Use Only") }
        guard !notes.isEmpty else { return }
        let document = state.sink.node(id: state.sink.document.path, kind: .document)
        let note = state.sink.node(id: notes.joined(separator: "; "), kind: .value)
        state.sink.add(document, KnowledgeGraph.reliabilityNoteRelation, note, unit: unit, rule: "page.reliability", confidence: 0.95)
    }
}
