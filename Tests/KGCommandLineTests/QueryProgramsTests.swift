import Foundation
import KGGraph
import Testing
@testable import KGCommandLine

/// The `Queries/` programs' logic on a hand-built graph shaped like the
/// clofarabine pages (independent of what the extractor reads today).
@Suite struct QueryProgramsTests {
    static func reading(_ sentence: String, line: Int, rule: String = "test.stated") -> Evidence {
        Evidence(document: "Corpus/clofarabine-benchchem.md", line: line, bytes: 0..<1, sectionPath: [], blockKind: "paragraph",
                 sentence: sentence, rule: rule, confidence: 0.7)
    }

    static func graph() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        func drug(_ id: String) -> NodeKey { graph.addNode(Node(id: id, kind: .drug)) }
        func gene(_ id: String) -> NodeKey { graph.addNode(Node(id: id, kind: .gene)) }
        func mechanism(_ marker: String, _ direction: String) -> NodeKey {
            graph.addNode(Node(id: "\(marker) \(direction)", kind: .resistanceMechanism, attributes: ["marker": marker, "direction": direction, "drug": "clofarabine"]))
        }
        func combination(_ members: [NodeKey]) -> NodeKey {
            let key = graph.addNode(Node(id: members.map(\.id).sorted().joined(separator: " + "), kind: .combination))
            for member in members { graph.add(Edge(subject: key, relation: "HAS_COMPONENT", object: member), evidence: [reading("combination", line: 1)]) }
            return key
        }
        func fact(_ s: NodeKey, _ relation: String, _ o: NodeKey, line: Int, rule: String = "test.stated") {
            graph.add(Edge(subject: s, relation: relation, object: o), evidence: [reading("\(s.id) \(relation) \(o.id)", line: line, rule: rule)])
        }
        let clofarabine = drug("clofarabine"), venetoclax = drug("venetoclax"), bortezomib = drug("bortezomib")
        let melatonin = drug("melatonin"), cytarabine = drug("cytarabine"), ko143 = drug("Ko143")
        let dckDown = mechanism("DCK", "down"), abcg2Up = mechanism("ABCG2", "up"), mcl1Up = mechanism("MCL1", "up"), bclxlUp = mechanism("BCL2L1", "up")
        let unknown = graph.addNode(Node(id: "altered transport", kind: .resistanceMechanism))
        for m in [dckDown, abcg2Up, mcl1Up, bclxlUp, unknown] { fact(m, "CONFERS_RESISTANCE_TO", clofarabine, line: 10) }
        fact(mcl1Up, "CONFERS_RESISTANCE_TO", venetoclax, line: 11)
        fact(bclxlUp, "CONFERS_RESISTANCE_TO", venetoclax, line: 11)
        fact(melatonin, "UPREGULATES", gene("DCK"), line: 20)
        fact(combination([clofarabine, cytarabine]), "ADDRESSES", dckDown, line: 21)
        fact(ko143, "INHIBITS", gene("ABCG2"), line: 22)
        let withVenetoclax = combination([clofarabine, venetoclax])
        fact(withVenetoclax, "ADDRESSES", mcl1Up, line: 23)
        fact(withVenetoclax, "ADDRESSES", bclxlUp, line: 23)
        fact(bortezomib, "STABILIZES", gene("BAX"), line: 24)
        fact(combination([bortezomib, clofarabine]), "ADDRESSES", mcl1Up, line: 25, rule: "addresses.derived")
        return graph
    }

    func rows(_ name: String) throws -> [[String]] {
        let run = try CommandRun(pages: [:])
        let program = QueryGoldenTests.repository + "/Queries/\(name).dl"
        #expect(run.interface(["query", program, "--format", "tsv"], graph: Self.graph()) == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        return run.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func resistanceCombinationsStatedDerivedAndCaveats() throws {
        let rows = try rows("resistance-combinations")
        let clofarabine = Set(rows.filter { $0.count == 6 && $0[0] == "clofarabine" }.map { "\($0[2]) \($0[3]) \($0[4]): \($0[5])" })
        #expect(clofarabine == [
            "DCK down cytarabine: stated",
            "DCK down melatonin: derived: restores lost DCK (melatonin raises it)",
            "ABCG2 up Ko143: derived: blocks gained ABCG2 (Ko143 inhibits it)",
            "MCL1 up venetoclax: stated",
            "BCL2L1 up venetoclax: stated",
            "MCL1 up bortezomib: derived (by the extractor)",
            "MCL1 up bortezomib: derived: acts on pro-apoptotic BAX downstream of MCL1",
            "BCL2L1 up bortezomib: derived: acts on pro-apoptotic BAX downstream of BCL2L1",
        ])
        #expect(rows.contains(["clofarabine", "MCL1 up", "venetoclax", "venetoclax is itself resisted through MCL1 (MCL1 up)"]))
        #expect(rows.contains(["clofarabine", "BCL2L1 up", "venetoclax", "venetoclax is itself resisted through BCL2L1 (BCL2L1 up)"]))
    }

    @Test func aClassOfMarkersCoversItsMembersAndEffluxIsAResistanceRoute() throws {
        var graph = Self.graph()
        let clofarabine = NodeKey(id: "clofarabine", kind: .drug)
        let general = graph.addNode(Node(id: "anti-apoptotic protein up", kind: .resistanceMechanism,
                                         attributes: ["marker": "anti-apoptotic protein", "direction": "up", "drug": "clofarabine"]))
        graph.add(Edge(subject: general, relation: "CONFERS_RESISTANCE_TO", object: clofarabine), evidence: [Self.reading("x", line: 30)])
        let withEtoposide = graph.addNode(Node(id: "clofarabine + etoposide", kind: .combination))
        graph.add(Edge(subject: withEtoposide, relation: "HAS_COMPONENT", object: clofarabine), evidence: [Self.reading("x", line: 31)])
        graph.add(Edge(subject: withEtoposide, relation: "HAS_COMPONENT", object: NodeKey(id: "etoposide", kind: .drug)), evidence: [Self.reading("x", line: 31)])
        graph.add(Edge(subject: withEtoposide, relation: "ADDRESSES", object: general), evidence: [Self.reading("x", line: 32)])
        graph.add(Edge(subject: clofarabine, relation: "EFFLUXED_BY", object: NodeKey(id: "ABCB1", kind: .gene)), evidence: [Self.reading("x", line: 33)])
        graph.add(Edge(subject: NodeKey(id: "tariquidar", kind: .drug), relation: "INHIBITS", object: NodeKey(id: "ABCB1", kind: .gene)), evidence: [Self.reading("x", line: 34)])
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["query", QueryGoldenTests.repository + "/Queries/resistance-combinations.dl", "--format", "tsv"], graph: graph) == 0)
        let rows = run.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.contains(["clofarabine", "MCL1 up", "MCL1", "up", "etoposide", "stated"]))
        #expect(rows.contains(["clofarabine", "BCL2L1 up", "BCL2L1", "up", "etoposide", "stated"]))
        #expect(!rows.contains { $0.first == "clofarabine" && $0.count > 2 && $0[2] == "anti-apoptotic protein" }, "the class itself is not a row")
        #expect(rows.contains(["clofarabine", "ABCB1 up", "ABCB1", "up", "tariquidar", "derived: blocks gained ABCB1 (tariquidar inhibits it)"]))
    }

    @Test func unaddressedListsMechanismsNothingAddresses() throws {
        #expect(try rows("unaddressed") == [
            ["drug", "mechanism", "marker", "direction"],
            ["clofarabine", "ABCG2 up", "ABCG2", "up"],
            ["clofarabine", "altered transport", "-", "-"],
        ])
    }

    @Test func mechanismOfActionFollowsChainsToProcesses() throws {
        var graph = Self.graph()
        let clofarabine = NodeKey(id: "clofarabine", kind: .drug)
        let triphosphate = NodeKey(id: "clofarabine 5'-triphosphate", kind: .metabolite)
        let reductase = NodeKey(id: "ribonucleotide reductase", kind: .gene)
        graph.add(Edge(subject: clofarabine, relation: "ACTIVATED_TO", object: triphosphate), evidence: [Self.reading("x", line: 1)])
        graph.add(Edge(subject: triphosphate, relation: "INHIBITS", object: reductase), evidence: [Self.reading("x", line: 2)])
        graph.add(Edge(subject: reductase, relation: "INDUCES", object: NodeKey(id: "dna synthesis", kind: .process)), evidence: [Self.reading("x", line: 3)])
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["query", QueryGoldenTests.repository + "/Queries/mechanism-of-action.dl", "--format", "tsv"], graph: graph) == 0)
        #expect(run.stdout == """
            drug\tprocess\tsteps\tpath
            clofarabine\tdna synthesis\t3\tclofarabine -activated to-> clofarabine 5'-triphosphate -inhibits-> ribonucleotide reductase -induces-> dna synthesis

            """)
    }
}
