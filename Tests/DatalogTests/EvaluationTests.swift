import Testing
@testable import Datalog

@Suite struct EvaluationTests {
    typealias B = Build

    @Test func transitiveClosureOfAChainAndACycle() throws {
        let program = B.checked([
            B.rule(B.atom("path", B.v("x"), B.v("y")), B.pos("edge", B.v("x"), B.v("y"))),
            B.rule(B.atom("path", B.v("x"), B.v("z")), B.pos("path", B.v("x"), B.v("y")), B.pos("edge", B.v("y"), B.v("z"))),
        ], relations: ["edge": [.number, .number], "path": [.number, .number]], strata: [["path"]])
        let result = try DatalogProgram(checked: program).evaluate(inputs: ["edge": B.numbers([[1, 2], [2, 3], [3, 4], [5, 6], [6, 5]])])
        #expect(result.tuples("path") == B.numbers([[1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4], [5, 5], [5, 6], [6, 5], [6, 6]]))
    }

    @Test func stratifiedNegationAndComparison() throws {
        let program = B.checked([
            B.rule(B.atom("reach", B.v("x"), B.v("y")), B.pos("edge", B.v("x"), B.v("y"))),
            B.rule(B.atom("reach", B.v("x"), B.v("z")), B.pos("reach", B.v("x"), B.v("y")), B.pos("edge", B.v("y"), B.v("z"))),
            B.rule(B.atom("oneway", B.v("a"), B.v("b")), B.pos("reach", B.v("a"), B.v("b")), B.neg("reach", B.v("b"), B.v("a")),
                   B.cmp(B.v("a"), .less, B.n(10))),
        ], relations: ["edge": [.number, .number], "reach": [.number, .number], "oneway": [.number, .number]],
           strata: [["reach"], ["oneway"]])
        let result = try DatalogProgram(checked: program).evaluate(inputs: ["edge": B.numbers([[1, 2], [2, 1], [2, 3], [11, 12]])])
        #expect(result.tuples("oneway") == B.numbers([[1, 3], [2, 3]]))
    }

    @Test func aggregatesPerGroup() throws {
        let program = B.checked([
            B.rule(B.atom("out", B.v("x"), B.v("n"), B.v("s"), B.v("m")),
                   B.pos("node", B.v("x")),
                   B.cmp(B.v("n"), .equal, B.agg(.count, nil, B.pos("edge", B.v("x"), B.any))),
                   B.cmp(B.v("s"), .equal, B.agg(.sum, B.v("y"), B.pos("edge", B.v("x"), B.v("y")))),
                   B.cmp(B.v("m"), .equal, B.agg(.max, B.v("y"), B.pos("edge", B.v("x"), B.v("y"))))),
        ], relations: ["edge": [.number, .number], "node": [.number], "out": [.number, .number, .number, .number]],
           strata: [["out"]])
        let result = try DatalogProgram(checked: program).evaluate(inputs: [
            "edge": B.numbers([[1, 2], [1, 5], [2, 7]]), "node": B.numbers([[1], [2], [3]]),
        ])
        // Node 3 has no edges: count 0, sum 0, and max has no value, so no tuple.
        #expect(result.tuples("out") == B.numbers([[1, 2, 7, 5], [2, 1, 7, 7]]))
    }

    @Test func stringFunctorsAndDisjunction() throws {
        let program = B.checked([
            B.rule(B.atom("label", B.v("y")), B.pos("word", B.v("w")),
                   B.or([B.cmp(B.v("y"), .equal, B.fn("cat", B.v("w"), B.s("-"), B.fn("to_string", B.fn("strlen", B.v("w")))))],
                        [B.cmp(B.v("y"), .equal, B.fn("lower", B.fn("substr", B.v("w"), B.n(1), B.n(2))))])),
            B.rule(B.atom("hit", B.v("w")), B.pos("word", B.v("w")), B.pos("match", B.s("[A-Z].*b"), B.v("w"))),
            B.rule(B.atom("hit", B.v("w")), B.pos("word", B.v("w")), B.pos("contains", B.s("xy"), B.v("w"))),
        ], relations: ["word": [.symbol], "label": [.symbol], "hit": [.symbol]], strata: [["label"], ["hit"]])
        let result = try DatalogProgram(checked: program).evaluate(inputs: ["word": [[.symbol("ABCb")], [.symbol("axyz")]]])
        #expect(result.tuples("label") == [[.symbol("ABCb-4")], [.symbol("axyz-4")], [.symbol("bc")], [.symbol("xy")]])
        #expect(result.tuples("hit") == [[.symbol("ABCb")], [.symbol("axyz")]])
    }

    /// Soufflé's `substr` is `std::string::substr`: a start past the end (or
    /// negative) gives "", a length past the end (or negative) runs to the end.
    @Test func substrOutsideTheStringFollowsSouffle() throws {
        let program = try DatalogProgram.load("""
            .decl piece(n: number, s: symbol)
            piece(1, substr("abcdef", 2, 10)). piece(2, substr("abc", 5, 1)). piece(3, substr("abc", 3, 1)).
            piece(4, substr("abc", -1, 2)). piece(5, substr("abcdef", 1, -1)). piece(6, substr("abcdef", 1, 2)).
            """).get()
        let result = try program.evaluate()
        #expect(result.tuples("piece") == [[.number(1), .symbol("cdef")], [.number(2), .symbol("")], [.number(3), .symbol("")],
                                           [.number(4), .symbol("")], [.number(5), .symbol("bcdef")], [.number(6), .symbol("bc")]])
    }

    /// `to_number` reads a leading number as Soufflé's does; text without
    /// one (where Soufflé's program stops) derives nothing.
    @Test func toNumberReadsTheLeadingNumber() throws {
        let program = try DatalogProgram.load("""
            .decl text(s: symbol)
            text("42"). text(" -7"). text("12abc"). text("+3"). text("abc"). text(""). text("99999999999999999999").
            .decl value(s: symbol, n: number)
            value(s, to_number(s)) :- text(s).
            """).get()
        let result = try program.evaluate()
        #expect(result.tuples("value") == [[.symbol(" -7"), .number(-7)], [.symbol("+3"), .number(3)],
                                           [.symbol("12abc"), .number(12)], [.symbol("42"), .number(42)]])
    }

    @Test func boundedArithmeticRecursionAndFacts() throws {
        let program = B.checked([
            B.rule(B.atom("count", B.n(0))),
            B.rule(B.atom("count", B.op(.add, B.v("x"), B.n(1))), B.pos("count", B.v("x")), B.cmp(B.v("x"), .less, B.n(9))),
        ], relations: ["count": [.number]], strata: [["count"]])
        let result = try DatalogProgram(checked: program).evaluate()
        #expect(result.tuples("count") == (0...9).map { [.number(Int64($0))] })
    }

    @Test func derivedTupleCapNamesTheRelationThatGrew() throws {
        let program = B.checked([
            B.rule(B.atom("p", B.n(0))),
            B.rule(B.atom("p", B.op(.add, B.v("x"), B.n(1))), B.pos("p", B.v("x"))),
        ], relations: ["p": [.number]], strata: [["p"]])
        #expect(throws: EvaluationError.tooManyTuples(limit: 1000, relation: "p", size: 1001)) {
            _ = try DatalogProgram(checked: program).evaluate(options: .init(maxDerivedTuples: 1000))
        }
    }
}
