import KGGraph

/// Sentences linking a drug or combination to a disease: INDICATED_FOR
/// ("used to treat", "prescribed for", "indicated for"), APPROVED_FOR,
/// STUDIED_FOR ("studies have explored", "clinical trials"), USED_FOR
/// ("runs alongside cytarabine in AML"), and their negations
/// (NOT_APPROVED_FOR, NOT_INDICATED_FOR: "solid tumours are not its setting").
/// Rule ids: `sentence.<relation>`.
enum IndicationRules {
    static let combinationCues: Set<String> = ["combination", "combined", "alongside", "paired", "plus", "+", "together", "combining"]

    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        // Every reading needs a disease: most sentences name none.
        guard !unit.isQuestion, unit.mentions.contains(where: { $0.kind == .disease }) else { return }
        for clause in unit.clauses {
            // A disease named again in parentheses ("... leukemia (AML)") is one reading.
            var previousId: String?
            let diseases = unit.mentions(of: [.disease], from: clause.lowerBound, to: clause.upperBound).filter { mention in
                defer { previousId = mention.id }
                return !isModel(unit, mention) && mention.id != previousId
            }
            guard !diseases.isEmpty, let (relation, cue) = cue(unit, clause) else { continue }
            if unit.isReference, relation != "STUDIED_FOR" { continue }
            let negated = Cues.negatedNear(unit, cue, clauseStart: clause.lowerBound) || relation == "NOT_INDICATED_FOR"
            let relationName = relation == "NOT_INDICATED_FOR" ? "INDICATED_FOR" : relation
            let comboCue = clause.first { combinationCues.contains(unit.tokens[$0].key) }
            let combined = subjects(unit, clause: clause, state: &state)
            // What depends on the disease alone is read once, not once per subject.
            var diseaseAttributes: [[String: String]?] = Array(repeating: nil, count: diseases.count)
            let hedged = Cues.hedged(unit, clause)
            let rule = "sentence." + relationName.lowercased()
            for subject in combined {
                let isCombination = subject.kind == .combination
                for (position, disease) in diseases.enumerated() where comboCue == nil || !combined.contains(where: { $0.kind == .combination }) || (disease.first > comboCue! ? isCombination : !isCombination) {
                    // The words between the previous disease and this one qualify it.
                    let from = position == 0 ? clause.lowerBound : diseases[position - 1].end
                    let attributes = diseaseAttributes[position] ?? attributes(unit, from..<min(unit.tokens.count, disease.end + 3))
                    diseaseAttributes[position] = attributes
                    state.sink.add(subject, relationName, state.sink.node(disease), attributes: attributes, unit: unit,
                                   rule: rule, confidence: 0.75, hedged: hedged, negated: negated)
                }
            }
        }
    }

    /// A disease word that names cells or a model, not the disease treated.
    static func isModel(_ unit: SentenceUnit, _ mention: Mention) -> Bool {
        guard mention.end < unit.tokens.count else { return false }
        var next = mention.end
        if unit.tokens[next].key == "(" , next + 2 < unit.tokens.count, unit.tokens[next + 2].key == ")" { next += 3 }
        guard next < unit.tokens.count else { return false }
        return ["cell", "cells", "model", "models", "line", "lines", "blasts", "xenograft", "xenografts", "mice"].contains(unit.tokens[next].key)
    }

    /// Stems of studying ("studies", "explored", "trials", "investigated",
    /// "evaluating") and of indicating ("indicated", "prescribed"), each
    /// group tested against a word at once.
    static let studiedStems = ASCIIPrefixes(["stud", "explor", "trial", "investigat", "evaluat"])
    static let indicatedStems = ASCIIPrefixes(["indicat", "prescrib"])

    /// Every whole word `cue` compares a token with.
    static let indicationWords: Set<String> = [
        "treat", "treats", "treated", "treating", "treatment", "therapy", "for",
        "used", "use", "runs", "run", "given", "administered", "paired", "alongside", "combined", "setting",
    ]

    static func cue(_ unit: SentenceUnit, _ clause: Range<Int>) -> (String, Int)? {
        let tokens = unit.tokens
        for index in clause {
            let key = tokens[index].key
            // Shorter words cannot hold "approv" (asked of every word of the clause).
            if key.utf8.count >= 6, key.has("approv") { return ("APPROVED_FOR", index) }
            if studiedStems.matches(key) || key == "research" {
                return ("STUDIED_FOR", index)
            }
            if indicatedStems.matches(key) { return ("INDICATED_FOR", index) }
            // The cues below are whole words (`indicationWords`, flagged when the
            // sentence is read): other words need no comparison.
            guard unit.wordInfo[index].flags.contains(.indicationWord) else { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1].key : ""
            if ["treat", "treats", "treated", "treating"].contains(key) || (key == "treatment" && (next == "of" || next == "for")) || key == "therapy" && next == "for" {
                return ("INDICATED_FOR", index)
            }
            if key == "for", index > 0, ["chemotherapy", "treatment", "therapy", "drug", "medication", "agent", "option"].contains(tokens[index - 1].key) {
                return ("INDICATED_FOR", index)
            }
            if ["used", "use", "runs", "run", "given", "administered", "paired", "alongside", "combined"].contains(key) { return ("USED_FOR", index) }
            if key == "setting", clause.contains(where: { Cues.isNegation(unit, $0) }) { return ("NOT_INDICATED_FOR", index) }
        }
        return nil
    }

    /// The drug or combination the clause is about: a combination when it
    /// says "in combination with", "alongside", "paired with"; one per
    /// partner when partners are alternatives ("daunorubicin or cytarabine").
    static func subjects(_ unit: SentenceUnit, clause: Range<Int>, state: inout RuleState) -> [NodeKey] {
        let drugs = unit.mentions(of: [.drug], from: clause.lowerBound, to: clause.upperBound)
        let comboCue = clause.first { combinationCues.contains(unit.tokens[$0].key) }
        let base: Mention? = drugs.first { comboCue == nil || $0.end <= comboCue! } ?? (unit.isReference ? drugs.first : state.defaultSubject(unit))
        guard let base else { return [] }
        guard let comboCue else {
            return drugs.isEmpty ? [state.sink.node(base)] : drugs.filter { $0.id == drugs[0].id || !unit.isReference }.map { state.sink.node($0) }
        }
        let partners = drugs.filter { $0.id != base.id && ($0.first > comboCue || $0.end <= comboCue) }.sorted { $0.first < $1.first }
        guard !partners.isEmpty else { return [state.sink.node(base)] }
        let baseKey = state.sink.node(base)
        var result: [NodeKey] = []
        let diseaseBeforeCue = unit.mentions.contains { $0.kind == .disease && $0.first >= clause.lowerBound && $0.end <= comboCue }
        if diseaseBeforeCue && base.first < comboCue || clause.contains(where: { ["alone", "monotherapy", "single-agent"].contains(unit.tokens[$0].key) }) { result.append(baseKey) }
        let span = partners.first!.end..<max(partners.first!.end, partners.last!.first)
        let alternatives = span.contains { unit.tokens[$0].key == "or" }
        let groups: [[Mention]] = alternatives ? partners.map { [$0] } : [partners]
        for group in groups {
            if let combination = state.sink.combination([baseKey] + group.map { state.sink.node($0) }, unit: unit, rule: "sentence.combination") {
                state.blockCombination[unit.blockIndex] = combination
                result.append(combination)
            }
        }
        return result
    }

    /// `disease_state`, `population` and `regulator` stated in the sentence
    /// (or in `range` of it).
    static func attributes(_ unit: SentenceUnit, _ range: Range<Int>? = nil) -> [String: String] {
        let lower = range.map { surfaceText(unit.tokens, $0.lowerBound, $0.upperBound).lowercased() } ?? unit.lower
        var attributes: [String: String] = [:]
        for state in ["relapsed or refractory", "relapsed/refractory", "newly diagnosed", "refractory", "relapsed"] where lower.has(state) {
            attributes["disease_state"] = state == "relapsed/refractory" ? "relapsed or refractory" : state
            break
        }
        for population in ["pediatric", "paediatric", "children", "adolescents", "adults", "elderly", "older adults"] where lower.has(population) {
            attributes["population"] = Spelling.american(population)
            break
        }
        for regulator in ["fda", "ema"] where lower.has(regulator) { attributes["regulator"] = regulator.uppercased() }
        return attributes
    }
}
