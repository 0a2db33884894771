/// A node of the knowledge graph: a canonical id of one kind, with every
/// surface name it was seen under.
///
/// ```swift
/// var node = Node(id: "ABCG2", kind: .gene)
/// node.names.insert("BCRP")
/// ```
public struct Node: Sendable, Hashable, Codable {
    /// The canonical id of the schema: lower-case INN for a drug, HGNC
    /// symbol for a gene, `DCK down` for a resistance mechanism, ...
    public var id: String
    public var kind: NodeKind
    /// Every surface name that normalised to this node, as written.
    public var names: Set<String>
    /// Kind-specific attributes, such as `marker`, `direction` and `drug`
    /// on a resistance mechanism.
    public var attributes: [String: String]

    public init(id: String, kind: NodeKind, names: Set<String> = [], attributes: [String: String] = [:]) {
        self.id = id
        self.kind = kind
        self.names = names
        self.attributes = attributes
    }

    /// What identifies a node: its id and its kind.
    public var key: NodeKey { NodeKey(id: id, kind: kind) }
}

/// The identity of a node: the same id may name nodes of two kinds.
public struct NodeKey: Sendable, Hashable, Codable, Comparable {
    public var id: String
    public var kind: NodeKind

    public init(id: String, kind: NodeKind) {
        self.id = id
        self.kind = kind
    }

    public static func < (lhs: NodeKey, rhs: NodeKey) -> Bool {
        (lhs.id, lhs.kind.rawValue) < (rhs.id, rhs.kind.rawValue)
    }
}
