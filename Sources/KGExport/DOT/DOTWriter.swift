import KGGraph

/// Writes a graph in Graphviz's DOT language, styled by node kind.
///
/// Node labels are canonical ids with the kind underneath; edge labels are
/// relations, with a `×N` count when several readings support the fact.
/// Nodes in `focus` are drawn with a thick border: pair it with
/// ``GraphNeighbourhood`` for a picture of one neighbourhood.
///
/// ```swift
/// let dot = DOTWriter(focus: [NodeKey(id: "clofarabine", kind: .drug)]).render(graph)
/// // dot -Tsvg graph.dot > graph.svg
/// ```
public struct DOTWriter: Sendable {
    public var focus: Set<NodeKey>

    public init(focus: Set<NodeKey> = []) {
        self.focus = focus
    }

    public func render(_ graph: KnowledgeGraph) -> String {
        var out = """
            digraph kg {
              graph [rankdir=LR, overlap=false, splines=true, fontname="Helvetica"];
              node [style=filled, fontname="Helvetica", fontsize=11];
              edge [fontname="Helvetica", fontsize=9, color="#555555"];

            """
        for node in graph.sortedNodes {
            let style = DOTStyle.of(node.kind)
            var attributes = [
                "label=\(Self.quote("\(node.id)\n\(node.kind.rawValue)"))",
                "shape=\(style.shape)",
                "fillcolor=\(Self.quote(style.fill))",
            ]
            if focus.contains(node.key) { attributes.append("penwidth=3") }
            out += "  \(Self.id(node.key)) [\(attributes.joined(separator: ", "))];\n"
        }
        for edge in graph.sortedEdges {
            let count = edge.evidence.count > 1 ? " ×\(edge.evidence.count)" : ""
            let attributes = ["label=\(Self.quote(edge.relation + count))"] + DOTStyle.edgeAttributes(edge)
            out += "  \(Self.id(edge.subject)) -> \(Self.id(edge.object)) [\(attributes.joined(separator: ", "))];\n"
        }
        out += "}\n"
        return out
    }

    static func id(_ key: NodeKey) -> String { quote("\(key.kind.rawValue):\(key.id)") }

    /// A DOT double-quoted string. Newlines become DOT's centred line break `\n`.
    static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
