/// A fact of the graph: subject, relation, object and attributes, with all
/// the evidence that states it.
///
/// The same fact read from another sentence or page adds evidence, not an
/// edge: ``KnowledgeGraph/add(_:evidence:)`` merges by ``EdgeKey``.
public struct Edge: Sendable, Hashable, Codable {
    public var subject: NodeKey
    /// The schema's relation name in upper snake case, such as `INHIBITS`.
    public var relation: String
    public var object: NodeKey
    /// Attributes that are part of the fact (`cell_line`, `population`, ...).
    public var attributes: [String: String]
    public var evidence: [Evidence]

    public init(subject: NodeKey, relation: String, object: NodeKey, attributes: [String: String] = [:], evidence: [Evidence] = []) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.attributes = attributes
        self.evidence = evidence
    }

    public var key: EdgeKey { EdgeKey(subject: subject, relation: relation, object: object, attributes: attributes) }
}

/// The identity of a fact: two readings with equal keys are one edge.
public struct EdgeKey: Sendable, Hashable, Codable {
    public var subject: NodeKey
    public var relation: String
    public var object: NodeKey
    public var attributes: [String: String]

    public init(subject: NodeKey, relation: String, object: NodeKey, attributes: [String: String] = [:]) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.attributes = attributes
    }
}
