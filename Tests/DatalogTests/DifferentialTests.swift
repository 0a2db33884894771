import Foundation
import TestSupport
import Testing
@testable import Datalog

/// Random programs (joins, linear recursion, negation, comparisons) over
/// small random relations, run in the engine and in SQLite (the `sqlite3`
/// command), whose answers must agree. A fixed seed; `KG_DIFF_PROGRAMS=5000`
/// runs more, `KG_DIFF_SEED` changes the seed. The programs of one run go
/// to SQLite in one process, so a few hundred take a few seconds.
@Suite struct DifferentialTests {
    @Test func engineAgreesWithSQLiteOnRandomPrograms() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = Int(environment["KG_DIFF_PROGRAMS"] ?? "") ?? 300
        let seed = UInt64(environment["KG_DIFF_SEED"] ?? "") ?? 20_261_121
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else {
            Issue.record("sqlite3 is not installed at /usr/bin/sqlite3")
            return
        }
        var batch: [RandomProgram] = []
        var tally = Tally()
        for n in 0..<count {
            batch.append(RandomProgram(seed: seed &+ UInt64(n) &* 7919))
            if batch.count == 100 || n == count - 1 {
                try compare(batch, &tally)
                batch.removeAll()
            }
        }
        #expect(tally.programs == count)
        // The generator must exercise what it claims: most derived relations
        // non-empty, and recursion, negation and comparisons present.
        #expect(tally.nonEmpty * 2 > tally.relations, "\(tally)")
        #expect(tally.recursive * 5 > count && tally.negations * 5 > count && tally.comparisons * 5 > count, "\(tally)")
    }

    struct Tally {
        var programs = 0, relations = 0, nonEmpty = 0, tuples = 0, recursive = 0, negations = 0, comparisons = 0
    }

    /// Runs a batch, recording what was compared.
    private func compare(_ programs: [RandomProgram], _ tally: inout Tally) throws {
        // Each program in its own attached in-memory database.
        var script = ""
        for (i, p) in programs.enumerated() {
            script += "ATTACH ':memory:' AS p\(i);\n"
            script += p.sql.replacingOccurrences(of: "CREATE TABLE ", with: "CREATE TABLE p\(i).")
                .replacingOccurrences(of: "INSERT INTO ", with: "INSERT INTO p\(i).")
                .replacingOccurrences(of: "SELECT '#", with: "SELECT '#p\(i)#")
                .replacingOccurrences(of: "SELECT * FROM d", with: "SELECT * FROM p\(i).d")
            script += "DETACH p\(i);\n"
        }
        let answers = try runSQLite(script)
        for (i, p) in programs.enumerated() {
            let expected = answers.filter { $0.key.hasPrefix("p\(i)#") }
            let result: Evaluation
            switch DatalogProgram.load(p.datalog, file: "random.dl") {
            case .failure(let diagnostics):
                Issue.record("random program does not check:\n\(p.datalog)\n\(diagnostics)")
                continue
            case .success(let program):
                result = try program.evaluate(inputs: p.facts.mapValues { rows in rows.map { $0.map { .number($0) } } })
            }
            tally.programs += 1
            let allRules = p.derived.flatMap { p.rules[$0]! }
            if allRules.contains(where: { r in r.positive.contains { $0.relation == r.head.relation } }) { tally.recursive += 1 }
            if allRules.contains(where: { !$0.negated.isEmpty }) { tally.negations += 1 }
            if allRules.contains(where: { !$0.comparisons.isEmpty }) { tally.comparisons += 1 }
            for name in p.derived {
                tally.relations += 1
                if result.size(of: name) ?? 0 > 0 { tally.nonEmpty += 1 }
                tally.tuples += result.size(of: name) ?? 0
                let engine = Set((result.tuples(name) ?? []).map { $0.map { v -> Int64 in if case .number(let n) = v { n } else { -999 } } })
                let sqlite = expected["p\(i)#\(name)"] ?? []
                if engine != sqlite {
                    Issue.record("""
                        \(name) differs (engine \(engine.count) tuples, SQLite \(sqlite.count)):
                        \(p.datalog)facts: \(p.facts)
                        only engine: \(engine.subtracting(sqlite).sorted { $0.lexicographicallyPrecedes($1) })
                        only SQLite: \(sqlite.subtracting(engine).sorted { $0.lexicographicallyPrecedes($1) })
                        """)
                    break
                }
            }
        }
    }

    /// Runs `script` in `sqlite3`; rows after a `#name` line belong to `name`.
    private func runSQLite(_ script: String) throws -> [String: Set<[Int64]>] {
        let result = try ChildProcess.run("/usr/bin/sqlite3", ["-batch", "-bail", "-separator", "\t", ":memory:"], input: script)
        #expect(result.error.isEmpty, "sqlite3: \(result.error)")
        var answers: [String: Set<[Int64]>] = [:]
        var current = ""
        for line in result.output.split(separator: "\n") {
            if line.hasPrefix("#") { current = String(line.dropFirst()); answers[current] = []; continue }
            answers[current, default: []].insert(line.split(separator: "\t").map { Int64($0) ?? -999 })
        }
        return answers
    }
}
