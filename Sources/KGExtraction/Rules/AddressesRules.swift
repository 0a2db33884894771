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
        guard !unit.isQuestion, unit.saysRemedyWord else { return }
        let tokens = unit.tokens
        guard let cue = tokens.indices.first(where: { ResistanceRules.isRemedyCue(tokens, $0) }) else { return }
        let resisted = explicitResistedDrug(unit)
        let baseDrug = resisted ?? state.mainDrug
        var partners: [Mention] = unit.mentions.filter { $0.kind == .drug && $0.id != baseDrug?.id }
        if partners.isEmpty {
            partners = unit.mentions.filter { $0.kind == .drugClass && $0.target != nil }
        }
        var subjects: [NodeKey] = []
        if partners.isEmpty {
            if let members = state.blockPartners[unit.blockIndex], let combination = state.sink.combination(members, unit: unit, rule: "addresses.stated") {
                subjects = [combination]
            }
        } else if combinedWithBase(unit, partners), let baseDrug {
            if let combination = state.sink.combination([state.sink.node(baseDrug)] + partners.map { state.sink.node($0) }, unit: unit, rule: "addresses.stated") {
                subjects = [combination]
            }
        } else if let baseDrug, let first = unit.mentions.first(where: { $0.kind == .drug && $0.first >= unit.bodyStart }), first.id == baseDrug.id {
            // "Clofarabine can inhibit RNR, raising cytarabine's ara-CTP, re-sensitizing": the pair acts together.
            if let combination = state.sink.combination([state.sink.node(baseDrug)] + partners.map { state.sink.node($0) }, unit: unit, rule: "addresses.stated") {
                subjects = [combination]
            }
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

    /// Whether the text puts the partners together with the resisted drug:
    /// "a combination with X", "pre-treatment ... with X", "X combined with";
    /// not when the combination is an alternative ("a triple combination or
    /// a direct Mcl-1 inhibitor").
    static func combinedWithBase(_ unit: SentenceUnit, _ partners: [Mention]) -> Bool {
        let tokens = unit.tokens
        guard let partner = partners.first else { return false }
        if let word = tokens.indices.last(where: { ["combination", "combined", "combining", "pre-treatment", "pretreatment", "plus", "alongside"].contains(tokens[$0].key) }) {
            let between = word < partner.first ? (word + 1)..<partner.first : min(partner.end, word)..<word
            if !between.contains(where: { tokens[$0].key == "or" }) { return true }
        }
        if partners.allSatisfy({ $0.kind == .drug }), let with = (max(0, partner.first - 6)..<partner.first).last(where: { tokens[$0].key == "with" }) {
            return !(with..<partner.first).contains { tokens[$0].key == "or" }
        }
        return false
    }

    static func explicitResistedDrug(_ unit: SentenceUnit) -> Mention? {
        let tokens = unit.tokens
        for index in tokens.indices where tokens[index].key.has("resist") {
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
            return unique((targeted.isEmpty ? here : targeted).map(\.node))
        }
        // 2. "overcomes resistance to D": the resistance itself.
        if let resisted {
            return [state.sink.node(id: resisted.id + " resistance", kind: .resistanceMechanism, attributes: ["drug": resisted.id])]
        }
        // 3. A protein change named here ("C481S-mediated resistance"): the page's mutation with that variant.
        let variants = Set(unit.tokens.map(\.text).filter(ResistanceRules.isVariant))
        if !variants.isEmpty {
            let mutated = page.filter { state.sink.graph.nodes[$0.node]?.attributes["variant"].map(variants.contains) == true }
            if !mutated.isEmpty { return unique(mutated.map(\.node)) }
        }
        // 4. Markers named here: the page's mechanisms on them, or new ones.
        var result: [NodeKey] = []
        for marker in ResistanceRules.markers(unit) {
            let known = page.filter { $0.marker == marker.mention.id }
            if known.isEmpty, let drug = state.mainDrug {
                result.append(ResistanceRules.mechanismNode(marker, drug: drug, &state, unit: unitIndex))
            } else {
                result += known.map(\.node)
            }
        }
        if !result.isEmpty { return unique(result) }
        // 5. The last mechanism read earlier in the same block.
        if let last = page.last(where: { $0.unit < unitIndex && state.units[$0.unit].blockIndex == unit.blockIndex }) { return [last.node] }
        return []
    }

    static func unique(_ keys: [NodeKey]) -> [NodeKey] {
        var seen: Set<NodeKey> = []
        return keys.filter { seen.insert($0).inserted }
    }

    /// Derived: a drug the page says inhibits an upregulated marker, or
    /// raises (upregulates, stabilises, activates) a lost one, addresses
    /// that mechanism in combination with the resisted drug.
    static func derive(_ state: inout RuleState) {
        var seen: Set<String> = []
        let mechanisms = state.sink.mechanisms.filter { seen.insert($0.node.id + "|" + $0.drug).inserted }
        guard !mechanisms.isEmpty else { return }
        // In page order (a dictionary's order changes from run to run, and with
        // it the order of the evidence this adds).
        let edges = state.sink.graph.edges.values.filter { $0.subject.kind == .drug && $0.object.kind == .gene }.sorted {
            ($0.evidence.first?.bytes.lowerBound ?? 0, $0.subject.id, $0.relation, $0.object.id)
                < ($1.evidence.first?.bytes.lowerBound ?? 0, $1.subject.id, $1.relation, $1.object.id)
        }
        var unitAt: [Int: Int] = [:]
        for (index, unit) in state.units.enumerated() where unitAt[unit.bytes.lowerBound] == nil { unitAt[unit.bytes.lowerBound] = index }
        for edge in edges {
            let counters: String
            switch edge.relation {
            case "INHIBITS", "DOWNREGULATES": counters = "up"
            case "UPREGULATES", "STABILIZES", "ACTIVATES", "INCREASES": counters = "down"
            default: continue
            }
            for mechanism in mechanisms where mechanism.marker == edge.object.id && mechanism.direction == counters && mechanism.drug != edge.subject.id {
                guard let evidence = edge.evidence.first, let position = unitAt[evidence.bytes.lowerBound] else { continue }
                let unit = state.units[position]
                let drug = state.sink.node(id: mechanism.drug, kind: .drug)
                guard let combination = state.sink.combination([drug, edge.subject], unit: unit, rule: "addresses.derived") else { continue }
                state.sink.add(combination, "ADDRESSES", mechanism.node, unit: unit, rule: "addresses.derived", confidence: 0.5)
            }
        }
    }
}
