/// Cleans the question and answer strings of a FAQ as content-management
/// exports write them: `What is X?**\n\n**A:** It is…` as the question and
/// `A:** It is…` as the answer become `What is X?` and `It is…`.
///
/// ```swift
/// FAQText.question("Is it safe?**\n\n**A:** Yes.")          // "Is it safe?"
/// FAQText.answer("A:** Yes.", question: "Is it safe?**")      // "Yes."
/// ```
enum FAQText {
    /// The question: markup removed, cut after its first `?` (what follows is
    /// the answer pasted in again).
    static func question(_ raw: String) -> String {
        var text = fold(raw)
        if let mark = text.firstIndex(of: 0x3F) {
            text.removeSubrange((mark + 1)...)
        } else if let answer = find(Array(" A: ".utf8), in: text) {
            text.removeSubrange(answer...)
        }
        return String(decoding: stripLabel(text, labels: ["Q:", "Question:"]), as: UTF8.self)
    }

    /// The answer: the `A:**` label and markup removed. When `raw` is empty the
    /// answer is taken from after `A:` in the raw question.
    static func answer(_ raw: String, question rawQuestion: String) -> String {
        var text = fold(raw)
        if text.isEmpty {
            let question = fold(rawQuestion)
            if let label = find(Array("A:".utf8), in: question) { text = Array(question[(label + 2)...]) }
        }
        return String(decoding: stripLabel(text, labels: ["A:", "Answer:"]), as: UTF8.self)
    }

    private static func stripLabel(_ text: [UInt8], labels: [String]) -> [UInt8] {
        var text = text
        for label in labels where text.starts(with: label.utf8) {
            text.removeFirst(label.utf8.count)
        }
        while text.first == 0x20 { text.removeFirst() }
        return text
    }

    /// UTF-8 of `text` with `**` removed and white space folded and trimmed.
    static func fold(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { input in
            // Written in place: the output is never longer than the input (a
            // run of white space becomes at most one space, a star at most itself).
            [UInt8](unsafeUninitializedCapacity: input.count) { output, count in
                var written = 0
                var pendingSpace = false
                var previousStar = false
                for byte in input {
                    if byte == 0x2A {
                        if previousStar { previousStar = false; continue }
                        previousStar = true
                        continue
                    }
                    if previousStar { output[written] = 0x2A; written += 1; previousStar = false }
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                        pendingSpace = written > 0
                        continue
                    }
                    if pendingSpace { output[written] = 0x20; written += 1; pendingSpace = false }
                    output[written] = byte
                    written += 1
                }
                if previousStar { output[written] = 0x2A; written += 1 }
                count = written
            }
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
