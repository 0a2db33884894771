import Yams

/// Front matter as the reader uses it: scalars as written, sequences and
/// mappings in order, each node with where it starts in the decoded page.
///
/// Made from a Yams node tree (any YAML) or by ``FrontMatterSubsetParser``
/// (the plain subset most pages use, without Yams' cost); both give the same
/// tree for the same text, so the reader does not know which made it.
///
/// ```swift
/// // "title: Clofarabine" on the page's line 2 (its YAML's line 1):
/// .mapping([(.scalar("title", FrontMatterNode.Place(line: 1, offset: 4)),
///            .scalar("Clofarabine", FrontMatterNode.Place(line: 1, offset: 11)))], nil)
/// ```
enum FrontMatterNode {
    /// Where a node starts: its line within the YAML (1-based; the page's
    /// line is one more) and its decoded offset in the page.
    struct Place {
        var line: Int
        var offset: Int
    }

    case scalar(String, Place?)
    case sequence([FrontMatterNode], Place?)
    case mapping([(key: FrontMatterNode, value: FrontMatterNode)], Place?)

    var place: Place? {
        switch self {
        case .scalar(_, let place), .sequence(_, let place), .mapping(_, let place): return place
        }
    }

    /// The tree of a Yams node, its marks turned into places by `offset`.
    init(_ node: Node, offset: (Mark) -> Int) {
        let place = node.mark.map { Place(line: $0.line, offset: offset($0)) }
        switch node {
        case .scalar(let scalar):
            self = .scalar(scalar.string, place)
        case .sequence(let sequence):
            self = .sequence(sequence.map { FrontMatterNode($0, offset: offset) }, place)
        case .mapping(let mapping):
            self = .mapping(mapping.map { (FrontMatterNode($0.key, offset: offset), FrontMatterNode($0.value, offset: offset)) }, place)
        }
    }
}

extension FrontMatterNode {
    /// The tree Yams composes from the front matter at `range` of `source`
    /// (the YAML after the opening `---`, from the page's line 2), with
    /// each mark's place in the page; nil for empty YAML.
    static func composed(_ range: Range<Int>, of source: SourceText) throws -> FrontMatterNode? {
        try Yams.compose(yaml: source.string(range)).map { FrontMatterNode($0) { offset(of: $0, in: source) } }
    }

    /// The decoded offset of a Yams mark (1-based line within the YAML, which
    /// starts on the page's line 2; 1-based column in Unicode scalars).
    private static func offset(of mark: Mark, in source: SourceText) -> Int {
        var index = source.lineStart(mark.line + 1)
        var column = 1
        let bytes = source.bytes
        while index < bytes.count, column < mark.column, bytes[index] != 0x0A {
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }
}
