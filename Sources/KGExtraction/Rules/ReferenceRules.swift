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
        let nct = nctIdentifier(unit.tokens)
        let isTrial = nct != nil || namesTrial(unit.tokens)
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

    static let phases: Set<String> = ["i", "ii", "iii", "iv", "1", "2", "3", "4", "ia", "ib", "iia", "iib", "12", "23", "1b", "2b", "1a", "2a", "iii"]

    /// "phase 1-2 study", "phase IB trial", "randomized trial": token tests, no pattern compiled per title.
    static func namesTrial(_ tokens: [Token]) -> Bool {
        // By index: a `for token in tokens` loop copies every token (three strings).
        for index in tokens.indices {
            let key = tokens[index].key
            if key == "phase", index + 1 < tokens.count, phases.contains(tokens[index + 1].key) {
                let window = (index + 2)..<min(tokens.count, index + 6)
                if window.contains(where: { ["study", "trial", "studies", "trials"].contains(tokens[$0].key) }) { return true }
            }
            if (key == "randomized" || key == "randomised"), index + 1 < tokens.count,
               ["trial", "controlled", "study", "phase"].contains(tokens[index + 1].key) { return true }
        }
        return false
    }

    /// An NCT number (`NCT` and eight digits).
    static func nctIdentifier(_ tokens: [Token]) -> String? {
        // Bytes, length first: `hasPrefix` compares characters, and this runs on every token.
        tokens.first { token in
            let utf8 = token.exactKey.utf8
            guard utf8.count == 11 else { return false }
            return utf8.starts(with: "NCT".utf8) && utf8.dropFirst(3).allSatisfy { $0 >= 48 && $0 <= 57 }
        }?.exactKey
    }

    /// The title without its number, source and "Results of a".
    static func title(_ text: String) -> String {
        var title = Substring(text.trimmingWhitespace())
        while let first = title.first, first.isNumber { title = title.dropFirst() }
        if title.first == "." { title = title.dropFirst() }
        var result = title.trimmingWhitespace()
        for separator in [" - PubMed", " - PMC", " | ", " [", " - "] {
            if let range = result.range(of: separator) { result = String(result[..<range.lowerBound]) }
        }
        for opening in ["results of a ", "results of an ", "results of the ", "report of a ", "final results of a ", "outcomes of a "]
            where result.lowercased().hasPrefix(opening) {
            result = String(result.dropFirst(opening.count))
            break
        }
        return result.trimmingWhitespace()
    }
}
