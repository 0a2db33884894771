import KGGraph

/// What counters a resistance mechanism: "consider a combination with X",
/// "a combination with a BCL-2 inhibitor like venetoclax could be
/// effective", "X overcomes resistance to D", "pre-treatment with melatonin
/// ... re-sensitization" (stated), and a drug the page says inhibits an
/// upregulated marker or raises a lost one (derived). The remedy is a
/// Combination (with HAS_COMPONENT edges) when the text combines it with
/// the resisted drug. Rule ids: `addresses.stated`, `addresses.derived`.
enum AddressesRules {
    static let combinationWords: Set<String> = ["combination", "combined", "combining", "with", "pre-treatment", "pretreatment", "plus", "alongside", "together"]

    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard !unit.isQuestion else { return }
        let tokens = unit.tokens
        guard let cue = tokens.indices.first(where: { index in ResistanceRules.overcome.contains { tokens[index].key.hasPrefix($0) } }) else { return }
        let resisted = explicitResistedDrug(unit)
        let baseDrug = resisted ?? state.mainDrug
        var partners: [Mention] = unit.mentions.filter { $0.kind == .drug && $0.id != baseDrug?.id }
        if partners.isEmpty {
            partners = unit.mentions.filter { $0.kind == .drugClass && $0.target != nil }
        }
        var subjects: [NodeKey] = []
        let combines = tokens.contains { combinationWords.contains($0.key) && $0.key != "with" } || tokens.contains { $0.key == "with" } && !partners.isEmpty && partners.allSatisfy { $0.kind == .drug }
        if partners.isEmpty {
            if let members = state.blockPartners[unit.blockIndex], let combination = state.sink.combination(members, unit: unit, rule: "addresses.stated") {
                subjects = [combination]
            }
        } else if partners.allSatisfy({ $0.kind == .drugClass }) && !tokens.contains(where: { $0.key == "combined" || $0.key == "with" }) {
            subjects = partners.map { state.sink.node($0) }
        } else if combines, let baseDrug, !partnersAreSubjects(unit, partners, cue: cue) {
            if let combination = state.sink.combination([state.sink.node(baseDrug)] + partners.map { state.sink.node($0) }, unit: unit, rule: "addresses.stated") {
                subjects = [combination]
            }
        } else if combines, partnersAreSubjects(unit, partners, cue: cue), tokens.contains(where: { $0.key == "combined" || $0.key == "combination" }) {
            let members = partners.map { state.sink.node($0) }
            if let combination = state.sink.combination(members, unit: unit, rule: "addresses.stated") { subjects = [combination] }
        } else {
            subjects = partners.filter { $0.first < cue }.map { state.sink.node($0) }
        }
        guard !subjects.isEmpty else { return }
        let mechanisms = self.mechanisms(unit, unitIndex, resisted: resisted, partners: partners, &state)
        let hedged = Cues.hedged(unit, 0..<tokens.count)
        for subject in subjects {
            for mechanism in mechanisms {
                state.sink.add(subject, "ADDRESSES", mechanism, unit: unit, rule: "addresses.stated", confidence: 0.7, hedged: hedged)
            }
        }
    }

    /// Whether the partners are the sentence's subject ("Melatonin overcomes ...").
    static func partnersAreSubjects(_ unit: SentenceUnit, _ partners: [Mention], cue: Int) -> Bool {
        partners.allSatisfy { $0.first < cue }
    }

    static func explicitResistedDrug(_ unit: SentenceUnit) -> Mention? {
        let tokens = unit.tokens
        for (index, token) in tokens.enumerated() where token.key.contains("resist") {
            if let after = unit.mentions.first(where: { $0.kind == .drug && $0.first > index && $0.first <= index + 2 }),
               (index + 1..<after.first).contains(where: { tokens[$0].key == "to" }) { return after }
            if let before = unit.mentions.last(where: { $0.kind == .drug && $0.end == index }) { return before }
        }
        return nil
    }

    /// The mechanisms a remedy sentence is about, most specific first.
    static func mechanisms(_ unit: SentenceUnit, _ unitIndex: Int, resisted: Mention?, partners: [Mention], _ state: inout RuleState) -> [NodeKey] {
        let page = state.sink.mechanisms
        // 1. Mechanisms this very sentence stated, narrowed to a partner's target.
        let here = page.filter { $0.unit == unitIndex }
        if !here.isEmpty {
            let targets = Set(partners.compactMap(\.target))
            let targeted = here.filter { targets.contains($0.marker) }
            return (targeted.isEmpty ? here : targeted).map(\.node)
        }
        // 2. "overcomes resistance to D": the resistance itself.
        if let resisted {
            return [state.sink.node(id: resisted.id + " resistance", kind: .resistanceMechanism, attributes: ["drug": resisted.id])]
        }
        // 3. Markers named here: the page's mechanisms on them, or new ones.
        var result: [NodeKey] = []
        for marker in ResistanceRules.markers(unit) {
            let known = page.filter { $0.marker == marker.mention.id }
            if known.isEmpty, let drug = state.mainDrug {
                result.append(ResistanceRules.mechanismNode(marker, drug: drug, &state, unit: unitIndex))
            } else {
                result += known.map(\.node)
            }
        }
        if !result.isEmpty { return result }
        // 4. "the apoptotic pathway": the page's anti-apoptotic mechanisms.
        if unit.tokens.contains(where: { $0.key.hasPrefix("apopto") }) {
            let apoptotic = page.filter { ["MCL1", "BCL2L1", "BCL2", "BCL2A1"].contains($0.marker) || $0.marker.contains("apoptotic") }
            if !apoptotic.isEmpty { return apoptotic.map(\.node) }
        }
        // 5. The last mechanism read earlier in the same block.
        if let last = page.last(where: { $0.unit < unitIndex && state.units[$0.unit].blockIndex == unit.blockIndex }) { return [last.node] }
        return []
    }

    /// Derived: a drug the page says inhibits an upregulated marker, or
    /// raises (upregulates, stabilises, activates) a lost one, addresses
    /// that mechanism in combination with the resisted drug.
    static func derive(_ state: inout RuleState) {
        let mechanisms = state.sink.mechanisms
        guard !mechanisms.isEmpty else { return }
        let edges = state.sink.graph.edges.values.filter { $0.subject.kind == .drug && $0.object.kind == .gene }
        for edge in edges {
            let counters: String
            switch edge.relation {
            case "INHIBITS", "DOWNREGULATES": counters = "up"
            case "UPREGULATES", "STABILIZES", "ACTIVATES", "INCREASES": counters = "down"
            default: continue
            }
            for mechanism in mechanisms where mechanism.marker == edge.object.id && mechanism.direction == counters && mechanism.drug != edge.subject.id {
                guard let evidence = edge.evidence.first, let unit = state.units.first(where: { $0.line == evidence.line && $0.bytes == evidence.bytes }) else { continue }
                let drug = state.sink.node(id: mechanism.drug, kind: .drug)
                guard let combination = state.sink.combination([drug, edge.subject], unit: unit, rule: "addresses.derived") else { continue }
                state.sink.add(combination, "ADDRESSES", mechanism.node, unit: unit, rule: "addresses.derived", confidence: 0.5)
            }
        }
    }
}
