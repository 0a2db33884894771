import Foundation
import KGGraph

/// Writes a graph as JSON: every node, and every edge with every piece of
/// evidence, in a stable order with sorted keys so that two exports of the
/// same graph are byte-identical.
///
/// ```json
/// {"nodes": [{"id": "clofarabine", "kind": "Drug", "names": ["Clolar", "Evoltra"], "attributes": {}}],
///  "edges": [{"subject": {"id": "clofarabine", "kind": "Drug"}, "relation": "ACTIVATED_BY",
///             "object": {"id": "DCK", "kind": "Gene"}, "attributes": {},
///             "evidence": [{"document": "Corpus/clofarabine-monograph.md", "line": 12, "sentence": "..."}]}]}
/// ```
public struct JSONGraphWriter: Sendable {
    public init() {}

    public func render(_ graph: KnowledgeGraph) -> String {
        let document = JSONGraphDocument(
            nodes: graph.sortedNodes.map {
                .init(id: $0.id, kind: $0.kind.rawValue, names: $0.names.sorted(), attributes: $0.attributes)
            },
            edges: graph.sortedEdges.map(JSONGraphDocument.EdgeEntry.init)
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and booleans cannot fail.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The JSON export's shape; also what a reader decodes it into.
public struct JSONGraphDocument: Sendable, Codable, Equatable {
    public struct NodeEntry: Sendable, Codable, Equatable {
        public var id: String
        public var kind: String
        public var names: [String]
        public var attributes: [String: String]
    }
    public struct NodeReference: Sendable, Codable, Equatable {
        public var id: String
        public var kind: String
    }
    public struct EvidenceEntry: Sendable, Codable, Equatable {
        public var document: String
        public var line: Int
        public var byteStart: Int
        public var byteEnd: Int
        public var section: [String]
        public var block: String
        public var sentence: String
        public var rule: String
        public var confidence: Double
        public var hedged: Bool
        public var negated: Bool
    }
    public struct EdgeEntry: Sendable, Codable, Equatable {
        public var subject: NodeReference
        public var relation: String
        public var object: NodeReference
        public var attributes: [String: String]
        public var evidence: [EvidenceEntry]

        init(_ edge: Edge) {
            subject = NodeReference(id: edge.subject.id, kind: edge.subject.kind.rawValue)
            relation = edge.relation
            object = NodeReference(id: edge.object.id, kind: edge.object.kind.rawValue)
            attributes = edge.attributes
            evidence = edge.evidence.map {
                EvidenceEntry(
                    document: $0.document, line: $0.line, byteStart: $0.bytes.lowerBound, byteEnd: $0.bytes.upperBound,
                    section: $0.sectionPath, block: $0.blockKind, sentence: $0.sentence, rule: $0.rule,
                    confidence: $0.confidence, hedged: $0.hedged, negated: $0.negated)
            }
        }
    }
    public var nodes: [NodeEntry]
    public var edges: [EdgeEntry]
}
