import KGGraph

/// Front-matter fields that state a fact by their key: `drug_class:`
/// (`class:`, `pharmacologic_class:`, `drug_classes:`) gives the page's drug
/// IS_A each class named in the value ("antineoplastic enzyme"; several
/// separated by commas or semicolons). Rule id: `front_matter.class`.
enum FrontMatterRules {
    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard case .frontMatterField(let key) = unit.blockKind, let drug = state.mainDrug else { return }
        let words = key.lowercased().split { !$0.isLetter }
        guard words.contains(where: { $0 == "class" || $0 == "classes" }) else { return }
        let tokens = unit.tokens
        let subject = state.sink.node(drug)
        for chunk in Phrases.chunks(tokens, unit.bodyStart..<tokens.count) {
            // "thiopurine antimetabolite": classes the lexicon knows, side by side, are each a class.
            let classes = unit.mentions.filter { $0.kind == .drugClass && $0.first >= chunk.lowerBound && $0.end <= chunk.upperBound }
            if !classes.isEmpty, classes.reduce(0, { $0 + $1.end - $1.first }) == chunk.count {
                for known in classes { state.sink.add(subject, "IS_A", state.sink.node(known), unit: unit, rule: "front_matter.class", confidence: 0.85) }
                continue
            }
            // A class the lexicon does not know: the value's words, as the schema writes a class.
            guard chunk.count <= 6, chunk.allSatisfy({ tokens[$0].isWord || tokens[$0].key == "-" }),
                  !unit.mentions.contains(where: { $0.first >= chunk.lowerBound && $0.end <= chunk.upperBound && $0.kind != .drugClass }) else { continue }
            let text = surfaceText(tokens, chunk.lowerBound, chunk.upperBound)
            let object = state.sink.node(id: text.lowercased(), kind: .drugClass, name: text)
            state.sink.add(subject, "IS_A", object, unit: unit, rule: "front_matter.class", confidence: 0.85)
        }
    }
}
