import Foundation
import Testing
@testable import Datalog

/// What `kg datalog` does with files: `.input` parameters, malformed and
/// missing facts files, `.output` to a directory.
@Suite struct CommandTests {
    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kg-datalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func program(_ text: String) throws -> DatalogProgram {
        guard case .success(let p) = DatalogProgram.load(text, file: "p.dl") else {
            Issue.record("does not load")
            throw EvaluationError.invalidInput(relation: "", message: "")
        }
        return p
    }

    @Test func malformedFactsLineIsReportedWithFileLineAndColumn() throws {
        let dir = try temporaryDirectory()
        try "1\t2\n3\tfour\n".write(to: dir.appendingPathComponent("e.facts"), atomically: true, encoding: .utf8)
        let p = try program(".decl e(x: number, y: number)\n.input e\n.printsize e")
        let path = dir.appendingPathComponent("e.facts").path
        #expect(throws: EvaluationError.facts(location: SourceLocation(file: path, line: 2, column: 3),
                                              message: "expected a number, found 'four'")) {
            try StandaloneRun(factsDirectory: dir.path, outputDirectory: nil).runCapturingOutput(p)
        }
        try "1\t2\t3\n".write(to: dir.appendingPathComponent("e.facts"), atomically: true, encoding: .utf8)
        #expect(throws: EvaluationError.self) { try StandaloneRun(factsDirectory: dir.path, outputDirectory: nil).runCapturingOutput(p) }
    }

    @Test func factsFilesAreReadWholeAcrossBatchesAndErrorsKeepTheirLine() throws {
        // Lines are read in batches of `FactReader.batchLines`: blank lines, CRLF endings,
        // repeated tuples and an error far into the file must come out as line by line.
        let dir = try temporaryDirectory()
        var text = ""
        for i in 0..<1000 { text += i % 97 == 0 ? "\n" : "s\(i % 300)\t\(i % 7)\(i % 2 == 0 ? "\r" : "")\n" }
        try text.write(to: dir.appendingPathComponent("e.facts"), atomically: true, encoding: .utf8)
        let p = try program(".decl e(s: symbol, n: number)\n.input e\n.printsize e")
        let expected = Set((0..<1000).filter { $0 % 97 != 0 }.map { "s\($0 % 300) \($0 % 7)" }).count
        let (_, printed) = try StandaloneRun(factsDirectory: dir.path, outputDirectory: nil).runCapturingOutput(p)
        #expect(printed == "e\t\(expected)\n")
        text += "s1\t2\tthree\n"
        try text.write(to: dir.appendingPathComponent("e.facts"), atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("e.facts").path
        #expect(throws: EvaluationError.facts(location: SourceLocation(file: path, line: 1001, column: 6),
                                              message: "more than 2 fields; 'e' has 2 columns")) {
            try StandaloneRun(factsDirectory: dir.path, outputDirectory: nil).runCapturingOutput(p)
        }
    }

    @Test func missingFactsFileIsAnErrorNamingThePath() throws {
        let p = try program(".decl e(x: number)\n.input e")
        do {
            _ = try StandaloneRun(factsDirectory: "/nonexistent", outputDirectory: nil).runCapturingOutput(p)
            Issue.record("a missing file was accepted")
        } catch {
            #expect(error.description == "error: cannot read facts file '/nonexistent/e.facts': no such file")
        }
    }

    @Test func inputParametersAndOutputFilesFollowSouffle() throws {
        let dir = try temporaryDirectory()
        try "a;1\nb;-2\n".write(to: dir.appendingPathComponent("in.txt"), atomically: true, encoding: .utf8)
        let p = try program("""
            .decl e(s: symbol, n: number)
            .input e(filename="in.txt", delimiter=";")
            .decl f(s: symbol, n: number, half: float)
            f(s, n, to_float(n) / 2.0) :- e(s, n).
            .output f
            .output e(delimiter=",")
            """)
        let (_, printed) = try StandaloneRun(factsDirectory: dir.path, outputDirectory: dir.path).runCapturingOutput(p)
        #expect(printed == "")
        #expect(try String(contentsOf: dir.appendingPathComponent("f.csv"), encoding: .utf8) == "a\t1\t0.5\nb\t-2\t-1\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("e.csv"), encoding: .utf8) == "a,1\nb,-2\n")
    }
}
