import KGGraph

/// Trial outcomes stated in running text: "the combination of gilteritinib
/// and venetoclax produced a composite complete remission rate of 58% in the
/// phase 1b trial NCT03625505" gives the combination HAS_RESPONSE_RATE
/// `CRc 58%` (attributes `metric`, `population` from "in patients with ...")
/// and TESTED_IN `NCT03625505`. The subject is what the sentence says was
/// given: the drugs named before the figure (a Combination when several),
/// leaving out a comparator ("compared with azacitidine alone"), else the
/// page's drug when a pronoun stands for it ("It achieved ..."). Reference titles are read by `ReferenceRules`.
/// Rule ids: `sentence.response_rate`, `sentence.tested_in`.
enum OutcomeRules {
    /// A response measure as written, its usual abbreviation, and its name.
    struct Metric {
        var words: [String]
        var abbreviation: String
        var name: String
    }

    /// Longest first, so that "composite complete remission" wins over "complete remission".
    static let metrics: [Metric] = [
        Metric(words: ["composite", "complete", "remission"], abbreviation: "CRc", name: "composite complete remission"),
        Metric(words: ["composite", "complete", "response"], abbreviation: "CRc", name: "composite complete response"),
        Metric(words: ["major", "molecular", "response"], abbreviation: "MMR", name: "major molecular response"),
        Metric(words: ["complete", "cytogenetic", "response"], abbreviation: "CCyR", name: "complete cytogenetic response"),
        Metric(words: ["complete", "remission"], abbreviation: "CR", name: "complete remission"),
        Metric(words: ["complete", "response"], abbreviation: "CR", name: "complete response"),
        Metric(words: ["overall", "response"], abbreviation: "ORR", name: "overall response"),
        Metric(words: ["objective", "response"], abbreviation: "ORR", name: "objective response"),
        Metric(words: ["partial", "response"], abbreviation: "PR", name: "partial response"),
        // No usual abbreviation: the measure is named in full.
        Metric(words: ["molecular", "response"], abbreviation: "molecular response", name: "molecular response"),
    ]

    /// Abbreviations read as written ("an ORR of 79%", "CR/CRi rate of 66%").
    static let abbreviations: Set<String> = ["ORR", "CR", "CRc", "CRi", "CRh", "PR", "MMR", "CCyR"]

    /// Words allowed between a measure and its figure ("rate of", "was", "in").
    static let linkers: Set<String> = ["rate", "rates", "of", "was", "were", "is", "a", "an", "(", ")", ":", "=", "reached", "achieved", "in", "/", "with"]

    /// Words that open a comparator: drugs after them are not the subject.
    static let comparators: Set<String> = ["compared", "versus", "vs", "than", "over"]

    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard !unit.isQuestion, !unit.isReference, !unit.isHeading else { return }
        if case .tableRow = unit.blockKind { return }
        let tokens = unit.tokens
        // The trial may be named before its arms ("In the VIALE-A trial (NCT02993523), A plus B improved ...").
        if let nct = ReferenceRules.nctIdentifier(tokens), let subject = subject(unit, upTo: tokens.count, &state) {
            let study = state.sink.node(id: nct, kind: .study)
            state.sink.add(subject, "TESTED_IN", study, unit: unit, rule: "sentence.tested_in", confidence: 0.75)
        }
        // "%" is punctuation: words are passed over without comparing strings.
        for index in tokens.indices where !tokens[index].isWord && tokens[index].key == "%" && index > 0 && tokens[index - 1].text.first?.isNumber == true {
            guard let (metric, end) = metric(before: index - 1, unit) else { continue }
            guard let subject = subject(unit, upTo: index, &state) else { continue }
            let value = tokens[index - 1].text + "%"
            var attributes = ["metric": metric.name]
            if let population = population(after: index + 1, unit) { attributes["population"] = population }
            let object = state.sink.node(id: "\(metric.abbreviation) \(value)", kind: .value)
            let negated = Cues.negated(unit, unit.bodyStart..<end)
            state.sink.add(subject, "HAS_RESPONSE_RATE", object, attributes: attributes, unit: unit, rule: "sentence.response_rate",
                           confidence: 0.8, hedged: Cues.hedged(unit, unit.bodyStart..<index), negated: negated)
        }
    }

    /// The measure that ends within a few linking words before the figure at `number`.
    static func metric(before number: Int, _ unit: SentenceUnit) -> (Metric, Int)? {
        let tokens = unit.tokens
        var index = number - 1
        while index >= max(0, number - 6) {
            let token = tokens[index]
            if abbreviations.contains(token.exactKey) {
                // "CR/CRi": the abbreviations joined as written.
                var start = index
                while start >= 2, tokens[start - 1].key == "/", abbreviations.contains(tokens[start - 2].exactKey) { start -= 2 }
                let text = tokens[start...index].map(\.text).joined()
                return (Metric(words: [], abbreviation: text, name: text.lowercased()), index)
            }
            for metric in metrics where index + 1 >= metric.words.count {
                let first = index + 1 - metric.words.count
                if (0..<metric.words.count).allSatisfy({ tokens[first + $0].key == metric.words[$0] }) { return (metric, index) }
            }
            guard linkers.contains(token.key) else { return nil }
            index -= 1
        }
        return nil
    }

    /// "in patients with relapsed mantle cell lymphoma (MCL)" → "relapsed mantle cell lymphoma".
    static func population(after start: Int, _ unit: SentenceUnit) -> String? {
        let tokens = unit.tokens
        guard let with = (start..<min(tokens.count, start + 6)).first(where: { tokens[$0].key == "with" && $0 > 0 && ["patients", "adults", "children"].contains(tokens[$0 - 1].key) }) else { return nil }
        let end = (with + 1..<tokens.count).first { ["(", ",", ".", ";", "who", "treated", "after", "compared"].contains(tokens[$0].key) } ?? tokens.count
        guard end > with + 1, end - with <= 9 else { return nil }
        return surfaceText(tokens, with + 1, end)
    }

    /// The drugs named before `end` (after the last clause break, and not
    /// after a comparator): one drug, or their Combination; else the page's drug.
    static func subject(_ unit: SentenceUnit, upTo end: Int, _ state: inout RuleState) -> NodeKey? {
        let tokens = unit.tokens
        var start = unit.bodyStart
        for index in start..<end where tokens[index].key == ";" || tokens[index].key == "," && index + 1 < end && ["and", "but", "while", "whereas"].contains(tokens[index + 1].key) {
            start = index + 1
        }
        let stop = (start..<end).first { comparators.contains(tokens[$0].key) } ?? end
        var seen: Set<String> = []
        var drugs = unit.mentions(of: [.drug], from: start, to: stop).filter { seen.insert($0.id).inserted }
        if drugs.isEmpty { drugs = unit.mentions(of: [.drug], from: unit.bodyStart, to: stop).filter { seen.insert($0.id).inserted } }
        switch drugs.count {
        case 0:
            // "It achieved ...": the page's drug; "Intensive chemotherapy achieves ..." is not about it.
            guard (unit.bodyStart..<stop).contains(where: { RuleState.pronouns.contains(tokens[$0].key) }) else { return nil }
            return state.defaultSubject(unit).map { state.sink.node($0) }
        case 1: return state.sink.node(drugs[0])
        default: return state.sink.combination(drugs.map { state.sink.node($0) }, unit: unit, rule: "sentence.combination")
        }
    }
}
