/// Cleans the question and answer strings of a FAQ as content-management
/// exports write them: `What is X?**\n\n**A:** It is…` as the question and
/// `A:** It is…` as the answer become `What is X?` and `It is…`.
enum FAQText {
    /// The question: markup removed, cut after its first `?` (what follows is
    /// the answer pasted in again).
    static func question(_ raw: String) -> String {
        var text = fold(raw.replacingOccurrences(of: "**", with: ""))
        if let mark = text.firstIndex(of: "?") {
            text = String(text[...mark])
        } else if let answer = text.range(of: " A: ") {
            text = String(text[..<answer.lowerBound])
        }
        return stripLabel(text, labels: ["Q:", "Question:"])
    }

    /// The answer: the `A:**` label and markup removed. When `raw` is empty the
    /// answer is taken from after `A:` in the raw question.
    static func answer(_ raw: String, question rawQuestion: String) -> String {
        var text = fold(raw.replacingOccurrences(of: "**", with: ""))
        if text.isEmpty {
            let question = fold(rawQuestion.replacingOccurrences(of: "**", with: ""))
            if let label = question.range(of: "A:") { text = String(question[label.upperBound...]) }
        }
        return stripLabel(text, labels: ["A:", "Answer:"])
    }

    private static func stripLabel(_ text: String, labels: [String]) -> String {
        var text = text.trimmingCharacters(in: .whitespaces)
        for label in labels where text.hasPrefix(label) {
            text = String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    static func fold(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

import Foundation
