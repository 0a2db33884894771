import KGGraph

/// Lists and bare enumerations read by the section they stand in:
/// side effects become CAUSES_ADVERSE_EVENT (frequency and severity from
/// the heading), contraindications CONTRAINDICATED_IN, indications
/// INDICATED_FOR, combinations Combination nodes. Rule ids: `section.*`.
enum SectionListRules {
    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard !unit.isQuestion, !unit.isReference, !unit.isHeading, let topic = unit.context.topic else { return }
        switch topic {
        case .adverseEvents: adverseEvents(unit, &state)
        case .contraindications: contraindications(unit, &state)
        case .combinations: combinations(unit, &state)
        case .indications: indications(unit, &state)
        case .interactions: interactions(unit, &state)
        default: break
        }
    }

    /// The item's lead phrase and the rest: a label ("Fever: ..."), else the
    /// words before " — " or ";" in a list item. Nil for running prose.
    static func leadAndBody(_ unit: SentenceUnit) -> (lead: Range<Int>, body: Range<Int>)? {
        let tokens = unit.tokens
        if let label = unit.label, unit.isFirstInBlock, unit.bodyStart > 0 {
            if isSectionLabel(label) { return nil }
            return (0..<(unit.bodyStart - 1), unit.bodyStart..<tokens.count)
        }
        guard unit.isListItem, unit.isFirstInBlock else { return nil }
        let end = tokens.firstIndex { $0.key == "—" || $0.key == ";" } ?? tokens.count
        return (0..<end, min(end + 1, tokens.count)..<tokens.count)
    }

    static let sectionWords: Set<String> = ["side", "effects", "effect", "adverse", "reactions", "reaction", "common", "most", "very",
        "serious", "rare", "but", "contraindications", "contraindication", "drug", "interactions", "interaction", "the", "of", "and", "warnings",
        "precautions", "possible", "undesirable", "absolute", "relative", "other", "main", "key", "indications", "uses", "combinations", "popular", "&"]

    /// A label that names the section ("Side Effects", "Contraindications"),
    /// not an item ("Neurotoxicity (nerve damage)").
    static func isSectionLabel(_ label: String) -> Bool {
        Tokenizer.tokens(label).filter(\.isWord).allSatisfy { sectionWords.contains($0.key) }
    }

    /// A bare enumeration: comma-separated short phrases, no verb. Returns
    /// the range after an opening "include(s)" when there is one.
    static func bareList(_ unit: SentenceUnit, from start: Int) -> Range<Int>? {
        let tokens = unit.tokens
        var begin = start
        if let include = unit.firstToken(from: start, where: { $0 == "include" || $0 == "includes" || $0 == "including" }) {
            begin = include + 1
            if begin < tokens.count, tokens[begin].key == ":" { begin += 1 }
        }
        let range = begin..<tokens.count
        let chunks = Phrases.chunks(tokens, range)
        guard chunks.count >= 2 || begin > start else { return nil }
        if (begin..<tokens.count).contains(where: { finiteVerbs.contains(tokens[$0].key) || Cues.isNegation(unit, $0) }) { return nil }
        let long = chunks.filter { Phrases.head(tokens, $0).count > 6 }.count
        return long * 2 <= chunks.count ? range : nil
    }

    static let finiteVerbs: Set<String> = ["is", "are", "was", "were", "be", "been", "can", "may", "might", "should", "has", "have", "had",
        "will", "would", "occur", "occurs", "does", "do", "did", "suit", "suits", "fit", "fits", "when", "if", "even", "although", "helps",
        "means", "causes", "requires", "needs", "becomes", "works", "appears", "gives", "offers"]

    static func subject(_ unit: SentenceUnit, _ state: RuleState) -> NodeKey? {
        guard let drug = state.mainDrug else { return nil }
        return NodeKey(id: drug.id, kind: drug.kind)
    }

    // MARK: adverse events

    static func adverseEvents(_ unit: SentenceUnit, _ state: inout RuleState) {
        guard let drug = subject(unit, state), !(unit.text.trimmingWhitespace().hasSuffix(":") && !unit.isListItem) else { return }
        var attributes: [String: String] = [:]
        attributes["frequency"] = unit.context.frequency
        attributes["severity"] = unit.context.severity
        let tokens = unit.tokens
        // "Pleural effusion (common)", "Pulmonary arterial hypertension (rare but serious)": the item's own words win.
        if unit.isListItem, let open = tokens.firstIndex(where: { $0.key == "(" }), let close = tokens[open...].firstIndex(where: { $0.key == ")" }), close > open + 1 {
            let inner = tokens[(open + 1)..<close].map(\.key).joined(separator: " ")
            if let frequency = SectionContext.frequency(in: inner) { attributes["frequency"] = frequency }
            if ["serious", "severe", "lifethreatening"].contains(where: inner.has) { attributes["severity"] = "serious" }
        }
        var emitted: [(Range<Int>, String?)] = []
        if let (lead, body) = leadAndBody(unit) {
            let head = Phrases.head(tokens, lead)
            if Phrases.isVague(tokens, head) || head.isEmpty {
                let group = Phrases.id(tokens, head)
                let inBody = unit.mentions(of: [.adverseEvent], from: body.lowerBound).filter { !afterCause(unit, $0) && !insideParenthesis(unit, $0) }
                for mention in inBody {
                    emitted.append((mention.first..<mention.end, group.isEmpty ? nil : group))
                }
                // "Kidney problems: Changes in kidney function may occur." — the body's subject.
                if inBody.isEmpty, let verb = (body.lowerBound..<tokens.count).first(where: { finiteVerbs.contains(tokens[$0].key) }),
                   verb > body.lowerBound, verb - body.lowerBound <= 5, tokens[body.lowerBound].key != "these", tokens[body.lowerBound].key != "this" {
                    emitted.append((body.lowerBound..<verb, group.isEmpty ? nil : group))
                }
            } else {
                emitted += splitEvents(unit, head).map { ($0, nil) }
                if let paren = Phrases.parenthesis(tokens, after: head, within: lead) {
                    emitted += unit.mentions(of: [.adverseEvent], from: paren.lowerBound, to: paren.upperBound).map { ($0.first..<$0.end, nil) }
                }
                if let example = unit.firstToken(from: body.lowerBound, where: { $0 == "including" || $0 == "e.g" || $0 == "such" }) {
                    emitted += unit.mentions(of: [.adverseEvent], from: example).map { ($0.first..<$0.end, nil) }
                }
            }
        } else if let list = bareList(unit, from: unit.bodyStart) {
            for chunk in Phrases.chunks(tokens, list) {
                let head = Phrases.head(tokens, chunk)
                let paren = Phrases.parenthesis(tokens, after: head, within: chunk)
                if !Phrases.isVague(tokens, head) { emitted += splitEvents(unit, head).map { ($0, nil) } }
                if let paren {
                    emitted += unit.mentions(of: [.adverseEvent], from: paren.lowerBound, to: paren.upperBound).map { ($0.first..<$0.end, Phrases.isVague(tokens, head) ? Phrases.id(tokens, head) : nil) }
                }
            }
        } else {
            guard !Cues.negated(unit, unit.bodyStart..<tokens.count) else { return }
            emitted += unit.mentions(of: [.adverseEvent]).filter { !afterCause(unit, $0) }.map { ($0.first..<$0.end, nil) }
        }
        for (range, group) in emitted {
            guard let event = eventNode(unit, range, &state) else { continue }
            var withGroup = attributes
            if let group, group != event.id { withGroup["group"] = group }
            state.sink.add(drug, "CAUSES_ADVERSE_EVENT", event, attributes: withGroup, unit: unit, rule: "section.adverse_event", confidence: 0.85)
        }
    }

    /// A phrase split at "and"/"or" when every part is a known event.
    static func splitEvents(_ unit: SentenceUnit, _ head: Range<Int>) -> [Range<Int>] {
        guard !head.isEmpty else { return [] }
        let joints = head.filter { ["and", "or", "/"].contains(unit.tokens[$0].key) }
        guard !joints.isEmpty else { return [head] }
        var parts: [Range<Int>] = []
        var start = head.lowerBound
        for joint in joints + [head.upperBound] {
            if joint > start { parts.append(start..<joint) }
            start = joint + 1
        }
        let allKnown = parts.allSatisfy { part in unit.mentions.contains { $0.first == part.lowerBound && $0.end == part.upperBound && $0.kind == .adverseEvent } }
        return allKnown ? parts : [head]
    }

    static func insideParenthesis(_ unit: SentenceUnit, _ mention: Mention) -> Bool {
        var depth = 0
        for index in 0..<mention.first {
            if unit.tokens[index].key == "(" { depth += 1 } else if unit.tokens[index].key == ")" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    static func afterCause(_ unit: SentenceUnit, _ mention: Mention) -> Bool {
        var index = mention.first - 1
        while index >= max(0, mention.first - 4) {
            let key = unit.tokens[index].key
            if key == "," || key == ")" || key == "(" { return false }
            if ["due", "because", "caused"].contains(key) { return true }
            index -= 1
        }
        return false
    }

    static func eventNode(_ unit: SentenceUnit, _ range: Range<Int>, _ state: inout RuleState) -> NodeKey? {
        let tokens = unit.tokens
        guard !range.isEmpty, range.count <= 8 else { return nil }
        if let known = unit.mentions.first(where: { $0.first == range.lowerBound && $0.end == range.upperBound && $0.kind == .adverseEvent }) {
            return state.sink.node(known)
        }
        guard tokens[range.lowerBound].isWord, !unit.mentions.contains(where: { $0.first >= range.lowerBound && $0.end <= range.upperBound && $0.kind != .adverseEvent && $0.kind != .process }) else { return nil }
        let id = Phrases.id(tokens, range)
        guard id.count >= 3, !["other", "others", "etc"].contains(id) else { return nil }
        return state.sink.node(id: id, kind: .adverseEvent, name: surfaceText(tokens, range.lowerBound, range.upperBound))
    }

    // MARK: contraindications

    static func contraindications(_ unit: SentenceUnit, _ state: inout RuleState) {
        guard let drug = subject(unit, state) else { return }
        let tokens = unit.tokens
        var phrases: [Range<Int>] = []
        if let (lead, _) = leadAndBody(unit), unit.isListItem {
            phrases.append(Phrases.head(tokens, lead))
        } else if let list = bareList(unit, from: unit.bodyStart) {
            phrases += Phrases.chunks(tokens, list).map { Phrases.head(tokens, $0) }
        } else {
            // "Individuals with severe liver or kidney disease ... may not be suitable"
            for index in unit.bodyStart..<tokens.count where tokens[index].key == "with" {
                let rest = (index + 1)..<tokens.count
                let end = rest.first { [",", ".", ";", "may", "should", "who", "are", "is"].contains(tokens[$0].key) } ?? tokens.count
                if end > index + 1 { phrases.append(Phrases.head(tokens, (index + 1)..<end)) }
            }
        }
        for phrase in phrases { addConditions(unit, phrase, drug: drug, rule: "section.contraindication", &state) }
    }

    static let genericConditions: Set<String> = ["situations", "cases", "patients", "people", "individuals", "those", "conditions", "hypersensitivity reactions"]

    static func addConditions(_ unit: SentenceUnit, _ phrase: Range<Int>, drug: NodeKey, rule: String, _ state: inout RuleState) {
        let tokens = unit.tokens
        guard !phrase.isEmpty, phrase.count <= 9 else { return }
        if ["situations", "cases", "certain", "other", "any"].contains(tokens[phrase.lowerBound].key) { return }
        if phrase.contains(where: { ["certain", "other", "comorbid", "comorbidities"].contains(tokens[$0].key) }) { return }
        for text in Phrases.expandCoordination(tokens, phrase) where !genericConditions.contains(text) && text.count >= 3 {
            let known = state.sink.graph.nodes[NodeKey(id: text, kind: .condition)] == nil ? canonicalCondition(text, unit) : text
            let key = state.sink.node(id: known, kind: .condition, name: text)
            state.sink.add(drug, "CONTRAINDICATED_IN", key, unit: unit, rule: rule, confidence: 0.85)
        }
    }

    static func canonicalCondition(_ text: String, _ unit: SentenceUnit) -> String {
        text.hasPrefix("hypersensitivity to ") ? "hypersensitivity" : text
    }

    // MARK: indications, combinations, interactions

    static func indications(_ unit: SentenceUnit, _ state: inout RuleState) {
        guard unit.isListItem, let drug = subject(unit, state), let (lead, body) = leadAndBody(unit) else { return }
        let diseases = unit.mentions(of: [.disease], from: lead.lowerBound, to: lead.upperBound).filter { !IndicationRules.isModel(unit, $0) }
        let negated = Cues.negated(unit, lead)
        let attributes = IndicationRules.attributes(unit)
        if diseases.isEmpty {
            let head = Phrases.head(unit.tokens, lead)
            guard head.count >= 1, head.count <= 5, !unit.mentions.contains(where: { $0.first >= head.lowerBound && $0.end <= head.upperBound }) else { return }
            let use = state.sink.node(id: Phrases.id(unit.tokens, head), kind: .process, name: surfaceText(unit.tokens, head.lowerBound, head.upperBound))
            state.sink.add(drug, "USED_FOR", use, unit: unit, rule: "section.indication.use", confidence: 0.6, negated: negated)
            _ = body
            return
        }
        for disease in diseases {
            state.sink.add(drug, "INDICATED_FOR", state.sink.node(disease), attributes: attributes, unit: unit, rule: "section.indication", confidence: 0.85, negated: negated)
        }
    }

    static func combinations(_ unit: SentenceUnit, _ state: inout RuleState) {
        guard unit.isListItem, let main = subject(unit, state), let (lead, body) = leadAndBody(unit) else { return }
        let partners = unit.mentions(of: [.drug], from: lead.lowerBound, to: lead.upperBound).filter { $0.id != main.id }
        guard !partners.isEmpty else { return }
        let members = [main] + partners.map { state.sink.node($0) }
        guard let combination = state.sink.combination(members, unit: unit, rule: "section.combination") else { return }
        state.blockCombination[unit.blockIndex] = combination
        for disease in unit.mentions(of: [.disease], from: body.lowerBound) where !IndicationRules.isModel(unit, disease) {
            state.sink.add(combination, "USED_FOR", state.sink.node(disease), unit: unit, rule: "section.combination.use", confidence: 0.8)
        }
    }

    static func interactions(_ unit: SentenceUnit, _ state: inout RuleState) {
        guard let main = subject(unit, state), !unit.hasWord({ $0.hasPrefix("avoid") }) else { return }
        guard unit.isListItem || bareList(unit, from: unit.bodyStart) != nil else { return }
        for partner in unit.mentions(of: [.drug, .drugClass]) where partner.id != main.id {
            state.sink.add(main, "INTERACTS_WITH", state.sink.node(partner), unit: unit, rule: "section.interaction", confidence: 0.7)
        }
    }
}
