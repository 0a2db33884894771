import KGGraph

/// The graph's edges in ``KnowledgeGraph/sortedEdges`` order (subject,
/// relation, object, then the sorted attributes' text), with each edge's
/// attribute text made once, without reflection, instead of printed at
/// every comparison: that printing was most of the cost of opening a
/// query session.
///
/// ```swift
/// let edges = EdgeOrder.sorted(graph)   // == graph.sortedEdges, faster
/// ```
enum EdgeOrder {
    static func sorted(_ graph: KnowledgeGraph) -> [Edge] {
        let keyed = graph.edges.values.map { edge in (edge: edge, attributes: attributeText(edge.attributes)) }
        return keyed.sorted { a, b in
            if a.edge.subject != b.edge.subject { return a.edge.subject < b.edge.subject }
            if a.edge.relation != b.edge.relation { return a.edge.relation < b.edge.relation }
            if a.edge.object != b.edge.object { return a.edge.object < b.edge.object }
            return a.attributes < b.attributes
        }.map(\.edge)
    }

    /// `attributes.sorted(by: <).description`, written out: that array of
    /// `(key:value:)` pairs printed through reflection, which costs more
    /// than all the rest of building a session.
    static func attributeText(_ attributes: [String: String]) -> String {
        let pairs = attributes.sorted(by: <).map { "(key: \($0.key.debugDescription), value: \($0.value.debugDescription))" }
        return "[" + pairs.joined(separator: ", ") + "]"
    }
}
