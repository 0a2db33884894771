import KGDocuments

/// Walks a page's blocks in order and gives each the texts that frame it,
/// nearest first: its label, the sentence that introduced its list, a
/// plain-text page's pseudo-heading, then the headings above it.
struct ContextTracker {
    private var pseudoHeading: String?
    private var intro: [String] = []
    /// The whole paragraph that introduced a list (only its mention of resistance counts).
    private var introParagraph = ""
    private var previousWasIntroducer = false
    private var lastSection: [String] = []
    /// `lastSection`'s headings, nearest first (built once per section).
    private var headings: [String] = []

    struct Contexts {
        var texts: [String]
        /// How many of the first texts are the block's own label (they name
        /// the topic but give no frequency or severity).
        var labelCount: Int
        /// How many of the first texts are the block's own (label, list intro).
        var localCount = 0
        /// The introducing paragraph, read only for a mention of resistance.
        var introParagraph = ""
    }

    mutating func contexts(for block: Block, label: String?, sentences: [String]) -> Contexts {
        if block.sectionPath != lastSection {
            lastSection = block.sectionPath
            headings = Array(block.sectionPath.reversed())
            pseudoHeading = nil
            intro = []
        }
        let labelCount = label == nil ? 0 : 1
        switch block.kind {
        case .heading:
            pseudoHeading = nil
            intro = []
            return Contexts(texts: texts(label: label), labelCount: labelCount)
        case .listItem:
            previousWasIntroducer = false
            return Contexts(texts: texts(label: label, carried: intro, pseudoHeading: pseudoHeading), labelCount: labelCount,
                            localCount: labelCount + intro.count, introParagraph: introParagraph)
        case .reference:
            return Contexts(texts: ["references"] + headings, labelCount: 0)
        case .paragraph:
            let last = sentences.last.map(TextCleaner.clean)?.trimmingWhitespace() ?? ""
            let carried = previousWasIntroducer ? intro : []
            let result = Contexts(texts: texts(label: label, carried: carried, pseudoHeading: pseudoHeading), labelCount: labelCount)
            if Self.isPseudoHeading(last, sentenceCount: sentences.count) {
                pseudoHeading = last
                intro = []
                previousWasIntroducer = false
            } else if last.hasSuffix(":") {
                intro = [last] + (label.map { [$0] } ?? [])
                introParagraph = sentences.joined(separator: " ")
                previousWasIntroducer = true
            } else {
                intro = []
                previousWasIntroducer = false
            }
            return result
        default:
            previousWasIntroducer = false
            return Contexts(texts: texts(label: label, pseudoHeading: pseudoHeading), labelCount: labelCount)
        }
    }

    /// The label, the carried texts, the pseudo-heading and the headings, in
    /// that order, built in one array (joining them made one per step).
    private func texts(label: String?, carried: [String] = [], pseudoHeading: String? = nil) -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(2 + carried.count + headings.count)
        if let label { texts.append(label) }
        texts.append(contentsOf: carried)
        if let pseudoHeading { texts.append(pseudoHeading) }
        texts.append(contentsOf: headings)
        return texts
    }

    /// A short line with no closing punctuation, as plain-text pages write headings.
    static func isPseudoHeading(_ text: String, sentenceCount: Int) -> Bool {
        guard sentenceCount == 1, let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        if let ascii = asciiWordCount(text) {
            // ASCII: the last character is the last byte ("\r\n" ends in neither).
            guard let last = text.utf8.last, !".:;,!?)".utf8.contains(last) else { return false }
            return ascii >= 1 && ascii <= 10
        }
        guard let last = text.last, !".:;,!?)".contains(last) else { return false }
        let words = text.split(separator: " ").count
        return words >= 1 && words <= 10
    }

    /// How many words an ASCII text has between spaces (as
    /// `split(separator: " ")` counts them); nil when it is not ASCII.
    private static func asciiWordCount(_ text: String) -> Int? {
        var words = 0, previous = UInt8(ascii: " ")
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte != UInt8(ascii: " ") && previous == UInt8(ascii: " ") { words += 1 }
            previous = byte
        }
        return words
    }
}
