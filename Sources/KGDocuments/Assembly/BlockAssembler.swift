/// Turns what a reader found into ``Block``s: keeps the section path (the
/// headings above), splits texts into located sentences, marks entries under a
/// "References" heading as reference entries, pairs a question ("Q1: …?" as a
/// heading or paragraph) with the "A: …" paragraph after it as a FAQ entry,
/// and joins a paragraph broken by a blank line mid-sentence (one ending in a
/// comma, the next starting in lower case) back into one block.
///
/// ```swift
/// var assembler = BlockAssembler(source: source)
/// assembler.add(.heading(level: 1), text: title, range: 0..<12)
/// assembler.add(.paragraph, text: body, range: 14..<80)
/// let blocks = assembler.finish()   // the paragraph's sectionPath is [title]
/// ```
struct BlockAssembler {
    private(set) var locator: SourceLocator
    let splitter = SentenceSplitter()
    /// Headings above the next block, outermost first.
    private var headings: [(level: Int, text: String)] = [] {
        didSet { isUnderReferences = BlockAssembler.isReferenceHeading(headings.last?.text) }
    }
    /// Whether the innermost heading names a reference list.
    private var isUnderReferences = false
    private var blocks: [Block] = []

    /// A block not yet written: the last one is held back in case the next
    /// continues its sentence or answers its question.
    struct Pending {
        var kind: Block.Kind
        var text: TextBuilder
        var range: Range<Int>
        var path: [String]
        /// The length of its "Q1:" label when it is a question awaiting its answer.
        var questionLabel: Int?
    }

    private var held: Pending?

    init(source: SourceText) {
        locator = SourceLocator(source: source)
    }

    var sectionPath: [String] { headings.map(\.text) }

    /// Adds a block of `kind` whose text is `text` and which spans decoded `range`.
    /// Empty texts are skipped (a heading of only markup, an empty cell row).
    mutating func add(_ kind: Block.Kind, text: TextBuilder, range: Range<Int>, ordinal: Int? = nil) {
        guard !text.isEmpty else { return }
        if let question = held, let faq = BlockAssembler.answering(question, with: kind, text: text, range: range) {
            held = faq
            return
        }
        var kind = kind
        if isUnderReferences {
            switch kind {
            case .listItem, .paragraph: kind = .reference(number: ordinal ?? leadingNumber(text.bytes))
            default: break
            }
        }
        if var previous = held, previous.questionLabel == nil, continuesSentence(previous, with: kind, text: text) {
            previous.text.append(text, separatorSource: range.lowerBound)
            previous.range = previous.range.lowerBound..<max(previous.range.upperBound, range.upperBound)
            held = previous
            return
        }
        flushHeld()
        let questionLabel: Int? = switch kind {
        case .heading, .paragraph: BlockAssembler.questionLabelLength(text.bytes)
        default: nil
        }
        held = Pending(kind: kind, text: text, range: range, path: sectionPath, questionLabel: questionLabel)
        if case .heading = kind, questionLabel == nil { flushHeld() }
    }

    /// The blocks added, in order.
    mutating func finish() -> [Block] {
        flushHeld()
        return blocks
    }

    private static let referenceWords = ["reference", "bibliograph", "citation", "works cited", "literature"].map { Array($0.utf8) }

    private static func isReferenceHeading(_ heading: String?) -> Bool {
        guard let heading, heading.utf8.count < 80 else { return false }
        let lowered = Array(heading.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 })
        return referenceWords.contains { lowered.contains(bytes: $0) }
    }

    private func leadingNumber(_ bytes: [UInt8]) -> Int? {
        var index = 0
        var value = 0
        while index < bytes.count, index < 6, (0x30...0x39).contains(bytes[index]) {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        guard index > 0, index < bytes.count, bytes[index] == 0x2E || bytes[index] == 0x29 || bytes[index] == 0x5D else { return nil }
        return value
    }

    /// A paragraph starting in lower case continues a paragraph or list item
    /// that ended in a comma (a sentence broken by a blank line).
    private func continuesSentence(_ previous: Pending, with kind: Block.Kind, text: TextBuilder) -> Bool {
        guard kind == .paragraph, previous.path == sectionPath else { return false }
        switch previous.kind {
        case .paragraph, .listItem: break
        default: return false
        }
        guard let last = previous.text.lastByte, last == 0x2C /* , */ || last == 0x3B /* ; */,
              let first = text.bytes.first else { return false }
        return (0x61...0x7A).contains(first)
    }

    /// Writes the held block; a heading then becomes part of the section path.
    private mutating func flushHeld() {
        guard let block = held else { return }
        held = nil
        let span = locator.span(of: block.range)
        var sentences: [Sentence] = []
        let ranges: [Range<Int>]
        switch block.kind {
        case .tableRow, .frontMatterField(key: "title"): ranges = [0..<block.text.bytes.count]
        default: ranges = splitter.sentenceRanges(in: block.text.bytes)
        }
        sentences.reserveCapacity(ranges.count)
        for range in ranges {
            let start = block.text.map.sourceStart(of: range.lowerBound)
            let end = max(start, block.text.map.sourceEnd(ofEnd: range.upperBound))
            let text = String(decoding: block.text.bytes[range], as: UTF8.self)
            sentences.append(Sentence(text: text, span: locator.span(of: start..<end)))
        }
        let text = block.text.string
        blocks.append(Block(kind: block.kind, text: text, sectionPath: block.path, span: span, sentences: sentences))
        if case .heading(let level) = block.kind {
            while let last = headings.last, last.level >= level { headings.removeLast() }
            headings.append((level, text))
        }
    }
}

extension [UInt8] {
    /// Whether `needle` occurs in the array.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return needle.isEmpty }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if self[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
