import ArgumentParser
import Foundation
import TestSupport
import Testing
@testable import KGCommandLine

@Suite struct ReplSessionTests {
    let graph = InterfaceFixtures.graph()

    @Test func pipedLinesAnswerQueriesAndKeepRulesAcrossLines() throws {
        let run = try CommandRun(pages: [:])
        let status = run.interface(["repl"], graph: graph, input: [
            "// a comment line is skipped",
            ".decl resisted(d: symbol, m: symbol)",
            "resisted(d, m) :-",
            "    confers_resistance_to(m, d).",
            "resisted(D, M)?",
            "?- addresses(C, \"DCK down\").",
        ])
        #expect(status == 0)
        #expect(run.stdout == """
            D            M
            -----------  --------
            clofarabine  DCK down
            clofarabine  MCL1 up
            (2 answers)
            C                         "DCK down"
            ------------------------  ----------
            clofarabine + cytarabine  DCK down
            (1 answer)

            """)
        #expect(run.stderr.isEmpty)
    }

    @Test func anErrorPrintsItsCaretAndTheSessionGoesOn() throws {
        let run = try CommandRun(pages: [:])
        let status = run.interface(["repl"], graph: graph, input: ["adresses(C, M)?", "addresses(C, M)?"])
        #expect(status == 1, "a piped script with a failed statement exits 1")
        #expect(run.stderr == """
            <repl 1>:1:1: error: relation 'adresses' is not declared
                1 | adresses(C, M)?
                  | ^
            hint: did you mean 'addresses'?
            1 error

            """)
        #expect(run.stdout.hasSuffix("(1 answer)\n"))
    }

    @Test func relationsFactsAndSchemaDescribeTheSession() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["repl"], graph: graph, input: [
            ".decl resisted(d: symbol)", "resisted(d) :- confers_resistance_to(_, d).", ":relations",
        ]) == 0)
        #expect(run.stdout.contains("addresses               2      1\n"))
        #expect(run.stdout.contains("confers_resistance_to   2      2\n"))
        #expect(run.stdout.contains("resisted                1      1\n"))
        #expect(run.stdout.contains("evidence                6      7\n"))
        run.clear()
        #expect(run.interface(["repl"], graph: graph, input: [":facts confers_resistance_to", ":schema"]) == 0)
        #expect(run.stdout.hasPrefix("""
            s         o
            --------  -----------
            DCK down  clofarabine
            MCL1 up   clofarabine
            (2 answers)
            // The graph's relations

            """))
        #expect(run.stdout.contains(".decl evidence(s: symbol, rel: symbol, o: symbol, doc: symbol, line: number, sentence: symbol)\n"))
    }

    @Test func explainLoadExportAndQuit() throws {
        let run = try CommandRun(pages: [:])
        try FileManager.default.createDirectory(atPath: run.root, withIntermediateDirectories: true)
        let program = run.root + "/unaddressed.dl"
        try ".decl unaddressed(m: symbol)\nunaddressed(m) :- confers_resistance_to(m, _), !addresses(_, m).\nunaddressed(M)?\n"
            .write(toFile: program, atomically: true, encoding: .utf8)
        let exported = run.root + "/g.json"
        #expect(run.interface(["repl"], graph: graph, input: [
            ":load \(program)", ":explain unaddressed(M)", ":export json \(exported)", ":quit", "never read?",
        ]) == 0)
        #expect(run.stdout == """
            M
            -------
            MCL1 up
            (1 answer)
            unaddressed("MCL1 up")
              by rule at \(program):2
              confers_resistance_to("MCL1 up", "clofarabine")   [graph fact]
                Corpus/a.md:12  Mcl-1 overexpression confers resistance.
            wrote \(exported): \(graph.nodes.count) nodes, \(graph.edges.count) edges

            """)
        #expect(FileManager.default.fileExists(atPath: exported))
    }

    @Test func badCommandsSayWhatIsWrong() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["repl"], graph: graph, input: [
            ":relation", ":facts nope", ":export xml out.xml", ":load /no/such.dl", "resisted(d) :-",
        ]) == 1)
        #expect(run.stderr == """
            error: unknown command :relation; did you mean :relations? (:help lists them)
            error: no relation named 'nope'
            error: unknown format 'xml'; formats: graphml, dot, json, tsv
            error: no such program file '/no/such.dl'
            error: input ended inside a statement (a rule or query ends with '.' or '?'):
            resisted(d) :-

            """)
    }

    @Test func helpListsEveryCommand() throws {
        let run = try CommandRun(pages: [:])
        #expect(run.interface(["repl"], graph: graph, input: [":help"]) == 0)
        for command in ReplSession.commands { #expect(run.stdout.contains(command.usage)) }
    }
}

/// `kg repl` as a process with a pipe for standard input: no prompt, no
/// terminal escapes, answers only (what a script piped into it gets).
@Suite struct ReplProcessTests {
    static let binary = QueryGoldenTests.repository + "/.build/debug/kg"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary))) func pipedInputGetsPlainAnswers() throws {
        _ = try QueryGoldenTests.graph.get()   // the store exists and is fresh
        var environment = ProcessInfo.processInfo.environment
        environment["KG_HISTORY"] = NSTemporaryDirectory() + "kg-history-\(UUID().uuidString)"
        let result = try ChildProcess.run(Self.binary, ["repl", "--db", QueryGoldenTests.database, "--corpus", QueryGoldenTests.repository + "/Corpus", "--quiet"],
                                          input: "node(\"clofarabine\", K)?\n:quit\n", environment: environment)
        #expect(result.status == 0)
        #expect(result.output == "\"clofarabine\"  K\n-------------  ----\nclofarabine    Drug\n(1 answer)\n")
        #expect(!FileManager.default.fileExists(atPath: environment["KG_HISTORY"]!), "no history is written for piped input")
    }
}

/// `kg repl` on a pseudo-terminal (through `script`): raw-mode editing,
/// tab completion, history, Ctrl-D, and a terminal given back sane.
@Suite struct ReplTerminalTests {
    static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: script != nil && FileManager.default.isExecutableFile(atPath: ReplProcessTests.binary)))
    func editingCompletionAndHistoryWorkOnATerminal() throws {
        _ = try QueryGoldenTests.graph.get()
        let history = NSTemporaryDirectory() + "kg-history-\(UUID().uuidString)"
        let command = "KG_HISTORY=\(history) \(ReplProcessTests.binary) repl --db \(QueryGoldenTests.database) --corpus \(QueryGoldenTests.repository)/Corpus --quiet"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.script!)
        process.arguments = ["-qec", command, "/dev/null"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        let seen = LockedText()
        output.fileHandleForReading.readabilityHandler = { handle in seen.append(String(decoding: handle.availableData, as: UTF8.self)) }
        try process.run()
        func waitFor(_ text: String) -> Bool {
            for _ in 0..<200 where !seen.text.contains(text) { Thread.sleep(forTimeInterval: 0.05) }
            return seen.text.contains(text)
        }
        #expect(waitFor("kg> "))
        // "nod" + Tab completes to "node"; Left/Right and a typo fixed with Backspace.
        input.fileHandleForWriting.write(Data("nod\t(X, \"Drugx\u{7F}\")?\r".utf8))
        #expect(waitFor("answers)"))
        // Up brings the statement back; Ctrl-A, Ctrl-E move; Enter runs it again; Ctrl-D leaves.
        input.fileHandleForWriting.write(Data("\u{1B}[A\u{01}\u{05}\r".utf8))
        for _ in 0..<200 where seen.text.components(separatedBy: "answers)").count < 3 { Thread.sleep(forTimeInterval: 0.05) }
        input.fileHandleForWriting.write(Data("\u{04}".utf8))
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        #expect(process.terminationStatus == 0)
        #expect(seen.text.contains("kg> node(X, \"Drug\")?"))
        #expect(seen.text.components(separatedBy: "answers)").count == 3, "the recalled statement ran again")
        #expect((try? String(contentsOfFile: history, encoding: .utf8)) == "node(X, \"Drug\")?\n")
    }

    final class LockedText: @unchecked Sendable {
        private let lock = NSLock()
        private var value = ""
        func append(_ more: String) { lock.withLock { value += more } }
        var text: String { lock.withLock { value } }
    }
}
