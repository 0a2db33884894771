import Datalog
import KGGraph

/// From a tuple of a graph relation back to the edges it was made from, and
/// so to their evidence: `addresses("clofarabine + cytarabine", "DCK down")`
/// → the ADDRESSES edge(s) between those ids → every sentence stating it.
///
/// ```swift
/// let index = GraphFactIndex(graph: graph)
/// index.edges(for: "confers_resistance_to", [.symbol("DCK down"), .symbol("clofarabine")])
/// ```
public struct GraphFactIndex: Sendable {
    private struct Key: Hashable {
        var relation: String
        var subject: String
        var object: String
    }
    private let edgesByKey: [Key: [Edge]]

    public init(graph: KnowledgeGraph) {
        self.init(sortedEdges: EdgeOrder.sorted(graph))
    }

    /// As ``init(graph:)``, from the graph's ``KnowledgeGraph/sortedEdges``.
    public init(sortedEdges: [Edge]) {
        var index: [Key: [Edge]] = [:]
        for edge in sortedEdges {
            index[Key(relation: edge.relation, subject: edge.subject.id, object: edge.object.id), default: []].append(edge)
        }
        edgesByKey = index
    }

    /// The edges behind one tuple of a graph relation; empty for `node`,
    /// `name` and `node_attr` (facts about nodes have no sentence of their own) and for
    /// relations that are not the graph's.
    public func edges(for relation: String, _ tuple: [Value]) -> [Edge] {
        let text = tuple.map(\.description)
        switch relation {
        case "edge" where text.count == 3:
            return edgesByKey[Key(relation: text[1], subject: text[0], object: text[2])] ?? []
        case "attr" where text.count == 5:
            return (edgesByKey[Key(relation: text[1], subject: text[0], object: text[2])] ?? [])
                .filter { $0.attributes[text[3]] == text[4] }
        case "evidence" where text.count == 6:
            return (edgesByKey[Key(relation: text[1], subject: text[0], object: text[2])] ?? []).map { edge in
                var only = edge
                only.evidence = edge.evidence.filter { $0.document == text[3] && String($0.line) == text[4] && $0.sentence == text[5] }
                return only
            }
        case "extracted_by" where text.count == 4:
            return (edgesByKey[Key(relation: text[1], subject: text[0], object: text[2])] ?? []).map { edge in
                var only = edge
                only.evidence = edge.evidence.filter { $0.rule == text[3] }
                return only
            }
        case "node", "name", "node_attr":
            return []
        default:
            guard text.count == 2 else { return [] }
            return edgesByKey[Key(relation: relation.uppercased(), subject: text[0], object: text[1])] ?? []
        }
    }

    /// The pieces of evidence behind one tuple, by document then line, without repeats.
    public func evidence(for relation: String, _ tuple: [Value]) -> [Evidence] {
        var seen: Set<Evidence> = []
        return edges(for: relation, tuple).flatMap(\.evidence)
            .filter { seen.insert($0).inserted }
            .sorted { ($0.document, $0.line, $0.bytes.lowerBound) < ($1.document, $1.line, $1.bytes.lowerBound) }
    }
}
