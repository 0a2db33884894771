import KGGraph

/// The part of a graph made of some relations only: what `kg export
/// --relation R` keeps, so that a picture of resistance shows mechanisms
/// and remedies without every adverse event of the drug.
///
/// ```swift
/// let resistance = RelationFilter(["CONFERS_RESISTANCE_TO", "ADDRESSES", "HAS_COMPONENT"]).apply(to: graph)
/// ```
public struct RelationFilter: Sendable {
    /// Relation names, compared in upper case (`addresses` keeps ADDRESSES).
    public var relations: Set<String>

    public init(_ relations: some Sequence<String>) {
        self.relations = Set(relations.map { $0.uppercased() })
    }

    /// The edges of those relations and the nodes they join (no other node).
    public func apply(to graph: KnowledgeGraph) -> KnowledgeGraph {
        var kept = KnowledgeGraph()
        for edge in graph.edges.values where relations.contains(edge.relation.uppercased()) {
            for key in [edge.subject, edge.object] { if let node = graph.nodes[key] { kept.addNode(node) } }
            kept.add(edge)
        }
        return kept
    }

    /// The names that are no relation of the graph or the schema, for an error message.
    public func unknown(in graph: KnowledgeGraph) -> [String] {
        let known = Set(SchemaRelationList.all).union(graph.edges.values.map { $0.relation.uppercased() })
        return relations.subtracting(known).sorted()
    }
}
