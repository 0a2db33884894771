import KGGraph

/// Exports of the graph: GraphML, DOT, JSON and the facts table as TSV.
///
/// Each format is a pure function from a ``KnowledgeGraph`` to text; writing
/// the text to disk goes through ``AtomicFile`` so that an error never leaves
/// a half-written file behind.
///
/// ```swift
/// let text = KGExport.render(graph, as: .graphml)
/// try AtomicFile.write(text, to: "graph.graphml")
///
/// // A readable picture of one neighbourhood:
/// let near = try GraphNeighbourhood(focus: "clofarabine", depth: 2).select(in: graph)
/// try AtomicFile.write(KGExport.render(near.graph, as: .dot, focus: near.focus), to: "clofarabine.dot")
/// ```
public enum KGExport {
    /// Renders `graph` in `format`. `focus` marks nodes to highlight (DOT only).
    public static func render(_ graph: KnowledgeGraph, as format: ExportFormat, focus: Set<NodeKey> = []) -> String {
        switch format {
        case .graphml: GraphMLWriter().render(graph)
        case .dot: DOTWriter(focus: focus).render(graph)
        case .json: JSONGraphWriter().render(graph)
        case .tsv: FactsTSVWriter().render(graph)
        }
    }
}
