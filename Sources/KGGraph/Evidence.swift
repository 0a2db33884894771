/// Where a fact was read: one sentence (or table cell) of one page, and how.
///
/// An edge keeps every piece of evidence that supports it, so that an
/// analyst can always go back from an answer to the text.
public struct Evidence: Sendable, Hashable, Codable {
    /// The document's path as given on the command line.
    public var document: String
    /// 1-based line in the raw file where the sentence starts.
    public var line: Int
    /// Byte offsets of the sentence in the raw file, half-open.
    public var bytes: Range<Int>
    /// The headings above the sentence, outermost first.
    public var sectionPath: [String]
    /// The block kind's name (`paragraph`, `list_item`, `table_row`, ...).
    public var blockKind: String
    /// The sentence or cell text the fact was read from.
    public var sentence: String
    /// The id of the extraction rule that fired, such as `svo.inhibits`.
    public var rule: String
    /// How much this single reading is trusted, in 0...1.
    public var confidence: Double
    /// The sentence hedges ("may", "could", "potentially").
    public var hedged: Bool
    /// The sentence negates the statement (a negated reading never becomes
    /// a positive edge; it is kept on a negative relation).
    public var negated: Bool

    public init(
        document: String, line: Int, bytes: Range<Int>, sectionPath: [String], blockKind: String,
        sentence: String, rule: String, confidence: Double, hedged: Bool = false, negated: Bool = false
    ) {
        self.document = document
        self.line = line
        self.bytes = bytes
        self.sectionPath = sectionPath
        self.blockKind = blockKind
        self.sentence = sentence
        self.rule = rule
        self.confidence = confidence
        self.hedged = hedged
        self.negated = negated
    }
}
