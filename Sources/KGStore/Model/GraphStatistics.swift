import KGGraph

/// Counts over the stored graph: nodes by kind, edges by relation, pages and
/// evidence. Counted in SQL, so they need no loading of the graph.
///
/// ```swift
/// let stats = try store.statistics()
/// for (kind, count) in stats.nodesByKind { print(kind.rawValue, count) }
/// ```
public struct GraphStatistics: Sendable, Hashable, Codable {
    public var pages: Int
    /// Pages whose extraction yielded no edge.
    public var pagesWithoutFacts: Int
    public var nodes: Int
    public var edges: Int
    public var evidence: Int
    /// Node counts by kind, most numerous first, then by name.
    public var nodesByKind: [KindCount]
    /// Edge counts by relation, most numerous first, then by name.
    public var edgesByRelation: [RelationCount]

    public init(
        pages: Int, pagesWithoutFacts: Int, nodes: Int, edges: Int, evidence: Int,
        nodesByKind: [KindCount], edgesByRelation: [RelationCount]
    ) {
        self.pages = pages
        self.pagesWithoutFacts = pagesWithoutFacts
        self.nodes = nodes
        self.edges = edges
        self.evidence = evidence
        self.nodesByKind = nodesByKind
        self.edgesByRelation = edgesByRelation
    }

    public struct KindCount: Sendable, Hashable, Codable {
        public var kind: String
        public var count: Int
        public init(kind: String, count: Int) {
            self.kind = kind
            self.count = count
        }
    }

    public struct RelationCount: Sendable, Hashable, Codable {
        public var relation: String
        public var count: Int
        public init(relation: String, count: Int) {
            self.relation = relation
            self.count = count
        }
    }
}
