import KGGraph

/// One `<key>` of a GraphML file: a typed attribute of nodes or edges.
struct GraphMLKey: Hashable {
    enum Domain: String { case node, edge }
    enum ValueType: String { case string, int, double, boolean }

    var id: String
    var domain: Domain
    var name: String
    var type: ValueType

    var declaration: String {
        "  <key id=\"\(id)\" for=\"\(domain.rawValue)\" attr.name=\"\(XMLText.escape(name))\" attr.type=\"\(type.rawValue)\"/>\n"
    }
}

/// The keys a graph needs: the fixed ones every export has, then one per
/// attribute name found on its nodes and edges (`marker`, `population`,
/// `cell_line`, ...), so that tools see each attribute as its own column.
struct GraphMLKeys {
    static let kind = GraphMLKey(id: "kind", domain: .node, name: "kind", type: .string)
    static let canonicalID = GraphMLKey(id: "canonical_id", domain: .node, name: "canonical_id", type: .string)
    static let names = GraphMLKey(id: "names", domain: .node, name: "names", type: .string)
    static let relation = GraphMLKey(id: "relation", domain: .edge, name: "relation", type: .string)
    static let evidenceCount = GraphMLKey(id: "evidence_count", domain: .edge, name: "evidence_count", type: .int)
    static let confidence = GraphMLKey(id: "confidence", domain: .edge, name: "confidence", type: .double)
    static let firstSentence = GraphMLKey(id: "first_sentence", domain: .edge, name: "first_sentence", type: .string)
    static let firstSource = GraphMLKey(id: "first_source", domain: .edge, name: "first_source", type: .string)
    static let attributes = GraphMLKey(id: "attributes", domain: .edge, name: "attributes", type: .string)

    static let fixed = [kind, canonicalID, names, relation, evidenceCount, confidence, firstSentence, firstSource, attributes]

    /// Attribute keys by attribute name, per domain.
    private(set) var nodeAttributeKeys: [String: GraphMLKey] = [:]
    private(set) var edgeAttributeKeys: [String: GraphMLKey] = [:]

    init(for graph: KnowledgeGraph) {
        var tokens = NMTokenAllocator()
        for key in Self.fixed { _ = tokens.token(for: key.id) }
        for name in Set(graph.nodes.values.flatMap(\.attributes.keys)).sorted() {
            nodeAttributeKeys[name] = GraphMLKey(id: tokens.token(for: "node_\(name)"), domain: .node, name: name, type: .string)
        }
        for name in Set(graph.edges.values.flatMap(\.attributes.keys)).sorted() {
            edgeAttributeKeys[name] = GraphMLKey(id: tokens.token(for: "edge_\(name)"), domain: .edge, name: name, type: .string)
        }
    }

    /// Every key, fixed ones first, in a stable order.
    var all: [GraphMLKey] {
        Self.fixed
            + nodeAttributeKeys.keys.sorted().compactMap { nodeAttributeKeys[$0] }
            + edgeAttributeKeys.keys.sorted().compactMap { edgeAttributeKeys[$0] }
    }
}
