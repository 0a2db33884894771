import KGDocuments
import KGGraph

/// One sentence (or table row) ready for the rules: its cleaned text,
/// tokens, names, and where it stands on the page.
///
/// A class, as a dozen rules read every unit: passing a reference costs
/// nothing, copying a struct of arrays costs retains. Units are built and
/// changed only while one page is read, on one thread.
final class SentenceUnit: @unchecked Sendable {
    var text: String
    var tokens: [Token]
    var mentions: [Mention]
    var blockIndex: Int
    /// Of the block: its kind and the headings above it (the rest of the
    /// block is not kept: each unit would hold a copy).
    let blockKind: Block.Kind
    let sectionPath: [String]
    /// The original sentence text, quoted by the evidence.
    var quote: String
    var line: Int
    var bytes: Range<Int>
    let context: SectionContext
    var isQuestion: Bool
    /// The inline label of the block ("Side Effects" in "Side Effects: ..."),
    /// and the token index where this sentence's text after the label starts.
    var label: String?
    var bodyStart: Int
    /// The text of a list item's own lead phrase (before " — ", ":" or ";").
    var isFirstInBlock: Bool
    /// What the lexicon and the cue lists know of each token (`WordInfo`).
    let wordInfo: [WordInfo]
    /// The verb cues of the sentence in token order (computed once; few
    /// sentences have more than two, most none).
    let verbCues: [VerbCue]
    /// The text in lower case, and the clauses (computed once, when asked).
    private(set) lazy var lower: String = text.lowercasedFast()
    private(set) lazy var clauses: [Range<Int>] = Cues.clauses(self)
    /// Which of the rules' cue phrases (`Phrase`, then the remedy words) the lower-cased text has.
    private lazy var phrasesFound: PhraseScanner.Found = Self.phraseScanner.scanLowercased(text)

    /// The phrases rules look for in every sentence, all found in one pass
    /// when first asked (a typed case: asking costs no string hashing).
    enum Phrase: Int, CaseIterable {
        case synerg, resist, lessSensitive, avoid, contraindicat, generated, crowd, useOnly

        var text: String {
            switch self {
            case .synerg: "synerg"
            case .resist: "resist"
            case .lessSensitive: "less sensitive"
            case .avoid: "avoid"
            case .contraindicat: "contraindicat"
            case .generated: "generated"
            case .crowd: "crowd"
            case .useOnly: "use only"
            }
        }
    }

    static let phraseScanner = PhraseScanner(Phrase.allCases.map(\.text) + ResistanceRules.remedyWords)

    /// Whether the lower-cased text contains the phrase: `lower.has(phrase.text)`.
    func says(_ phrase: Phrase) -> Bool { phrasesFound.contains(phrase.rawValue) }

    /// Whether the lower-cased text contains one of `ResistanceRules.remedyWords`.
    var saysRemedyWord: Bool {
        phrasesFound.containsAny(Phrase.allCases.count..<(Phrase.allCases.count + ResistanceRules.remedyWords.count))
    }

    init(text: String, tokens: [Token], wordInfo: [WordInfo], mentions: [Mention], blockIndex: Int, block: Block, quote: String, line: Int, bytes: Range<Int>,
         context: SectionContext, isQuestion: Bool, label: String?, bodyStart: Int, isFirstInBlock: Bool) {
        self.text = text
        self.tokens = tokens
        self.wordInfo = wordInfo
        self.mentions = mentions
        self.blockIndex = blockIndex
        self.blockKind = block.kind
        self.sectionPath = block.sectionPath
        self.quote = quote
        self.line = line
        self.bytes = bytes
        self.context = context
        self.isQuestion = isQuestion
        self.label = label
        self.bodyStart = bodyStart
        self.isFirstInBlock = isFirstInBlock
        self.verbCues = tokens.indices.compactMap { VerbCue.at($0, in: tokens) }
        // Asked for every fact and by most rules: read off the block once
        // (matching on the block's kind copies its payloads).
        switch block.kind {
        case .reference: (isReference, isListItem, isHeading) = (true, false, false)
        case .listItem: (isReference, isListItem, isHeading) = (context.topic == .references, true, false)
        case .heading: (isReference, isListItem, isHeading) = (false, false, true)
        default: (isReference, isListItem, isHeading) = (false, false, false)
        }
        blockKindName = block.kind.name
    }

    /// The verb cue starting at token `index`, if any.
    func cue(at index: Int) -> VerbCue? {
        for cue in verbCues where cue.index >= index { return cue.index == index ? cue : nil }
        return nil
    }

    /// A reference, or a list item under a references topic.
    let isReference: Bool
    let isListItem: Bool
    let isHeading: Bool
    /// The block kind's name, as evidence records it.
    let blockKindName: String

    func mentions(of kinds: [NodeKind], from: Int = 0, to: Int = .max) -> [Mention] {
        mentions.filter { kinds.contains($0.kind) && $0.first >= from && $0.end <= to }
    }

    /// The index of the first token at or after `from` whose key satisfies `test`.
    func firstToken(from: Int = 0, to: Int? = nil, where test: (String) -> Bool) -> Int? {
        let end = min(to ?? tokens.count, tokens.count)
        guard from < end else { return nil }
        for index in from..<end where test(tokens[index].key) { return index }
        return nil
    }

    func hasWord(_ test: (String) -> Bool) -> Bool { tokens.contains { test($0.key) } }
}
