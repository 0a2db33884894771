import KGGraph

/// Writes a graph as GraphML, valid against the GraphML 1.0 XSD.
///
/// Nodes get readable ids (`Drug:clofarabine`) safe as `NMTOKEN`s and carry
/// their kind, canonical id and names; each edge carries its relation, its
/// attributes (each as its own typed key and all together as text), how many
/// pieces of evidence support it, its confidence (combined across pages,
/// as ``Edge/confidence`` says) and its first sentence with document:line. Two relations
/// between the same two nodes are two edges, as in a multigraph.
///
/// ```swift
/// let xml = GraphMLWriter().render(graph)
/// // networkx: nx.read_graphml("graph.graphml", force_multigraph=True)
/// ```
public struct GraphMLWriter: Sendable {
    public init() {}

    public func render(_ graph: KnowledgeGraph) -> String {
        let keys = GraphMLKeys(for: graph)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in keys.all { out += key.declaration }
        out += "  <graph id=\"kg\" edgedefault=\"directed\">\n"

        var tokens = NMTokenAllocator()
        var nodeIDs: [NodeKey: String] = [:]
        for node in graph.sortedNodes {
            let id = tokens.token(for: "\(node.kind.rawValue):\(node.id)")
            nodeIDs[node.key] = id
            out += "    <node id=\"\(id)\">\n"
            out += data(GraphMLKeys.kind, node.kind.rawValue)
            out += data(GraphMLKeys.canonicalID, node.id)
            if !node.names.isEmpty { out += data(GraphMLKeys.names, node.names.sorted().joined(separator: " | ")) }
            for (name, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
                if let key = keys.nodeAttributeKeys[name] { out += data(key, value) }
            }
            out += "    </node>\n"
        }

        for (index, edge) in graph.sortedEdges.enumerated() {
            guard let source = nodeIDs[edge.subject], let target = nodeIDs[edge.object] else { continue }
            out += "    <edge id=\"e\(index)\" source=\"\(source)\" target=\"\(target)\">\n"
            out += data(GraphMLKeys.relation, edge.relation)
            out += data(GraphMLKeys.evidenceCount, String(edge.evidence.count))
            if !edge.evidence.isEmpty { out += data(GraphMLKeys.confidence, String(edge.confidence)) }
            if let first = edge.evidence.first {
                out += data(GraphMLKeys.firstSentence, first.sentence)
                out += data(GraphMLKeys.firstSource, "\(first.document):\(first.line)")
            }
            let attributes = edge.attributes.sorted(by: { $0.key < $1.key })
            if !attributes.isEmpty {
                out += data(GraphMLKeys.attributes, attributes.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
            }
            for (name, value) in attributes {
                if let key = keys.edgeAttributeKeys[name] { out += data(key, value) }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private func data(_ key: GraphMLKey, _ value: String) -> String {
        "      <data key=\"\(key.id)\">\(XMLText.escape(value))</data>\n"
    }
}
