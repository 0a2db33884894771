import KGGraph

/// A name recognised in a sentence: which tokens, and what they name.
struct Mention: Sendable, Hashable {
    var kind: NodeKind
    var id: String
    /// The text as written (kept as a name of the node).
    var surface: String
    /// Token range in the sentence, half-open.
    var first: Int
    var end: Int
    /// How the name was known.
    var source: Source
    /// For a class named after a gene ("BCL-2 inhibitor"), the gene it targets.
    var target: String?
    /// Other meanings of an ambiguous name, resolved per page.
    var alternatives: [Candidate] = []

    enum Source: Sendable, Hashable {
        case lexicon(LexiconEntry.Role)
        case pageAbbreviation
        case shape(String)
    }

    struct Candidate: Sendable, Hashable {
        var kind: NodeKind
        var id: String
        var entry: Int
    }

    var isBrand: Bool { if case .lexicon(.brand) = source { return true } else { return false } }
    var key: NodeKey { NodeKey(id: id, kind: kind) }
}
