import Foundation

/// The facts table of the schema (`shared/spec/schema.md`): one row per edge
/// and piece of evidence, in a stable order, as TSV or JSON.
///
/// This is what `kg facts` prints and what `score_facts.py` reads. The TSV
/// form has the header
/// `subject subject_kind relation object object_kind attributes doc line evidence`;
/// tabs and newlines inside values are written as spaces, and attributes as
/// `key=value; key=value` sorted by key.
///
/// ```swift
/// let table = FactsTable(graph: graph)                 // every edge
/// print(table.tsv(), terminator: "")
/// let resistance = FactsTable(graph: graph, relations: ["CONFERS_RESISTANCE_TO"])
/// let json = try resistance.json()                     // Data, UTF-8, pretty-printed
/// ```
///
/// An edge with no evidence still gets one row (with an empty `doc`, line 0
/// and empty `evidence`), so that nothing in the graph is silently dropped.
public struct FactsTable: Sendable, Hashable {
    /// The TSV header columns, in order.
    public static let columns = [
        "subject", "subject_kind", "relation", "object", "object_kind", "attributes", "doc", "line", "evidence",
    ]

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    /// The rows of `graph`, edges in ``KnowledgeGraph/sortedEdges`` order,
    /// each edge's evidence by document then line. `relations`, when given,
    /// keeps only edges whose relation is in it (compared in upper case).
    /// `includeMembership: false` leaves out the edges that only restate a
    /// combination's members (see ``Edge/isMembership``).
    public init(graph: KnowledgeGraph, relations: Set<String>? = nil, includeMembership: Bool = true) {
        let wanted = relations.map { Set($0.map { $0.uppercased() }) }
        let unreliable = graph.unreliableDocuments
        var rows: [Row] = []
        for edge in graph.sortedEdges where wanted?.contains(edge.relation.uppercased()) ?? true {
            if !includeMembership && edge.isMembership { continue }
            let evidence = edge.evidence.sorted { ($0.document, $0.line, $0.bytes.lowerBound, $0.rule) < ($1.document, $1.line, $1.bytes.lowerBound, $1.rule) }
            let confidence = edge.confidence(unreliableDocuments: unreliable)
            if evidence.isEmpty {
                rows.append(Row(edge: edge, evidence: nil, edgeConfidence: confidence))
            }
            for piece in evidence {
                rows.append(Row(edge: edge, evidence: piece, edgeConfidence: confidence))
            }
        }
        self.rows = rows
    }

    /// The table as TSV: the header line, then one line per row, each line
    /// ending with a newline.
    public func tsv() -> String {
        var out = Self.columns.joined(separator: "\t") + "\n"
        for row in rows {
            out += row.tsvFields.map(Self.tsvValue).joined(separator: "\t")
            out += "\n"
        }
        return out
    }

    /// The table as a JSON array of row objects (keys sorted, pretty-printed).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(rows)
    }

    /// Attributes written as `key=value; key=value`, sorted by key.
    public static func attributeText(_ attributes: [String: String]) -> String {
        attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    /// A value made safe for one TSV cell: tabs, carriage returns and
    /// newlines become spaces.
    public static func tsvValue(_ value: String) -> String {
        guard value.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return String(value.map { ($0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n") ? " " : $0 })
    }
}

extension FactsTable {
    /// One row: an edge and one piece of its evidence.
    ///
    /// Besides the nine TSV columns, the JSON form carries the evidence's
    /// rule, confidence, hedge and negation flags, section path and block
    /// kind, and the edge's combined confidence.
    public struct Row: Sendable, Hashable, Codable {
        public var subject: String
        public var subjectKind: String
        public var relation: String
        public var object: String
        public var objectKind: String
        public var attributes: [String: String]
        public var doc: String
        public var line: Int
        public var evidence: String
        public var rule: String
        public var confidence: Double
        public var edgeConfidence: Double
        public var hedged: Bool
        public var negated: Bool
        public var sectionPath: [String]
        public var blockKind: String

        /// A row for `edge` and one piece of its evidence; `edgeConfidence`
        /// defaults to the edge's own (see ``Edge/confidence``).
        public init(edge: Edge, evidence piece: Evidence?, edgeConfidence: Double? = nil) {
            subject = edge.subject.id
            subjectKind = edge.subject.kind.rawValue
            relation = edge.relation
            object = edge.object.id
            objectKind = edge.object.kind.rawValue
            attributes = edge.attributes
            doc = piece?.document ?? ""
            line = piece?.line ?? 0
            evidence = piece?.sentence ?? ""
            rule = piece?.rule ?? ""
            confidence = piece?.confidence ?? 0
            self.edgeConfidence = edgeConfidence ?? edge.confidence
            hedged = piece?.hedged ?? false
            negated = piece?.negated ?? false
            sectionPath = piece?.sectionPath ?? []
            blockKind = piece?.blockKind ?? ""
        }

        enum CodingKeys: String, CodingKey {
            case subject, relation, object, attributes, doc, line, evidence, rule, confidence, hedged, negated
            case subjectKind = "subject_kind", objectKind = "object_kind", edgeConfidence = "edge_confidence"
            case sectionPath = "section_path", blockKind = "block_kind"
        }

        /// The nine TSV columns, in ``FactsTable/columns`` order.
        public var tsvFields: [String] {
            [subject, subjectKind, relation, object, objectKind, FactsTable.attributeText(attributes), doc, String(line), evidence]
        }
    }
}
