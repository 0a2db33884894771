/// How much an edge is trusted, combined from its evidence.
///
/// Each page counts once, by its best reading (three sentences of one page
/// are not three independent sources); pages then combine as independent
/// witnesses (noisy-OR): `1 - Π(1 - c_page)`. So a fact stated on more
/// independent pages is more trusted, and a page whose own text says it is
/// AI-generated or crowd-sourced (a `HAS_RELIABILITY_NOTE` on its
/// `Document` node) counts for less.
///
/// ```swift
/// edge.confidence                                   // from the evidence alone
/// graph.confidence(of: edge)                        // discounting unreliable pages
/// ```
extension Edge {
    /// What a reading from a page that calls itself unreliable is multiplied by.
    public static let unreliablePageFactor = 0.5

    /// The combined confidence, taking each evidence's own confidence as it is.
    public var confidence: Double { confidence(unreliableDocuments: []) }

    /// The combined confidence, discounting readings from `unreliableDocuments`
    /// by ``unreliablePageFactor``. An edge with no evidence has confidence 0.
    public func confidence(unreliableDocuments: Set<String>) -> Double {
        var bestByPage: [String: Double] = [:]
        for piece in evidence {
            var value = min(max(piece.confidence, 0), 1)
            if unreliableDocuments.contains(piece.document) { value *= Self.unreliablePageFactor }
            bestByPage[piece.document] = max(bestByPage[piece.document] ?? 0, value)
        }
        guard !bestByPage.isEmpty else { return 0 }
        let disbelief = bestByPage.values.reduce(1.0) { $0 * (1 - $1) }
        return 1 - disbelief
    }
}

extension KnowledgeGraph {
    /// The relation by which a page states its own reliability ("AI-generated",
    /// "crowd-sourced", "Research Use Only"), from a `Document` node.
    public static let reliabilityNoteRelation = "HAS_RELIABILITY_NOTE"

    /// Pages that call themselves AI-generated or crowd-sourced: the subjects
    /// (document paths) of `HAS_RELIABILITY_NOTE` edges whose note says so.
    public var unreliableDocuments: Set<String> {
        var documents: Set<String> = []
        for edge in edges.values where edge.relation == Self.reliabilityNoteRelation && edge.subject.kind == .document {
            let note = edge.object.id.lowercased()
            if note.contains("ai-generated") || note.contains("ai generated") || note.contains("crowd") || note.contains("may not be accurate") {
                documents.insert(edge.subject.id)
            }
        }
        return documents
    }

    /// An edge's confidence in this graph: its evidence combined, readings
    /// from unreliable pages discounted.
    public func confidence(of edge: Edge) -> Double {
        edge.confidence(unreliableDocuments: unreliableDocuments)
    }
}
