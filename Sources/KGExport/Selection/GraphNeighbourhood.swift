import KGGraph

/// The part of a graph within `depth` steps of a focus node, edges followed
/// in either direction: what `kg export --focus NODE --depth N` draws.
///
/// The focus is found by canonical id, then by id ignoring case, then by any
/// surface name (`Evoltra` finds clofarabine); every node that matches is a
/// focus.
///
/// ```swift
/// let near = try GraphNeighbourhood(focus: "clofarabine", depth: 2).select(in: graph)
/// near.graph.nodes.count   // clofarabine, its mechanisms, what addresses them ...
/// ```
public struct GraphNeighbourhood: Sendable {
    public var focus: String
    public var depth: Int

    public init(focus: String, depth: Int) {
        self.focus = focus
        self.depth = depth
    }

    /// The selected subgraph and the keys of the focus nodes.
    public struct Selection: Sendable {
        public var graph: KnowledgeGraph
        public var focus: Set<NodeKey>
    }

    public func select(in graph: KnowledgeGraph) throws(ExportError) -> Selection {
        guard depth >= 0 else { throw .negativeDepth(depth) }
        let starts = Self.resolve(focus, in: graph)
        guard !starts.isEmpty else { throw .unknownFocus(focus, suggestions: Self.suggestions(for: focus, in: graph)) }

        var adjacency: [NodeKey: [Edge]] = [:]
        for edge in graph.edges.values {
            adjacency[edge.subject, default: []].append(edge)
            adjacency[edge.object, default: []].append(edge)
        }
        var reached = Set(starts)
        var frontier = starts
        for _ in 0..<depth where !frontier.isEmpty {
            var next: [NodeKey] = []
            for key in frontier {
                for edge in adjacency[key] ?? [] {
                    for other in [edge.subject, edge.object] where reached.insert(other).inserted {
                        next.append(other)
                    }
                }
            }
            frontier = next
        }

        var selected = KnowledgeGraph()
        for key in reached { if let node = graph.nodes[key] { selected.addNode(node) } }
        for edge in graph.edges.values where reached.contains(edge.subject) && reached.contains(edge.object) {
            selected.add(edge)
        }
        return Selection(graph: selected, focus: Set(starts))
    }

    /// The nodes `name` designates, most specific match first.
    static func resolve(_ name: String, in graph: KnowledgeGraph) -> [NodeKey] {
        let byID = graph.sortedNodes.filter { $0.id == name }
        if !byID.isEmpty { return byID.map(\.key) }
        let lowered = name.lowercased()
        let byIDIgnoringCase = graph.sortedNodes.filter { $0.id.lowercased() == lowered }
        if !byIDIgnoringCase.isEmpty { return byIDIgnoringCase.map(\.key) }
        return graph.sortedNodes.filter { $0.names.contains { $0.lowercased() == lowered } }.map(\.key)
    }

    /// Up to five node ids that contain the name or start like it.
    static func suggestions(for name: String, in graph: KnowledgeGraph) -> [String] {
        let lowered = name.lowercased()
        let prefix = String(lowered.prefix(3))
        let ids = Set(graph.nodes.values.map(\.id))
        return ids.filter { id in
            let candidate = id.lowercased()
            return candidate.contains(lowered) || (!prefix.isEmpty && candidate.hasPrefix(prefix))
        }.sorted().prefix(5).map { $0 }
    }
}
