import KGDocuments
import KGGraph

/// The first pass over a page: every sentence of every block tokenised,
/// its names recognised (with the abbreviations the page defines), its
/// section context worked out, and the page's main drug chosen.
struct PageReader {
    let lexicon: Lexicon
    let document: Document

    /// The most tokens a sentence unit holds (see `read()`).
    static let window = 250

    struct Page: Sendable {
        var units: [SentenceUnit]
        var mainDrug: Mention?
        var warnings: [DocumentWarning]
    }

    func read() -> Page {
        var recognizer = Recognizer(lexicon: lexicon)
        var units: [SentenceUnit] = []
        var warnings: [DocumentWarning] = []
        var tracker = ContextTracker()
        var readings: [String: SectionContext.Reading] = [:]
        readings.reserveCapacity(64)
        var introReading: (paragraph: String, resistance: Bool)?
        var previousTexts: [String]?, previousCounts = (label: -1, local: -1), previousContext = SectionContext()
        for (blockIndex, block) in document.blocks.enumerated() {
            let sentences = sentences(of: block)
            let label = Self.label(of: block, firstSentence: sentences.first?.text)
            let contexts = tracker.contexts(for: block, label: label, sentences: sentences.map(\.text))
            var question: String?
            // Blocks under one heading mostly share their context texts: read them once.
            if previousTexts != contexts.texts || previousCounts != (contexts.labelCount, contexts.localCount) {
                previousContext = SectionContext.from(nearestFirst: contexts.texts, labelCount: contexts.labelCount, localCount: contexts.localCount, cache: &readings)
                previousTexts = contexts.texts
                previousCounts = (contexts.labelCount, contexts.localCount)
            }
            var blockContext = previousContext
            if !contexts.introParagraph.isEmpty, introMentionsResistance(contexts.introParagraph, cache: &introReading) { blockContext.mentionsResistance = true }
            for (position, sentence) in sentences.enumerated() {
                let text = TextCleaner.clean(sentence.text)
                let allTokens = Tokenizer.tokens(text)
                let isQuestion = Self.endsWithQuestionMark(text)
                var context = blockContext
                if let question {
                    context = SectionContext.from(nearestFirst: [question] + contexts.texts, labelCount: contexts.labelCount + 1,
                                                  localCount: contexts.localCount + 1, cache: &readings)
                }
                // A "sentence" of thousands of words (a page without punctuation) is read in
                // windows of its own text, so that no rule's work grows with its square.
                let bytes = allTokens.count > Self.window ? Array(text.utf8) : []
                for windowStart in stride(from: 0, to: max(allTokens.count, 1), by: Self.window) {
                    // Most sentences fit one window: share their tokens rather than copy them.
                    let tokens = allTokens.count <= Self.window ? allTokens : Array(allTokens[windowStart..<min(allTokens.count, windowStart + Self.window)])
                    var windowText = text, windowQuote = sentence.text
                    if !bytes.isEmpty, let first = tokens.first, let last = tokens.last {
                        windowText = String(decoding: bytes[first.start..<last.end], as: UTF8.self)
                        windowQuote = windowText
                    }
                    let info = lexicon.wordInfo(for: tokens)
                    var mentions = recognizer.mentions(in: tokens, info: info)
                    if defineAbbreviations(tokens, mentions, recognizer: &recognizer, warnings: &warnings, line: sentence.span.line) {
                        mentions = recognizer.mentions(in: tokens, info: info)
                    }
                    var bodyStart = 0
                    if position == 0, windowStart == 0, label != nil, let colon = tokens.firstIndex(where: { $0.key == ":" }) { bodyStart = colon + 1 }
                    units.append(SentenceUnit(
                        text: windowText, tokens: tokens, wordInfo: info, mentions: mentions, blockIndex: blockIndex, block: block, quote: windowQuote,
                        line: sentence.span.line, bytes: sentence.span.bytes, context: context, isQuestion: isQuestion, label: label,
                        bodyStart: bodyStart, isFirstInBlock: position == 0 && windowStart == 0))
                }
                if isQuestion { question = text }
            }
        }
        AmbiguityResolver(lexicon: lexicon, path: document.path).resolve(&units, warnings: &warnings)
        return Page(units: units, mainDrug: MainDrug.find(document: document, units: units, lexicon: lexicon), warnings: warnings)
    }

    /// Whether a list's introducing paragraph mentions resistance; every
    /// item of the list asks, so the last answer is kept.
    private func introMentionsResistance(_ paragraph: String, cache: inout (paragraph: String, resistance: Bool)?) -> Bool {
        if let cache, cache.paragraph == paragraph { return cache.resistance }
        let resistance = paragraph.lowercasedFast().has("resistan")
        cache = (paragraph, resistance)
        return resistance
    }

    /// A block's sentences; a table row is one sentence (its cells), a FAQ
    /// entry its answer's sentences (the question comes first).
    private func sentences(of block: Block) -> [Sentence] {
        switch block.kind {
        case .tableRow(_, let cells):
            return [Sentence(text: cells.joined(separator: " "), span: block.span)]
        case .faq(let question, let answer):
            if !block.sentences.isEmpty { return block.sentences }
            return [Sentence(text: question, span: block.span), Sentence(text: answer, span: block.span)]
        default:
            return block.sentences.isEmpty && !block.text.isEmpty ? [Sentence(text: block.text, span: block.span)] : block.sentences
        }
    }

    /// "Side Effects: ..." → "Side Effects"; a FAQ's question; a front-matter key.
    static func label(of block: Block, firstSentence: String?) -> String? {
        switch block.kind {
        case .faq(let question, _): return question
        case .frontMatterField(let key): return key
        case .heading, .tableRow: return nil
        default: break
        }
        guard let raw = firstSentence, raw.containsByte(UInt8(ascii: ":")) else { return nil }
        let text = TextCleaner.clean(raw)
        if let answer = asciiLabel(text) { return answer }
        guard let colon = firstColon(text) else { return nil }
        let head = text[..<colon].trimmingWhitespace()
        let words = head.split(separator: " ")
        guard !words.isEmpty, words.count <= 7, head.count <= 60, !head.has("."), !head.has(",") else { return nil }
        return head
    }

    /// `text.firstIndex(of: ":")`, found over bytes when the colon byte has
    /// ASCII bytes (or the text's ends) on both sides: such a colon is a
    /// character of its own, and no earlier colon byte was (else it would
    /// have been found first or sent here to the character search).
    static func firstColon(_ text: String) -> String.Index? {
        let utf8 = text.utf8
        guard let byte = utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let after = utf8.index(after: byte)
        let asciiBefore = byte == utf8.startIndex || utf8[utf8.index(before: byte)] < 0x80
        let asciiAfter = after == utf8.endIndex || utf8[after] < 0x80
        return asciiBefore && asciiAfter ? byte : text.firstIndex(of: ":")
    }

    /// `text.trimmingWhitespace().hasSuffix("?")` over bytes when the mark
    /// follows an ASCII byte (a character then ends with it), else as written.
    static func endsWithQuestionMark(_ text: String) -> Bool {
        var end = text.utf8.endIndex
        while end > text.utf8.startIndex {
            let before = text.utf8.index(before: end)
            let byte = text.utf8[before]
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") else { break }
            end = before
        }
        guard end > text.utf8.startIndex, text.utf8[text.utf8.index(before: end)] == UInt8(ascii: "?") else { return false }
        let mark = text.utf8.index(before: end)
        if mark == text.utf8.startIndex || text.utf8[text.utf8.index(before: mark)] < 0x80 { return true }
        return text.trimmingWhitespace().hasSuffix("?")
    }

    /// `label(of:)` over bytes, when the text before the colon is ASCII
    /// without a carriage return (characters are then bytes, as almost
    /// always): `.some(label or nil)`; nil when it is not, and the general
    /// path must answer.
    private static func asciiLabel(_ text: String) -> String?? {
        var text = text
        return text.withUTF8 { bytes -> String?? in
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            // A mark after the colon would join it into another character.
            if colon + 1 < bytes.count && bytes[colon + 1] >= 0x80 { return nil }
            var lower = 0, upper = colon
            for index in 0..<colon where bytes[index] >= 0x80 || bytes[index] == UInt8(ascii: "\r") { return nil }
            while lower < upper && (bytes[lower] == UInt8(ascii: " ") || bytes[lower] == UInt8(ascii: "\t")) { lower += 1 }
            while upper > lower && (bytes[upper - 1] == UInt8(ascii: " ") || bytes[upper - 1] == UInt8(ascii: "\t")) { upper -= 1 }
            var words = 0
            for index in lower..<upper {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") { return .some(nil) }
                if byte != UInt8(ascii: " ") && (index == lower || bytes[index - 1] == UInt8(ascii: " ")) { words += 1 }
            }
            guard words >= 1, words <= 7, upper - lower <= 60 else { return .some(nil) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
        }
    }

    /// Registers "long name (ABBR)" definitions; returns whether any was new.
    private func defineAbbreviations(_ tokens: [Token], _ mentions: [Mention], recognizer: inout Recognizer,
                                     warnings: inout [DocumentWarning], line: Int) -> Bool {
        var added = false
        for mention in mentions where (mention.kind != .drug || !mention.isBrand) && mention.kind != .cellLine {
            let open = mention.end
            guard open + 2 < tokens.count, tokens[open].key == "(", tokens[open + 2].key == ")", tokens[open + 1].isWord else { continue }
            let abbreviation = tokens[open + 1]
            let scalars = abbreviation.text.unicodeScalars
            guard scalars.count >= 2, scalars.count <= 12, scalars.filter({ $0.properties.isUppercase }).count >= 2 else { continue }
            let inside = mentions.first { $0.first == open + 1 }
            if let inside, inside.kind == mention.kind, inside.id == mention.id, inside.alternatives.isEmpty { continue }
            if recognizer.pageAbbreviations[abbreviation.exactKey] != nil { continue }
            // "Loucy (T-ALL)" names a model, not an abbreviation: a known, unambiguous name keeps its meaning.
            if let inside, inside.alternatives.isEmpty, inside.key != mention.key { continue }
            // An abbreviation starts with its long form's initial ("mantle cell lymphoma (MCL)").
            guard let initial = abbreviation.key.first, mention.surface.lowercased().first == initial else { continue }
            if let inside, !inside.alternatives.isEmpty {
                warnings.append(DocumentWarning(path: document.path, line: line, message:
                    "'\(abbreviation.text)' could mean \(inside.alternatives.map { "\($0.id) (\($0.kind.rawValue))" }.joined(separator: " or ")); this page defines it as \(mention.id)"))
            }
            recognizer.pageAbbreviations[abbreviation.exactKey] = (mention.kind, mention.id)
            added = true
        }
        return added
    }
}
