import KGGraph

/// A small graph with what breaks naive exporters: ids with spaces, quotes,
/// apostrophes, `&`, `<` and non-ASCII; one id used by two kinds; two
/// relations between the same two nodes; an edge read three times.
enum SampleGraph {
    static func reading(_ sentence: String, line: Int, document: String = "Corpus/clofarabine-monograph.md", confidence: Double = 0.9) -> Evidence {
        Evidence(
            document: document, line: line, bytes: line * 100..<line * 100 + sentence.utf8.count, sectionPath: ["Mechanism"],
            blockKind: "paragraph", sentence: sentence, rule: "test.rule", confidence: confidence)
    }

    static let clofarabine = NodeKey(id: "clofarabine", kind: .drug)
    static let dck = NodeKey(id: "DCK", kind: .gene)
    static let dckDown = NodeKey(id: "DCK down", kind: .resistanceMechanism)
    static let cytarabine = NodeKey(id: "cytarabine", kind: .drug)
    static let combination = NodeKey(id: "clofarabine + cytarabine", kind: .combination)
    static let metabolite = NodeKey(id: "clofarabine 5'-triphosphate", kind: .metabolite)
    static let value = NodeKey(id: "IC50 < 0.15 µM & \"low\"", kind: .value)
    static let dckAsName = NodeKey(id: "DCK", kind: .name)
    static let apoptosis = NodeKey(id: "apoptosis", kind: .process)
    static let lonely = NodeKey(id: "pregnancy", kind: .condition)

    static func make() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        graph.addNode(Node(id: "clofarabine", kind: .drug, names: ["Clofarabine", "Evoltra", "Clolar"]))
        graph.addNode(Node(id: "DCK", kind: .gene, names: ["dCK", "deoxycytidine kinase"]))
        graph.addNode(Node(id: "DCK down", kind: .resistanceMechanism, attributes: ["marker": "DCK", "direction": "down", "drug": "clofarabine"]))
        graph.addNode(Node(id: "pregnancy", kind: .condition))
        graph.add(Edge(subject: clofarabine, relation: "ACTIVATED_BY", object: dck), evidence: [
            reading("Clofarabine is phosphorylated by deoxycytidine kinase (dCK).", line: 12),
            reading("dCK activates clofarabine.", line: 3, document: "Corpus/clofarabine-benchchem.md", confidence: 0.7),
            reading("Activation needs dCK;\tthen\nmore.", line: 40, document: "Corpus/clofarabine-clinic-page.txt", confidence: 0.5),
        ])
        graph.add(Edge(subject: clofarabine, relation: "INHIBITS", object: dck), evidence: [reading("A made-up second relation.", line: 13)])
        graph.add(Edge(subject: dckDown, relation: "CONFERS_RESISTANCE_TO", object: clofarabine), evidence: [reading("Loss of dCK confers resistance.", line: 20)])
        graph.add(Edge(subject: combination, relation: "HAS_COMPONENT", object: clofarabine, attributes: ["role": "backbone"]), evidence: [reading("Clofarabine plus cytarabine.", line: 30)])
        graph.add(Edge(subject: combination, relation: "HAS_COMPONENT", object: cytarabine), evidence: [reading("Clofarabine plus cytarabine.", line: 30)])
        graph.add(Edge(subject: combination, relation: "ADDRESSES", object: dckDown, attributes: ["basis": "derived", "via": "cytarabine"]), evidence: [reading("Cytarabine upregulates dCK.", line: 31)])
        graph.add(Edge(subject: clofarabine, relation: "ACTIVATED_TO", object: metabolite), evidence: [reading("It becomes clofarabine 5'-triphosphate.", line: 14)])
        graph.add(Edge(subject: clofarabine, relation: "HAS_IC50", object: value, attributes: ["cell_line": "CCRF-CEM", "unit": "µM"]), evidence: [reading("IC50 < 0.15 µM & \"low\".", line: 50)])
        graph.add(Edge(subject: clofarabine, relation: "HAS_SYNONYM", object: dckAsName), evidence: [reading("A clash of ids across kinds.", line: 51)])
        graph.add(Edge(subject: metabolite, relation: "INHIBITS", object: NodeKey(id: "dna synthesis", kind: .process)), evidence: [reading("The triphosphate inhibits DNA synthesis.", line: 15)])
        graph.add(Edge(subject: cytarabine, relation: "NOT_INHIBITS", object: apoptosis), evidence: [reading("Cytarabine does not inhibit apoptosis.", line: 60)])
        return graph
    }
}
