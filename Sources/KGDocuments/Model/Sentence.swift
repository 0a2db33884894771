/// One sentence of a block, with its own place in the raw file.
///
/// Sentences are what evidence quotes: an extracted fact points at the
/// sentence it was read from.
public struct Sentence: Sendable, Hashable, Codable {
    /// The sentence's text, inline markup reduced, white space folded.
    public var text: String
    public var span: SourceSpan

    public init(text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }
}
