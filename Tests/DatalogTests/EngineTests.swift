import Foundation
import Testing
@testable import Datalog

/// The API the rest of kg calls: load, add inputs, evaluate with limits, read, list.
@Suite struct EngineTests {
    static let graph = [
        RelationSignature(name: "inhibits", columnNames: ["s", "o"], columnTypes: [.symbol, .symbol], location: nil),
        RelationSignature(name: "has_ic50", columnNames: ["d", "v"], columnTypes: [.symbol, .float], location: nil),
    ]

    func load(_ text: String, host: [RelationSignature] = graph) throws -> DatalogProgram {
        switch DatalogProgram.load(text, file: "q.dl", hostRelations: host) {
        case .success(let p): return p
        case .failure(let list):
            Issue.record("does not load:\n\(list)")
            throw list
        }
    }

    @Test func hostRelationsNeedNoDeclaration() throws {
        let program = try load("""
            .decl potent(d: symbol, t: symbol)
            potent(d, t) :- inhibits(d, t), has_ic50(d, v), v < 10.0.
            """)
        let result = try program.evaluate(inputs: [
            "inhibits": [[.symbol("imatinib"), .symbol("ABL1")], [.symbol("aspirin"), .symbol("COX1")]],
            "has_ic50": [[.symbol("imatinib"), .float(0.6)], [.symbol("aspirin"), .number(1000)]],
        ])
        #expect(result.tuples("potent") == [[.symbol("imatinib"), .symbol("ABL1")]])
        #expect(result.contains("potent", [.symbol("imatinib"), .symbol("ABL1")]))
        #expect(!result.contains("potent", [.symbol("aspirin"), .symbol("COX1")]))
    }

    @Test func relationsAreListedWithArityAndSize() throws {
        let program = try load(".decl r(x: number)\nr(1).\nr(2).")
        let result = try program.evaluate(inputs: ["inhibits": [[.symbol("a"), .symbol("b")]]])
        let listed = Dictionary(uniqueKeysWithValues: result.relations.map { ($0.name, ($0.arity, $0.size)) })
        #expect(listed["r"]! == (1, 2))
        #expect(listed["inhibits"]! == (2, 1))
        #expect(listed["has_ic50"]! == (2, 0))
    }

    @Test func programErrorsComeBackAsOneDiagnosticList() {
        guard case .failure(let list) = DatalogProgram.load("p(x) :- q(x).\nr(y) :- inhibit(y, _).", file: "bad.dl",
                                                             hostRelations: Self.graph) else {
            Issue.record("a bad program loaded")
            return
        }
        #expect(list.errors.count >= 2)
        #expect(list.description.contains("bad.dl:2:"))
    }

    @Test func badInputsAreErrorsNamingTheRelation() throws {
        let program = try load(".decl r(x: number)")
        #expect(throws: EvaluationError.self) { try program.evaluate(inputs: ["r": [[.symbol("one")]]]) }
        #expect(throws: EvaluationError.self) { try program.evaluate(inputs: ["r": [[.number(1), .number(2)]]]) }
        do {
            _ = try program.evaluate(inputs: ["nope": [[.number(1)]]])
            Issue.record("an unknown relation was accepted")
        } catch {
            #expect(error.description.contains("'nope'"))
        }
    }

    @Test func deadlineStopsARunawayProgramNamingTheRelation() throws {
        let program = try load(".decl p(x: number)\np(0).\np(x + 1) :- p(x).")
        do {
            _ = try program.evaluate(options: .init(timeLimit: 0.2))
            Issue.record("an infinite program finished")
        } catch let error {
            guard case .deadlineExceeded(_, let relation, let size) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(relation == "p" && size > 0)
            #expect(error.description.contains("relation 'p'"))
        }
    }

    @Test func queriesAnswerWithMatchingTuples() throws {
        let program = try load("""
            .decl e(x: number, y: number)
            e(1, 2). e(1, 3). e(2, 2).
            ?- e(1, y).
            ?- e(x, x).
            """)
        let result = try program.evaluate()
        let answers = result.queryAnswers.map(\.answers)
        #expect(answers == [Build.numbers([[1, 2], [1, 3]]), Build.numbers([[2, 2]])])
    }

    @Test func evaluationsCrossThreads() async throws {
        let program = try load(".decl r(x: number)\nr(1).")
        let result = try program.evaluate(options: .init(explanations: true))
        let size = await Task.detached { result.size(of: "r") }.value
        #expect(size == 1)
    }

    @Test func reEvaluatingASmallProgramIsCheapEnoughForTheREPL() throws {
        // Not a timing assertion: checks that repeated evaluation of the same
        // program over a few thousand facts gives the same answer every time
        // (the benchmark measures the time).
        let program = try load(".decl reach(a: symbol, b: symbol)\nreach(a, b) :- inhibits(a, b).\nreach(a, c) :- reach(a, b), inhibits(b, c).")
        let facts: [[Value]] = (0..<3000).map { [.symbol("n\($0)"), .symbol("n\(($0 * 7 + 1) % 3000)")] }
        let sizes = try (0..<3).map { _ in try program.evaluate(inputs: ["inhibits": facts]).size(of: "reach") }
        #expect(Set(sizes).count == 1 && sizes[0]! > 3000)
    }
}
