/// Turns what a reader found into ``Block``s: keeps the section path (the
/// headings above), splits texts into located sentences, marks entries under a
/// "References" heading as reference entries, and joins a paragraph broken by
/// a blank line mid-sentence (one ending in a comma, the next starting in lower
/// case) back into one block.
///
/// ```swift
/// var assembler = BlockAssembler(source: source)
/// assembler.add(.heading(level: 1), text: title, range: 0..<12)
/// assembler.add(.paragraph, text: body, range: 14..<80)
/// let blocks = assembler.finish()   // the paragraph's sectionPath is [title]
/// ```
struct BlockAssembler {
    private(set) var locator: SourceLocator
    /// Headings above the next block, outermost first.
    private var headings: [(level: Int, text: String)] = []
    /// Whether the innermost heading names a reference list.
    private var isUnderReferences = false
    private var blocks: [Block] = []
    /// The last block, held back in case the next one continues its sentence.
    private var held: (kind: Block.Kind, text: TextBuilder, range: Range<Int>, path: [String])?

    init(source: SourceText) {
        locator = SourceLocator(source: source)
    }

    /// The texts of `headings`, kept with them (every block takes a copy).
    private(set) var sectionPath: [String] = []

    /// Adds a block of `kind` whose text is `text` and which spans decoded `range`.
    /// Empty texts are skipped (a heading of only markup, an empty cell row).
    mutating func add(_ kind: Block.Kind, text: TextBuilder, range: Range<Int>, ordinal: Int? = nil) {
        guard !text.isEmpty else { return }
        if case .heading(let level) = kind {
            flushHeld()
            let path = sectionPath
            held = (kind, text, range, path)
            flushHeld()
            while let last = headings.last, last.level >= level { headings.removeLast() }
            headings.append((level, text.string))
            sectionPath = headings.map(\.text)
            isUnderReferences = BlockAssembler.isReferenceHeading(headings.last?.text)
            return
        }
        var kind = kind
        if isUnderReferences {
            switch kind {
            case .listItem, .paragraph: kind = .reference(number: ordinal ?? leadingNumber(text.bytes))
            default: break
            }
        }
        if held.map({ continuesSentence($0, with: kind, text: text) }) == true {
            // Appended in place: through a copy, the held text's bytes would be copied.
            held!.text.append(text, separatorSource: range.lowerBound)
            held!.range = held!.range.lowerBound..<max(held!.range.upperBound, range.upperBound)
            return
        }
        flushHeld()
        held = (kind, text, range, sectionPath)
    }

    /// The blocks added, in order.
    mutating func finish() -> [Block] {
        flushHeld()
        return blocks
    }

    private static let referenceWords = ["reference", "bibliograph", "citation", "works cited", "literature"].map { Array($0.utf8) }

    private static func isReferenceHeading(_ heading: String?) -> Bool {
        guard var heading, heading.utf8.count < 80 else { return false }
        // Compared byte by byte, lower-cased as read: generic slice comparison
        // and a lower-cased copy cost more than the rest of a heading's handling.
        return heading.withUTF8 { text in
            referenceWords.contains { word in
                guard text.count >= word.count else { return false }
                for start in 0...(text.count - word.count) where BlockAssembler.lowered(text[start]) == word[0] {
                    var offset = 1
                    while offset < word.count, BlockAssembler.lowered(text[start + offset]) == word[offset] { offset += 1 }
                    if offset == word.count { return true }
                }
                return false
            }
        }
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
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
    private func continuesSentence(_ previous: (kind: Block.Kind, text: TextBuilder, range: Range<Int>, path: [String]),
                                   with kind: Block.Kind, text: TextBuilder) -> Bool {
        guard kind == .paragraph, previous.path == sectionPath else { return false }
        switch previous.kind {
        case .paragraph, .listItem: break
        default: return false
        }
        guard let last = previous.text.lastByte, last == 0x2C /* , */ || last == 0x3B /* ; */,
              let first = text.bytes.first else { return false }
        return (0x61...0x7A).contains(first)
    }

    private mutating func flushHeld() {
        // Taken apart once: each access through the tuple copied all of it.
        guard case let (kind, text, range, path)? = held.take() else { return }
        let span = locator.span(of: range)
        let ranges: [Range<Int>]
        switch kind {
        case .tableRow, .frontMatterField(key: "title"): ranges = [0..<text.bytes.count]
        default: ranges = SentenceSplitter.standard.sentenceRanges(in: text.bytes)
        }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        let bytes = text.bytes
        let map = text.map
        let string = text.string
        for sentence in ranges {
            let start = map.sourceStart(of: sentence.lowerBound)
            let end = max(start, map.sourceEnd(ofEnd: sentence.upperBound))
            // A sentence that is the whole text (a row, a short item) shares its String.
            let sentenceText = sentence == 0..<bytes.count ? string : String(decoding: bytes[sentence], as: UTF8.self)
            sentences.append(Sentence(text: sentenceText, span: locator.span(of: start..<end)))
        }
        blocks.append(Block(kind: kind, text: string, sectionPath: path, span: span, sentences: sentences))
    }
}
