import ArgumentParser
import Foundation
import Testing
@testable import KGCommandLine

@Suite struct ExplainCommandTests {
    let graph = InterfaceFixtures.graph()

    func program(in run: CommandRun) throws -> String {
        let path = run.root + "/addressed.dl"
        try FileManager.default.createDirectory(atPath: run.root, withIntermediateDirectories: true)
        try """
            .decl addressed(d: symbol, m: symbol, c: symbol)
            addressed(d, m, c) :- confers_resistance_to(m, d), addresses(c, m).
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aDerivedTupleIsExplainedDownToSentences() throws {
        let run = try CommandRun(pages: [:])
        let path = try program(in: run)
        #expect(run.interface(["explain", #"addressed("clofarabine", M, C)"#, "--program", path], graph: graph) == 0)
        #expect(run.stdout == """
            addressed("clofarabine", "DCK down", "clofarabine + cytarabine")
              by rule at \(path):2
              confers_resistance_to("DCK down", "clofarabine")   [graph fact]
                Corpus/a.md:10  Loss of dCK confers resistance to clofarabine.
                Corpus/b.md:4  dCK-deficient cells resist clofarabine.
              addresses("clofarabine + cytarabine", "DCK down")   [graph fact]
                Corpus/a.md:20  The combination overcomes dCK loss.

            """)
    }

    @Test func aGraphFactNeedsNoProgramAndJSONCarriesTheSame() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["explain", "confers_resistance_to(M, \"clofarabine\")?", "--format", "json"], graph: graph) == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        #expect(json?.count == 2)
        #expect(json?.first?["isGraphFact"] as? Bool == true)
        #expect((json?.first?["sources"] as? [[String: Any]])?.first?["document"] as? String == "Corpus/a.md")
    }

    @Test func noMatchAndUnknownRelationsFailClearly() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["explain", #"addresses(C, "ABCG2 up")"#], graph: graph) == 1)
        #expect(run.stderr == "error: no tuple matches addresses(C, \"ABCG2 up\")\n")
        run.clear()
        #expect(run.interface(["explain", "adresses(C, M)"], graph: graph) == 1)
        #expect(run.stderr.contains("<command line>:1:1: error: relation 'adresses' is not declared"))
        run.clear()
        #expect(run.interface(["explain", "addresses(C, M)", "--program", "missing.dl"], graph: graph) == 1)
        #expect(run.stderr == "error: no such program file 'missing.dl'\n")
    }
}
