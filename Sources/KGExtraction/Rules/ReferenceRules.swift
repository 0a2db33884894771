import Foundation
import KGGraph

/// Reference titles name trials: "Results of a phase 1-2 study of
/// clofarabine in combination with cytarabine ..." gives the drug or
/// combination TESTED_IN a Study (its NCT id, else its title). The other
/// rules read reference titles as sentences too; their evidence keeps the
/// `reference` block kind. Rule id: `reference.tested_in`.
enum ReferenceRules {
    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard unit.isReference else { return }
        let lower = unit.lower
        let nct = nctIdentifier(unit.text)
        let isTrial = nct != nil || lower.range(of: #"phase\s+(i{1,3}|[1-3])[ab]?(\s*[-/]\s*(i{1,3}|[1-3]))?\s+(study|trial)"#, options: .regularExpression) != nil
            || lower.has("randomized trial") || lower.has("randomised trial") || lower.has("randomized controlled")
        guard isTrial else { return }
        let drugs = unit.mentions.filter { $0.kind == .drug }
        var seen: Set<String> = []
        let distinct = drugs.filter { seen.insert($0.id).inserted }
        guard !distinct.isEmpty else { return }
        let subject: NodeKey?
        if distinct.count == 1 {
            subject = state.sink.node(distinct[0])
        } else {
            subject = state.sink.combination(distinct.map { state.sink.node($0) }, unit: unit, rule: "reference.combination")
        }
        guard let subject else { return }
        let study = state.sink.node(id: nct ?? title(unit.text), kind: .study)
        state.sink.add(subject, "TESTED_IN", study, unit: unit, rule: "reference.tested_in", confidence: 0.7)
    }

    static func nctIdentifier(_ text: String) -> String? {
        guard let range = text.range(of: #"NCT\d{8}"#, options: .regularExpression) else { return nil }
        return String(text[range])
    }

    /// The title without its number, source and "Results of a".
    static func title(_ text: String) -> String {
        var title = text.trimmingWhitespace()
        if let range = title.range(of: #"^\d+\.\s*"#, options: .regularExpression) { title.removeSubrange(range) }
        for separator in [" - PubMed", " - PMC", " | ", " [", " - "] {
            if let range = title.range(of: separator) { title = String(title[..<range.lowerBound]) }
        }
        if let range = title.range(of: #"^(results of|report of|final results of|outcomes of)\s+(an?|the)\s+"#, options: [.regularExpression, .caseInsensitive]) {
            title.removeSubrange(range)
        }
        return title.trimmingWhitespace()
    }
}
