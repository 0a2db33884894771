import Testing
@testable import Datalog

@Suite struct ExplainTests {
    static let source = """
        .decl edge(x: number, y: number)
        .decl path(x: number, y: number)
        .decl far(x: number)
        path(x, y) :- edge(x, y).
        path(x, z) :- path(x, y), edge(y, z).
        far(x) :- path(x, y), y > 3, !edge(x, y).
        edge(3, 4).
        """

    func evaluate(explanations: Bool = true) throws -> Evaluation {
        guard case .success(let program) = DatalogProgram.load(Self.source, file: "paths.dl") else {
            Issue.record("program did not load")
            throw EvaluationError.invalidInput(relation: "", message: "")
        }
        return try program.evaluate(inputs: ["edge": Build.numbers([[1, 2], [2, 3], [3, 1]])],
                                    options: .init(explanations: explanations))
    }

    @Test func derivationTreeGoesDownToInputFacts() throws {
        let result = try evaluate()
        let why = try #require(result.explain("path", [.number(1), .number(4)]))
        #expect(why.rendered() == """
            path(1, 4)  by path(x, z) :- path(x, y), edge(y, z).  [paths.dl:5:1]
              path(1, 3)  by path(x, z) :- path(x, y), edge(y, z).  [paths.dl:5:1]
                path(1, 2)  by path(x, y) :- edge(x, y).  [paths.dl:4:1]
                  edge(1, 2)  (input)
                edge(2, 3)  (input)
              edge(3, 4)  by edge(3, 4).  [paths.dl:7:1]
            """)
    }

    @Test func everyDerivedTupleHasAWellFoundedTree() throws {
        let result = try evaluate()
        for relation in ["path", "far"] {
            for tuple in result.tuples(relation) ?? [] {
                let why = try #require(result.explain(relation, tuple))
                #expect(why.rule != nil)
                #expect(checkPremisesHold(why, in: result))
            }
        }
    }

    /// Every premise is in its relation and every leaf is an input fact.
    func checkPremisesHold(_ d: Derivation, in result: Evaluation) -> Bool {
        guard result.contains(d.relation, d.tuple) else { return false }
        if d.rule == nil { return d.premises.isEmpty }
        if d.rule!.text.contains(":-") && d.premises.isEmpty { return false }
        return d.premises.allSatisfy { checkPremisesHold($0, in: result) }
    }

    @Test func absentTupleHasNoExplanation() throws {
        let result = try evaluate()
        #expect(result.explain("path", [.number(4), .number(1)]) == nil)
        #expect(result.explain("nothing", [.number(1)]) == nil)
    }

    @Test func inputFactIsALeaf() throws {
        let result = try evaluate()
        let why = try #require(result.explain("edge", [.number(1), .number(2)]))
        #expect(why.isInput && why.premises.isEmpty)
    }
}
