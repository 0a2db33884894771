import Foundation
import Testing
@testable import Datalog

/// Bad input is normal input: mangled programs must give diagnostics that
/// point inside the text, never a crash or a hang.
@Suite struct ParserRobustnessTests {
    static let pieces = ["(", ")", ".", ",", ":-", "!", "\"", "/*", "*/", "//", "{", "}", ";", "?-", "?", "=", "<:",
                         "count :", "sum x :", ".decl", ".type", "_", "-", "0x", "1.5", "\\", "\n", "é", "@", "x", "edge"]

    static var seeds: [String] {
        let folder = Bundle.module.resourceURL!.appendingPathComponent("Golden/diagnostics")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".dl") }.sorted().compactMap {
            try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }

    @Test func mangledProgramsGiveDiagnosticsInsideTheText() {
        var random = SplitMix64(state: 2026)
        let seeds = Self.seeds
        #expect(seeds.count >= 15)
        let rounds = Int(ProcessInfo.processInfo.environment["KG_FUZZ_ROUNDS"] ?? "") ?? 400
        var failures = 0
        for round in 0..<rounds {
            var text = Array(seeds[round % seeds.count].unicodeScalars).map(String.init)
            for _ in 0..<Int.random(in: 1...6, using: &random) where !text.isEmpty {
                let position = Int.random(in: 0..<text.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: text.remove(at: position)
                case 1: text.insert(Self.pieces.randomElement(using: &random)!, at: position)
                default: text[position] = Self.pieces.randomElement(using: &random)!
                }
            }
            let source = text.joined()
            let lineCount = source.split(separator: "\n", omittingEmptySubsequences: false).count
            let result = ProgramChecker().check(source: source, file: "fuzz.dl")
            let diagnostics: [Diagnostic] = switch result {
            case .success(let checked): checked.warnings
            case .failure(let list): list.diagnostics
            }
            if case .failure(let list) = result, !list.hasErrors { failures += 1 }
            for diagnostic in diagnostics where diagnostic.location.line < 1 || diagnostic.location.line > lineCount
                || diagnostic.location.column < 1 {
                failures += 1
                Issue.record("round \(round): \(diagnostic) is outside the text")
            }
            _ = DatalogParser.isComplete(source)
        }
        #expect(failures == 0)
    }

    @Test func deepNestingIsRefusedNotOverflowed() {
        let parentheses = String(repeating: "(", count: 50_000) + "1" + String(repeating: ")", count: 50_000)
        let chain = (0..<50_000).map(String.init).joined(separator: " + ")
        let negations = String(repeating: "-", count: 50_000) + "x"
        for expression in [parentheses, chain, negations] {
            let (_, diagnostics) = DatalogParser.parse("r(x) :- s(x), x = \(expression).\nok(1).", file: "deep.dl")
            #expect(diagnostics.map(\.message) == ["this statement is nested too deeply (more than 100 levels)"])
        }
        let disjunctions = String(repeating: "(", count: 50_000) + "s(x)" + String(repeating: ")", count: 50_000)
        let (program, diagnostics) = DatalogParser.parse("r(x) :- \(disjunctions).\nok(1).", file: "deep.dl")
        #expect(diagnostics.count == 1)
        #expect(program.rules.map(\.head.relation) == ["ok"])
    }

    @Test func reasonableNestingIsFine() {
        let expression = String(repeating: "(", count: 30) + "x" + String(repeating: " + 1)", count: 30)
        let (program, diagnostics) = DatalogParser.parse("r(y) :- s(x), y = \(expression).", file: "ok.dl")
        #expect(diagnostics.isEmpty)
        #expect(program.rules.count == 1)
    }
}
