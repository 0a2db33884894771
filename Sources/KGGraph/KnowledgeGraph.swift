/// The knowledge graph: nodes by key and edges by key, each edge with its
/// evidence. A value type with no I/O; storage and exports live elsewhere.
///
/// ```swift
/// var graph = KnowledgeGraph()
/// let drug = graph.addNode(Node(id: "clofarabine", kind: .drug, names: ["Clofarabine"]))
/// let gene = graph.addNode(Node(id: "DCK", kind: .gene, names: ["dCK"]))
/// graph.add(Edge(subject: drug, relation: "ACTIVATED_BY", object: gene), evidence: [reading])
/// ```
public struct KnowledgeGraph: Sendable, Hashable, Codable {
    public private(set) var nodes: [NodeKey: Node] = [:]
    public private(set) var edges: [EdgeKey: Edge] = [:]

    public init() {}

    /// Makes room for about this many nodes and edges, so that a graph
    /// filled one fact at a time is not rehashed each time it doubles.
    public mutating func reserveCapacity(nodes: Int, edges: Int) {
        self.nodes.reserveCapacity(nodes)
        self.edges.reserveCapacity(edges)
    }

    /// Adds a node, or merges its names and attributes into the node with
    /// the same key. Returns the key.
    @discardableResult
    public mutating func addNode(_ node: Node) -> NodeKey {
        let key = node.key
        // One lookup, and the existing node changed in place (a copy taken
        // out of the dictionary would copy its name set to change it).
        if let index = nodes.index(forKey: key) {
            Self.merge(node, into: &nodes.values[index])
        } else {
            nodes[key] = node
        }
        return key
    }

    /// Adds the node `key` with the name (if any), or adds the name to the
    /// node: `addNode(Node(id: key.id, kind: key.kind, names: [name]))`
    /// without building a node and a set of names when both are known.
    @discardableResult
    public mutating func addNode(_ key: NodeKey, name: String?) -> NodeKey {
        if let index = nodes.index(forKey: key) {
            if let name, !nodes.values[index].names.contains(name) { nodes.values[index].names.insert(name) }
        } else {
            nodes[key] = Node(id: key.id, kind: key.kind, names: name.map { [$0] } ?? [])
        }
        return key
    }

    private static func merge(_ node: Node, into existing: inout Node) {
        for name in node.names where !existing.names.contains(name) { existing.names.insert(name) }
        if !node.attributes.isEmpty { existing.attributes.merge(node.attributes) { old, _ in old } }
    }

    /// Adds an edge, or appends its evidence to the edge with the same key.
    /// Endpoints that are not nodes yet are added with no names.
    public mutating func add(_ edge: Edge, evidence: [Evidence] = []) {
        if nodes.index(forKey: edge.subject) == nil { nodes[edge.subject] = Node(id: edge.subject.id, kind: edge.subject.kind) }
        if nodes.index(forKey: edge.object) == nil { nodes[edge.object] = Node(id: edge.object.id, kind: edge.object.kind) }
        // One hash of the key: the edge is found (or inserted) and changed in place.
        Self.append(edge.evidence, evidence, to: &edges[edge.key, default: Edge(
            subject: edge.subject, relation: edge.relation, object: edge.object, attributes: edge.attributes)])
    }

    /// Appends the pieces of `first` then `second` that `merged` lacks.
    private static func append(_ first: [Evidence], _ second: [Evidence], to merged: inout Edge) {
        if merged.evidence.count + first.count + second.count <= 32 {
            for piece in first where !merged.evidence.contains(piece) { merged.evidence.append(piece) }
            for piece in second where !merged.evidence.contains(piece) { merged.evidence.append(piece) }
        } else {
            // A fact stated on hundreds of pages: a set keeps merging linear.
            var seen = Set(merged.evidence)
            for piece in first where seen.insert(piece).inserted { merged.evidence.append(piece) }
            for piece in second where seen.insert(piece).inserted { merged.evidence.append(piece) }
        }
    }

    /// Merges another graph into this one (nodes by key, edges by key).
    public mutating func merge(_ other: KnowledgeGraph) {
        for node in other.nodes.values { addNode(node) }
        for edge in other.edges.values { add(edge) }
    }

    /// Edges in a stable order: subject, relation, object, then attributes.
    public var sortedEdges: [Edge] {
        edges.values.sorted { a, b in
            if a.subject != b.subject { return a.subject < b.subject }
            if a.relation != b.relation { return a.relation < b.relation }
            if a.object != b.object { return a.object < b.object }
            return a.attributes.sorted(by: <).description < b.attributes.sorted(by: <).description
        }
    }

    /// Nodes in a stable order: by id, then kind.
    public var sortedNodes: [Node] { nodes.values.sorted { $0.key < $1.key } }
}
