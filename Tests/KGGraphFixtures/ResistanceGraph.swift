import KGGraph

/// A small resistance graph that the query and interface tests share:
/// clofarabine resisted by DCK loss (stated on two pages) and MCL1 gain;
/// one stated combination with cytarabine, which upregulates DCK; and
/// venetoclax, which inhibits BCL2.
///
/// ```swift
/// let graph = ResistanceGraph.make(folder: "Corpus/")
/// ```
public enum ResistanceGraph {
    /// One piece of evidence: `sentence`, read at `document`:`line`.
    public static func reading(_ sentence: String, _ document: String, _ line: Int) -> Evidence {
        Evidence(document: document, line: line, bytes: 0..<sentence.utf8.count, sectionPath: [], blockKind: "paragraph",
                 sentence: sentence, rule: "test", confidence: 0.8)
    }

    /// The graph, its evidence on pages `a.md`, `b.md`, `c.md` in `folder`.
    public static func make(folder: String = "") -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let clofarabine = NodeKey(id: "clofarabine", kind: .drug)
        let cytarabine = NodeKey(id: "cytarabine", kind: .drug)
        let venetoclax = NodeKey(id: "venetoclax", kind: .drug)
        let dckDown = NodeKey(id: "DCK down", kind: .resistanceMechanism)
        let mcl1Up = NodeKey(id: "MCL1 up", kind: .resistanceMechanism)
        let combination = NodeKey(id: "clofarabine + cytarabine", kind: .combination)
        let a = folder + "a.md", b = folder + "b.md", c = folder + "c.md"
        graph.addNode(Node(id: "clofarabine", kind: .drug, names: ["Clolar", "Evoltra"]))
        graph.addNode(Node(id: "DCK down", kind: .resistanceMechanism, attributes: ["marker": "DCK", "direction": "down"]))
        graph.add(Edge(subject: dckDown, relation: "CONFERS_RESISTANCE_TO", object: clofarabine),
                  evidence: [reading("Loss of dCK confers resistance to clofarabine.", a, 10),
                             reading("dCK-deficient cells resist clofarabine.", b, 4)])
        graph.add(Edge(subject: mcl1Up, relation: "CONFERS_RESISTANCE_TO", object: clofarabine),
                  evidence: [reading("Mcl-1 overexpression confers resistance.", a, 12)])
        graph.add(Edge(subject: combination, relation: "ADDRESSES", object: dckDown, attributes: ["basis": "stated"]),
                  evidence: [reading("The combination overcomes dCK loss.", a, 20)])
        graph.add(Edge(subject: combination, relation: "HAS_COMPONENT", object: cytarabine),
                  evidence: [reading("Clofarabine with cytarabine.", a, 19)])
        graph.add(Edge(subject: cytarabine, relation: "UPREGULATES", object: NodeKey(id: "DCK", kind: .gene)),
                  evidence: [reading("Cytarabine upregulates dCK.", c, 7)])
        graph.add(Edge(subject: venetoclax, relation: "INHIBITS", object: NodeKey(id: "BCL2", kind: .gene)),
                  evidence: [reading("Venetoclax inhibits BCL-2.", c, 9)])
        return graph
    }
}
