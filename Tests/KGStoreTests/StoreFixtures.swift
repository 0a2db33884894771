import Foundation
import KGGraph
@testable import KGStore

/// A fresh temporary folder per test, and small graphs to store.
enum StoreFixtures {
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "kg-store-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func reading(_ document: String, line: Int, sentence: String, rule: String = "svo.test") -> Evidence {
        Evidence(document: document, line: line, bytes: (line * 10)..<(line * 10 + sentence.utf8.count),
                 sectionPath: ["How it works", "Mechanism"], blockKind: "paragraph", sentence: sentence,
                 rule: rule, confidence: 0.75, hedged: line % 2 == 0, negated: false)
    }

    /// One page's facts: clofarabine activated by DCK, effluxed by ABCG2 (BCRP).
    static func pageGraph(_ document: String, line: Int = 3) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let drug = graph.addNode(Node(id: "clofarabine", kind: .drug, names: ["Clofarabine", "Clolar"]))
        let dck = graph.addNode(Node(id: "DCK", kind: .gene, names: ["dCK"]))
        let abcg2 = graph.addNode(Node(id: "ABCG2", kind: .gene, names: ["BCRP", "ABCG2"]))
        let mechanism = graph.addNode(Node(id: "DCK down", kind: .resistanceMechanism, names: ["decreased dCK activity"],
                                           attributes: ["marker": "DCK", "direction": "down", "drug": "clofarabine"]))
        graph.add(Edge(subject: drug, relation: "ACTIVATED_BY", object: dck),
                  evidence: [reading(document, line: line, sentence: "Clofarabine is activated by dCK.")])
        graph.add(Edge(subject: drug, relation: "EFFLUXED_BY", object: abcg2),
                  evidence: [reading(document, line: line + 1, sentence: "BCRP pumps \"clofarabine\"\tout.\n")])
        graph.add(Edge(subject: mechanism, relation: "CONFERS_RESISTANCE_TO", object: drug, attributes: ["basis": "stated", "via": "dCK; low"]),
                  evidence: [reading(document, line: line + 2, sentence: "Resistance can arise from decreased dCK activity.", rule: "resistance.marker")])
        return graph
    }

    static func record(_ path: String, graph: KnowledgeGraph, sha: String = "00ff") -> PageRecord {
        PageRecord(path: path, sha256: sha, byteCount: 100, extractorVersion: "test-1",
                   edgeCount: graph.edges.count, evidenceCount: graph.edges.values.reduce(0) { $0 + $1.evidence.count },
                   warnings: [PageWarning(line: 2, column: 5, message: "unclosed table")])
    }
}
