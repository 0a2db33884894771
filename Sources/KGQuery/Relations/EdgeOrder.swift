import KGGraph

/// The graph's edges in ``KnowledgeGraph/sortedEdges`` order (subject,
/// relation, object, then the sorted attributes' text), with each edge's
/// attribute text made once instead of at every comparison: printing an
/// array of pairs goes through reflection, and edges that differ only in
/// their attributes made it most of the cost of opening a query session.
///
/// ```swift
/// let edges = EdgeOrder.sorted(graph)   // == graph.sortedEdges, faster
/// ```
enum EdgeOrder {
    static func sorted(_ graph: KnowledgeGraph) -> [Edge] {
        let keyed = graph.edges.values.map { edge in
            (edge: edge, attributes: edge.attributes.isEmpty ? "[]" : edge.attributes.sorted(by: <).description)
        }
        return keyed.sorted { a, b in
            if a.edge.subject != b.edge.subject { return a.edge.subject < b.edge.subject }
            if a.edge.relation != b.edge.relation { return a.edge.relation < b.edge.relation }
            if a.edge.object != b.edge.object { return a.edge.object < b.edge.object }
            return a.attributes < b.attributes
        }.map(\.edge)
    }
}
