import Foundation
import Testing
@testable import Datalog

@Suite struct CheckerTests {
    let graph = [
        RelationSignature(name: "inhibits", columnNames: ["s", "o"], columnTypes: [.symbol, .symbol], location: nil),
        RelationSignature(name: "has_ic50", columnNames: ["d", "v"], columnTypes: [.symbol, .float], location: nil),
    ]

    @Test func resolvesSubtypesAliasesAndHostRelations() throws {
        let checked = try ProgramChecker(hostRelations: graph).check(source: """
            .type Drug <: symbol
            .type Potent = Drug
            .type Dose = number
            .decl potent(d: Potent, nm: float, mg: Dose)
            potent(d, v, 400) :- inhibits(d, "ABL1"), has_ic50(d, v), v < 10.0.
            .output potent
            """, file: "q.dl").get()
        let potent = try #require(checked.relations["potent"])
        #expect(potent.columnTypes == [.symbol, .float, .number])
        #expect(potent.columnNames == ["d", "nm", "mg"])
        #expect(potent.location == Datalog.SourceLocation(file: "q.dl", line: 4, column: 7))
        #expect(checked.relations["inhibits"]?.location == nil)
        #expect(checked.relations["inhibits"]?.arity == 2)
        #expect(checked.warnings.isEmpty)
        #expect(checked.program.rules.count == 1)
    }

    @Test func warningsDoNotFailTheCheck() throws {
        let checked = try ProgramChecker().check(source: """
            .decl e(x: number, y: number)
            .decl p(x: number)
            .input e
            p(x) :- e(x, y).
            .output p
            """, file: "w.dl").get()
        #expect(checked.warnings.map(\.message) == ["variable 'y' occurs only once"])
        #expect(checked.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test func inputOfARelationWithRulesIsAccepted() throws {
        let checked = try ProgramChecker().check(source: """
            .decl path(x: number, y: number)
            .input path
            path(x, z) :- path(x, y), path(y, z).
            .output path
            """, file: "i.dl").get()
        #expect(checked.strata == [Stratum(relations: ["path"], ruleIndices: [0], isRecursive: true)])
    }

    @Test func allErrorsOfAProgramComeInOneRunWithTheirSources() {
        let text = """
            .decl edge(x: number, y: number)
            .decl path(x: number, y: number)
            path(x, y) :- edge(x, y, 1).
            path(x, y) :- egde(x, y).
            path(x, "y") :- edge(x, _).
            path(x, y) :- edge(x, 1), !path(y, x)
            .outpt path
            """
        guard case .failure(let list) = ProgramChecker().check(source: text, file: "all.dl") else {
            Issue.record("expected errors"); return
        }
        #expect(list.errors.map(\.location.line) == [3, 4, 5, 6, 6, 6, 7])
        #expect(list.sources == ["all.dl": text])
        #expect(list.description.hasSuffix("7 errors"))
        #expect(list.description.contains("    4 | path(x, y) :- egde(x, y).\n      |               ^\nhint: did you mean 'edge'?"))
    }

    @Test func aProgramOverSeveralFilesIsCheckedAsOne() throws {
        let library = ".decl edge(x: number, y: number)\n.decl path(x: number, y: number)\n.input edge\n"
            + "path(x, y) :- edge(x, y).\npath(x, z) :- path(x, y), edge(y, z).\n"
        let checked = try ProgramChecker().check(files: [("lib.dl", library), ("q.dl", "?- path(1, y).\n")]).get()
        #expect(checked.program.queries.first?.location.file == "q.dl")
        guard case .failure(let list) = ProgramChecker().check(files: [("lib.dl", library), ("q.dl", "?- pth(1, y).\n")]) else {
            Issue.record("expected an error"); return
        }
        #expect(list.description == "q.dl:1:4: error: relation 'pth' is not declared\n    1 | ?- pth(1, y).\n      |    ^\nhint: did you mean 'path'?\n1 error")
    }

    @Test func checkingAParsedProgramGivesTheSameResult() {
        let text = ".decl a(x: number)\na(x) :- b(x).\n"
        let (program, syntax) = DatalogParser.parse(text, file: "p.dl")
        #expect(syntax.isEmpty)
        let direct = ProgramChecker().check(program, sources: ["p.dl": text])
        let viaSource = ProgramChecker().check(source: text, file: "p.dl")
        guard case .failure(let one) = direct, case .failure(let two) = viaSource else { Issue.record(); return }
        #expect(one == two)
        #expect(one.errors.first?.message == "relation 'b' is not declared")
    }

    /// `shared/bench/programs` beside the package (as CI and the workplace lay them out).
    static let benchmarkPrograms = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/bench/programs")

    /// The workloads of `shared/bench` (outside the repository, so only where they exist).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: benchmarkPrograms.path)))
    func theSharedBenchmarkProgramsPass() throws {
        let folder = Self.benchmarkPrograms
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".dl") }
        try #require(!names.isEmpty, "no benchmark programs at \(folder.path)")
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let result = ProgramChecker().check(source: text, file: name)
            if case .failure(let list) = result { Issue.record("\(name):\n\(list)") }
        }
    }
}
