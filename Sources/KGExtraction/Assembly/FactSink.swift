import KGDocuments
import KGGraph

/// Collects a page's facts into a graph, each with the evidence of the
/// sentence it was read from. A negated reading goes to the negative
/// relation (`INHIBITS` → `NOT_INHIBITS`), never to the positive one.
struct FactSink {
    let document: Document
    var graph = KnowledgeGraph()
    /// Resistance mechanisms read on the page, with the unit they came from.
    var mechanisms: [(node: NodeKey, marker: String, direction: String, drug: String, unit: Int)] = []

    init(document: Document) {
        self.document = document
        // Pages state about one fact per block, on as many nodes.
        let expected = min(max(document.blocks.count, 16), 1024)
        graph.reserveCapacity(nodes: expected, edges: expected)
    }

    /// The relation a negated reading is kept under.
    static func negative(of relation: String) -> String {
        switch relation {
        case "INDICATED_FOR", "USED_FOR", "STUDIED_FOR": "NOT_INDICATED_FOR"
        case "APPROVED_FOR": "NOT_APPROVED_FOR"
        default: relation.hasPrefix("NOT_") ? relation : "NOT_" + relation
        }
    }

    /// A node for a mention, with its surface as a name.
    @discardableResult
    mutating func node(_ mention: Mention) -> NodeKey {
        graph.addNode(mention.key, name: mention.surface)
    }

    @discardableResult
    mutating func node(id: String, kind: NodeKind, name: String? = nil, attributes: [String: String] = [:]) -> NodeKey {
        guard attributes.isEmpty else { return graph.addNode(Node(id: id, kind: kind, names: name.map { [$0] } ?? [], attributes: attributes)) }
        return graph.addNode(NodeKey(id: id, kind: kind), name: name)
    }

    /// A combination of members (sorted, joined by ` + `), with HAS_COMPONENT
    /// edges to each member read from the same sentence.
    mutating func combination(_ members: [NodeKey], unit: SentenceUnit, rule: String) -> NodeKey? {
        var seen: Set<String> = []
        let distinct = members.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
        guard distinct.count >= 2 else { return nil }
        let key = node(id: distinct.map(\.id).joined(separator: " + "), kind: .combination)
        for member in distinct {
            add(key, "HAS_COMPONENT", member, unit: unit, rule: rule + ".component", confidence: 0.8)
        }
        return key
    }

    mutating func add(_ subject: NodeKey, _ relation: String, _ object: NodeKey, attributes: [String: String] = [:],
                      unit: SentenceUnit, rule: String, confidence: Double, hedged: Bool = false, negated: Bool = false) {
        guard subject != object else { return }
        let relation = negated ? Self.negative(of: relation) : relation
        // The same fact read twice from one sentence (by two rules) is one piece of evidence.
        if let known = graph.edges[EdgeKey(subject: subject, relation: relation, object: object, attributes: attributes)],
           known.evidence.contains(where: { $0.bytes == unit.bytes && $0.line == unit.line && $0.sentence == unit.quote }) { return }
        let evidence = Evidence(
            document: document.path, line: unit.line, bytes: unit.bytes, sectionPath: unit.sectionPath,
            blockKind: unit.blockKindName, sentence: unit.quote, rule: rule,
            confidence: min(1, max(0, confidence * (hedged ? 0.8 : 1) * (unit.isReference ? 0.8 : 1))), hedged: hedged, negated: negated)
        // `add` gives endpoints that are not nodes yet a node with no names.
        graph.add(Edge(subject: subject, relation: relation, object: object, attributes: attributes, evidence: [evidence]))
    }
}
