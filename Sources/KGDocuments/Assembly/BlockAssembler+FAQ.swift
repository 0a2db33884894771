/// Question-and-answer pairs written in a page's body: a heading or paragraph
/// labelled `Q:`, `Q1:` or `Question:` followed by a paragraph labelled `A:`,
/// `A1:` or `Answer:` become one `.faq` block, labels removed:
///
/// ```
/// ### Q1: How is Clofarabine metabolized?      →  faq(question: "How is Clofarabine metabolized?",
/// **A:** Intracellularly, to its triphosphate.       answer: "Intracellularly, to its triphosphate.")
/// ```
///
/// A labelled question not followed by an answer stays what it was (a
/// question heading then enters the section path as any heading does).
extension BlockAssembler {
    static func answering(_ question: Pending, with kind: Block.Kind, text: TextBuilder, range: Range<Int>) -> Pending? {
        guard let questionLabel = question.questionLabel, kind == .paragraph,
              let answerLabel = answerLabelLength(text.bytes) else { return nil }
        let questionText = question.text.dropping(first: questionLabel)
        let answerText = text.dropping(first: answerLabel)
        guard !questionText.isEmpty, !answerText.isEmpty else { return nil }
        var combined = questionText
        combined.append(answerText, separatorSource: range.lowerBound)
        return Pending(kind: .faq(question: questionText.string, answer: answerText.string), text: combined,
                       range: question.range.lowerBound..<range.upperBound, path: question.path, questionLabel: nil)
    }

    /// The length of a leading `Q:`, `Q12:` or `Question:` label and the spaces after it.
    static func questionLabelLength(_ bytes: [UInt8]) -> Int? {
        labelLength(bytes, letter: 0x51, word: "Question:")
    }

    /// The length of a leading `A:`, `A12:` or `Answer:` label and the spaces after it.
    static func answerLabelLength(_ bytes: [UInt8]) -> Int? {
        labelLength(bytes, letter: 0x41, word: "Answer:")
    }

    private static func labelLength(_ bytes: [UInt8], letter: UInt8, word: String) -> Int? {
        var index: Int
        if bytes.starts(with: word.utf8) {
            index = word.utf8.count
        } else {
            guard bytes.first == letter else { return nil }
            index = 1
            while index < bytes.count, index < 4, (0x30...0x39).contains(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == 0x3A else { return nil }
            index += 1
        }
        guard index < bytes.count, bytes[index] == 0x20 else { return nil }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return index
    }
}
