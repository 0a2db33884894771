import Datalog
import KGGraph

/// The graph as Datalog input relations, as `shared/spec/datalog.md` ("The
/// graph as relations") lists them:
///
/// - one binary relation per schema relation, in lower snake case:
///   `addresses(c, m)`, `confers_resistance_to(m, d)`, `inhibits(s, o)`, ...
/// - `node(id, kind)`, and `name(id, surface)` for every surface name,
/// - `edge(s, rel, o)` for every edge (`rel` as in the graph, `INHIBITS`),
/// - `attr(s, rel, o, key, value)` for each attribute of an edge,
/// - `evidence(s, rel, o, doc, line, sentence)` for each piece of evidence
///   (`line` is a number).
///
/// and, beyond the spec's list (additions; every name above keeps working):
///
/// - `node_attr(id, key, value)` for each attribute of a node (a resistance
///   mechanism's `marker`, `direction` and `drug`),
/// - `extracted_by(s, rel, o, rule)` for the extraction rule behind each
///   piece of evidence (`addresses.stated`, `addresses.derived`, ...).
///
/// Built once per graph: a REPL session reuses the rows for every query.
///
/// ```swift
/// let relations = GraphRelations(graph: graph)
/// relations.rows["addresses"]   // [[.symbol("clofarabine + cytarabine"), .symbol("DCK down")], ...]
/// ```
public struct GraphRelations: Sendable {
    /// The declarations a program gets for free, by name.
    public let signatures: [String: RelationSignature]
    /// The tuples of each relation.
    public let rows: [String: [[Value]]]

    /// The generic relations, with their column names.
    public static let generic: [String: [String]] = [
        "node": ["id", "kind"],
        "name": ["id", "surface"],
        "edge": ["s", "rel", "o"],
        "attr": ["s", "rel", "o", "key", "value"],
        "evidence": ["s", "rel", "o", "doc", "line", "sentence"],
        "node_attr": ["id", "key", "value"],
        "extracted_by": ["s", "rel", "o", "rule"],
    ]

    public init(graph: KnowledgeGraph) {
        self.init(graph: graph, sortedEdges: EdgeOrder.sorted(graph))
    }

    /// As ``init(graph:)``, with `graph.sortedEdges` already computed (a
    /// caller that needs them too sorts them once).
    public init(graph: KnowledgeGraph, sortedEdges: [Edge]) {
        var signatures: [String: RelationSignature] = [:]
        func declare(_ name: String, _ columns: [String], numberColumn: String? = nil) {
            signatures[name] = RelationSignature(
                name: name, columnNames: columns,
                columnTypes: columns.map { $0 == numberColumn ? .number : .symbol }, location: nil)
        }
        for (name, columns) in Self.generic { declare(name, columns, numberColumn: "line") }
        let relationNames = Set(SchemaRelationNames.schema).union(graph.edges.values.map(\.relation))
        for relation in relationNames {
            let name = SchemaRelationNames.datalogName(of: relation)
            if signatures[name] == nil { declare(name, ["s", "o"]) }
        }

        var rows: [String: [[Value]]] = [:]
        for name in signatures.keys { rows[name] = [] }
        for node in graph.sortedNodes {
            rows["node", default: []].append([.symbol(node.id), .symbol(node.kind.rawValue)])
            for surface in node.names.sorted() { rows["name", default: []].append([.symbol(node.id), .symbol(surface)]) }
            for (key, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
                rows["node_attr", default: []].append([.symbol(node.id), .symbol(key), .symbol(value)])
            }
        }
        for edge in sortedEdges {
            let s = Value.symbol(edge.subject.id), o = Value.symbol(edge.object.id), rel = Value.symbol(edge.relation)
            rows[SchemaRelationNames.datalogName(of: edge.relation), default: []].append([s, o])
            rows["edge", default: []].append([s, rel, o])
            for (key, value) in edge.attributes.sorted(by: { $0.key < $1.key }) {
                rows["attr", default: []].append([s, rel, o, .symbol(key), .symbol(value)])
            }
            for piece in edge.evidence {
                rows["evidence", default: []].append([s, rel, o, .symbol(piece.document), .number(Int64(piece.line)), .symbol(piece.sentence)])
                rows["extracted_by", default: []].append([s, rel, o, .symbol(piece.rule)])
            }
        }
        self.signatures = signatures
        self.rows = rows
    }

    /// Whether `relation` is one of the graph's (an input, not derived by rules).
    public func isGraphRelation(_ relation: String) -> Bool { signatures[relation] != nil }
}
