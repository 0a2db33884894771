import ArgumentParser
import Foundation
import Testing
@testable import KGCommandLine

@Suite struct QueryCommandTests {
    let graph = InterfaceFixtures.graph()

    @Test func aQueryPrintsAnAlignedTable() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["query", "-e", "confers_resistance_to(M, D)?", "--format", "table"], graph: graph) == 0)
        #expect(run.stdout == """
            M         D
            --------  -----------
            DCK down  clofarabine
            MCL1 up   clofarabine
            (2 answers)

            """)
        #expect(run.stderr.isEmpty)
    }

    @Test func tsvIsTheDefaultOffATerminalAndCSVQuotes() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["query", "-e", #"addresses(C, "DCK down")?"#], graph: graph) == 0)
        #expect(run.stdout == "C\t\"DCK down\"\nclofarabine + cytarabine\tDCK down\n")
        run.clear()
        #expect(run.interface(["query", "-e", "name(X, N)?", "--format", "csv"], graph: graph) == 0)
        #expect(run.stdout == "X,N\nclofarabine,Clolar\nclofarabine,Evoltra\n")
    }

    @Test func evidenceFollowsEachAnswer() throws {
        let run = try CommandRun(pages: [:])
        let program = run.root + "/addressed.dl"
        try FileManager.default.createDirectory(atPath: run.root, withIntermediateDirectories: true)
        try """
            // Which resistance of which drug a combination addresses.
            .decl addressed(d: symbol, m: symbol, c: symbol)
            .output addressed
            addressed(d, m, c) :- confers_resistance_to(m, d), addresses(c, m).
            """.write(toFile: program, atomically: true, encoding: .utf8)
        #expect(run.interface(["query", program, "--evidence", "--format", "table"], graph: graph) == 0)
        #expect(run.stdout == """
            d            m         c
            -----------  --------  ------------------------
            clofarabine  DCK down  clofarabine + cytarabine
                Corpus/a.md:10  Loss of dCK confers resistance to clofarabine.
                Corpus/b.md:4  dCK-deficient cells resist clofarabine.
                Corpus/a.md:20  The combination overcomes dCK loss.
            (1 answer)

            """)
        run.clear()
        #expect(run.interface(["query", program, "--evidence", "--format", "json"], graph: graph) == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        let rows = json?.first?["rows"] as? [[String: Any]]
        #expect((rows?.first?["evidence"] as? [[String: Any]])?.count == 3)
        #expect(rows?.first?["m"] as? String == "DCK down")
    }

    @Test func aBareAtomGivenWithDashEIsAQuery() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["query", "-e", "addresses(C, M)"], graph: graph) == 0)
        #expect(run.stdout == "C\tM\nclofarabine + cytarabine\tDCK down\n")
    }

    @Test func aMissingProgramIsAClearError() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["query", "nowhere.dl"], graph: graph) == 1)
        #expect(run.stderr == "error: no such program file 'nowhere.dl'\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func aProgramWithAnErrorShowsFileLineColumnAndACaret() throws {
        let run = try CommandRun(pages: [:])
        let program = run.root + "/typo.dl"
        try FileManager.default.createDirectory(atPath: run.root, withIntermediateDirectories: true)
        try ".decl r(m: symbol)\nr(m) :- confers_resistance(m, _).\n".write(toFile: program, atomically: true, encoding: .utf8)
        #expect(run.interface(["query", program], graph: graph) == 1)
        #expect(run.stderr == """
            \(program):2:9: error: relation 'confers_resistance' is not declared
                2 | r(m) :- confers_resistance(m, _).
                  |         ^
            hint: did you mean 'confers_resistance_to'?
            1 error

            """)
        #expect(run.stdout.isEmpty)
    }

    @Test func programAndExpressionAreExclusiveAndOneIsNeeded() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["query"], graph: graph) == ExitCode.validationFailure.rawValue)
        #expect(run.stderr.contains("give a program file or -e"))
        run.clear()
        #expect(run.interface(["query", "a.dl", "-e", "x?"], graph: graph) == ExitCode.validationFailure.rawValue)
        run.clear()
        #expect(run.interface(["query", "-e", "x?", "--format", "xml"], graph: graph) == ExitCode.validationFailure.rawValue)
        #expect(run.stderr.contains("'table'") && run.stderr.contains("'json'"))
    }

    @Test func itBuildsTheGraphFirstWhenThereIsNone() throws {
        let run = try CommandRun(pages: ["a.md": "nothing\n"])
        #expect(run.interface(["query", "-e", "node(X, K)?", "--corpus", run.corpus]) == 0)
        #expect(run.stdout == "X\tK\n")
        #expect(run.stderr.hasPrefix("kg: store updated:"))
    }
}
