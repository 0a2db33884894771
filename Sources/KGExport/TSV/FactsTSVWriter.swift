import KGGraph

/// Writes the facts table of `shared/spec/schema.md`: a header, then one row
/// per edge and piece of evidence, tab separated, tabs and newlines inside
/// values written as spaces.
///
/// ```
/// subject	subject_kind	relation	object	object_kind	attributes	doc	line	evidence
/// clofarabine	Drug	ACTIVATED_BY	DCK	Gene		Corpus/clofarabine-monograph.md	12	Clofarabine is ...
/// ```
public struct FactsTSVWriter: Sendable {
    public static let header = ["subject", "subject_kind", "relation", "object", "object_kind", "attributes", "doc", "line", "evidence"]

    public init() {}

    public func render(_ graph: KnowledgeGraph) -> String {
        var out = Self.header.joined(separator: "\t") + "\n"
        for edge in graph.sortedEdges {
            let attributes = edge.attributes.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
            let prefix = [edge.subject.id, edge.subject.kind.rawValue, edge.relation, edge.object.id, edge.object.kind.rawValue, attributes]
            let readings = edge.evidence.sorted { ($0.document, $0.line, $0.bytes.lowerBound) < ($1.document, $1.line, $1.bytes.lowerBound) }
            for evidence in readings {
                out += (prefix + [evidence.document, String(evidence.line), evidence.sentence]).map(Self.cell).joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    static func cell(_ value: String) -> String {
        String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
