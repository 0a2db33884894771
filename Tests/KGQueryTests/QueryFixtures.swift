import KGGraph

/// A small resistance graph: clofarabine resisted by DCK loss and MCL1 gain;
/// one stated combination, one partner that upregulates DCK.
enum QueryFixtures {
    static func reading(_ sentence: String, _ document: String, _ line: Int) -> Evidence {
        Evidence(document: document, line: line, bytes: 0..<sentence.utf8.count, sectionPath: [], blockKind: "paragraph",
                 sentence: sentence, rule: "test", confidence: 0.8)
    }

    static func graph() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let clofarabine = NodeKey(id: "clofarabine", kind: .drug)
        let cytarabine = NodeKey(id: "cytarabine", kind: .drug)
        let venetoclax = NodeKey(id: "venetoclax", kind: .drug)
        let dckDown = NodeKey(id: "DCK down", kind: .resistanceMechanism)
        let mcl1Up = NodeKey(id: "MCL1 up", kind: .resistanceMechanism)
        let combination = NodeKey(id: "clofarabine + cytarabine", kind: .combination)
        graph.addNode(Node(id: "clofarabine", kind: .drug, names: ["Clolar", "Evoltra"]))
        graph.addNode(Node(id: "DCK down", kind: .resistanceMechanism, attributes: ["marker": "DCK", "direction": "down"]))
        graph.add(Edge(subject: dckDown, relation: "CONFERS_RESISTANCE_TO", object: clofarabine),
                  evidence: [reading("Loss of dCK confers resistance to clofarabine.", "a.md", 10),
                             reading("dCK-deficient cells resist clofarabine.", "b.md", 4)])
        graph.add(Edge(subject: mcl1Up, relation: "CONFERS_RESISTANCE_TO", object: clofarabine),
                  evidence: [reading("Mcl-1 overexpression confers resistance.", "a.md", 12)])
        graph.add(Edge(subject: combination, relation: "ADDRESSES", object: dckDown, attributes: ["basis": "stated"]),
                  evidence: [reading("The combination overcomes dCK loss.", "a.md", 20)])
        graph.add(Edge(subject: combination, relation: "HAS_COMPONENT", object: cytarabine), evidence: [reading("Clofarabine with cytarabine.", "a.md", 19)])
        graph.add(Edge(subject: cytarabine, relation: "UPREGULATES", object: NodeKey(id: "DCK", kind: .gene)),
                  evidence: [reading("Cytarabine upregulates dCK.", "c.md", 7)])
        graph.add(Edge(subject: venetoclax, relation: "INHIBITS", object: NodeKey(id: "BCL2", kind: .gene)),
                  evidence: [reading("Venetoclax inhibits BCL-2.", "c.md", 9)])
        return graph
    }
}
