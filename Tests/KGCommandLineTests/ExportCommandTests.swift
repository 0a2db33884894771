import ArgumentParser
import Foundation
import TestSupport
import Testing
@testable import KGCommandLine

@Suite struct ExportCommandTests {
    let graph = InterfaceFixtures.graph()

    @Test func theFormatComesFromTheExtensionAndTheFileIsWritten() throws {
        let run = try CommandRun(pages: [:])
        try FileManager.default.createDirectory(atPath: run.root, withIntermediateDirectories: true)
        let path = run.root + "/graph.graphml"
        #expect(run.interface(["export", "-o", path], graph: graph) == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("<graphml"))
        #expect(text.components(separatedBy: "<edge ").count - 1 == graph.edges.count)
        #expect(run.stderr == "wrote \(path): \(graph.nodes.count) nodes, \(graph.edges.count) edges (graphml)\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func withoutAFileItWritesToStandardOutput() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["export", "--format", "tsv"], graph: graph) == 0)
        #expect(run.stdout.hasPrefix("subject\tsubject_kind\trelation\tobject\tobject_kind\tattributes\tdoc\tline\tevidence\n"))
        // A header, then a line per piece of evidence.
        #expect(run.stdout.split(separator: "\n").count == 1 + graph.edges.values.reduce(0) { $0 + $1.evidence.count })
    }

    @Test func focusAndDepthDrawOneNeighbourhood() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["export", "--format", "dot", "--focus", "DCK down", "--depth", "1"], graph: graph) == 0)
        #expect(run.stdout.contains(##""ResistanceMechanism:DCK down" [label="DCK down\nResistanceMechanism", shape=diamond, fillcolor="#ea9999", penwidth=3];"##))
        #expect(!run.stdout.contains("MCL1 up"))
        #expect(!run.stdout.contains("Drug:cytarabine"))
        run.clear()
        #expect(run.interface(["export", "--format", "dot", "--focus", "clofa"], graph: graph) == 1)
        #expect(run.stderr == "error: no node is named 'clofa'; did you mean 'clofarabine', 'clofarabine + cytarabine'?\n")
    }

    @Test func relationsNarrowThePicture() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["export", "--format", "tsv", "--relation", "confers_resistance_to"], graph: graph) == 0)
        #expect(run.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.contains("\tCONFERS_RESISTANCE_TO\t") })
        #expect(run.stdout.split(separator: "\n").count == 1 + 3)
        run.clear()
        #expect(run.interface(["export", "--format", "dot", "--relation", "ADDRESSES", "--focus", "clofarabine + cytarabine", "--depth", "3"], graph: graph) == 0)
        #expect(!run.stdout.contains("Drug:cytarabine"), "HAS_COMPONENT was left out, so cytarabine is not reached")
        #expect(run.stdout.contains(#""Combination:clofarabine + cytarabine" -> "ResistanceMechanism:DCK down""#))
        run.clear()
        #expect(run.interface(["export", "--format", "dot", "--relation", "ADRESSES"], graph: graph) == ExitCode.validationFailure.rawValue)
        #expect(run.stderr.hasPrefix("error: unknown relation ADRESSES for --relation; valid relations: ACTIVATED_BY,"))
    }

    @Test func anUnwritablePathFailsAndLeavesTheOldFileAlone() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["export", "-o", run.root + "/no/such/dir/g.json"], graph: graph) == 1)
        #expect(run.stderr == "error: cannot write '\(run.root)/no/such/dir/g.json': the directory '\(run.root)/no/such/dir' does not exist\n")
        run.clear()
        try FileManager.default.createDirectory(atPath: run.root + "/out.dot", withIntermediateDirectories: true)
        #expect(run.interface(["export", "-o", run.root + "/out.dot"], graph: graph) == 1)
        #expect(run.stderr.contains("it is a directory"))
    }

    @Test func badFormatsAndDepthsAreRefusedWithTheChoices() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["export", "--format", "xml"], graph: graph) == ExitCode.validationFailure.rawValue)
        #expect(run.stderr.contains("'graphml'") && run.stderr.contains("'dot'"))
        run.clear()
        #expect(run.interface(["export", "-o", "graph.png"], graph: graph) == ExitCode.validationFailure.rawValue)
        #expect(run.stderr.contains("choose a format with --format (graphml, dot, json, tsv)"))
        run.clear()
        #expect(run.interface(["export", "--format", "dot", "--focus", "x", "--depth", "-1"], graph: graph) == ExitCode.validationFailure.rawValue)
    }
}

@Suite struct ExportCorpusTests {
    static let python = ChildProcess.find("python3")
    static let hasNetworkx: Bool = {
        guard let python else { return false }
        return (try? ChildProcess.run(python, ["-c", "import networkx"]).status) == 0
    }()

    @Test(.enabled(if: hasNetworkx)) func networkxReadsTheCorpusGraphWithTheCountsOfKgStats() throws {
        let graph = try QueryGoldenTests.graph.get()
        let run = try CommandRun(pages: [:])
        try FileManager.default.createDirectory(atPath: run.root, withIntermediateDirectories: true)
        let path = run.root + "/corpus.graphml"
        #expect(run.interface(["export", "-o", path, "--quiet"], graph: graph) == 0)

        run.clear()
        #expect(run.kg(["stats", "--format", "json", "--db", QueryGoldenTests.database, QueryGoldenTests.repository + "/Corpus"], real: true) == 0)
        let stats = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let nodes = stats?["nodes"] as? Int ?? (stats?["nodes_by_kind"] as? [[String: Any]])?.compactMap { $0["count"] as? Int }.reduce(0, +)
        let edges = stats?["edges"] as? Int ?? (stats?["edges_by_relation"] as? [[String: Any]])?.compactMap { $0["count"] as? Int }.reduce(0, +)
        #expect(nodes == graph.nodes.count)
        #expect(edges == graph.edges.count)

        let output = try ChildProcess.run(Self.python!, ["-c", "import sys, networkx as nx; g = nx.read_graphml(sys.argv[1], force_multigraph=True); print(g.number_of_nodes(), g.number_of_edges())", path]).output
        #expect(output == "\(graph.nodes.count) \(graph.edges.count)\n")
        #expect(graph.edges.count > 100, "the bundled corpus gives a real graph")
    }
}
