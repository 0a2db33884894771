import KGGraphFixtures
import Datalog
import Testing
@testable import KGQuery

@Suite struct GraphQuerySessionTests {
    let session = GraphQuerySession(graph: ResistanceGraph.make())

    func rows(_ source: String) throws -> [[String]] {
        let run = try session.run(source: source, file: "q.dl").get()
        return run.results.flatMap(\.rows).map { $0.map(\.description) }
    }

    @Test func aQueryAnswersFromTheGraph() throws {
        let run = try session.run(source: "addresses(C, M)?", file: "<command line>").get()
        #expect(run.results.map(\.title) == ["?- addresses(C, M)"])
        #expect(run.results[0].columns == ["C", "M"])
        #expect(run.results[0].rows == [[.symbol("clofarabine + cytarabine"), .symbol("DCK down")]])
    }

    @Test func rulesWithNegationDeriveAndOutputsAreShown() throws {
        let source = """
            .decl unaddressed(m: symbol, d: symbol)
            .output unaddressed
            unaddressed(m, d) :- confers_resistance_to(m, d), !addresses(_, m).
            """
        #expect(try rows(source) == [["MCL1 up", "clofarabine"]])
    }

    @Test func aProgramWithAnErrorNamesFileLineColumnWithACaret() {
        guard case .failure(.program(let diagnostics)) = session.run(source: "x(a) :- adresses(a, b).\n", file: "bad.dl") else {
            Issue.record("expected a diagnostic")
            return
        }
        let text = diagnostics.description
        #expect(text.contains("bad.dl:1:"))
        #expect(text.contains("^"))
    }

    @Test func rulesAddedToTheSessionStayAndBadOnesDoNot() throws {
        _ = try session.extend(with: ".decl resisted(d: symbol)\nresisted(d) :- confers_resistance_to(_, d).", file: "<repl:1>").get()
        #expect(try rows("resisted(D)?") == [["clofarabine"]])
        guard case .failure = session.extend(with: "broken(x) :- resisted(x, y).", file: "<repl:2>") else {
            Issue.record("a wrong arity must be refused")
            return
        }
        #expect(try rows("resisted(D)?") == [["clofarabine"]])
        #expect(session.program.rules.count == 1)
    }

    @Test func anAnswerIsExplainedDownToSentences() throws {
        let source = """
            .decl addressed(d: symbol, m: symbol, c: symbol)
            addressed(d, m, c) :- confers_resistance_to(m, d), addresses(c, m).
            addressed(D, M, C)?
            """
        let run = try session.run(source: source, file: "q.dl", explanations: true).get()
        let row = try #require(run.results.first?.rows.first)
        let explanation = try #require(run.explain("addressed", row))
        #expect(explanation.rule == "q.dl:2")
        #expect(explanation.ruleText == "addressed(d, m, c) :- confers_resistance_to(m, d), addresses(c, m).")
        #expect(try session.run(source: source, file: "q.dl").get().explain("addressed", row) == nil, "a run without explanations explains nothing")
        #expect(explanation.premises.map(\.fact) == [#"confers_resistance_to("DCK down", "clofarabine")"#, #"addresses("clofarabine + cytarabine", "DCK down")"#])
        #expect(run.sources("addressed", row).map { "\($0.document):\($0.line)" } == ["a.md:10", "b.md:4", "a.md:20"])
        let text = explanation.renderedText()
        #expect(text.contains("  confers_resistance_to(\"DCK down\", \"clofarabine\")   [graph fact]\n    a.md:10  Loss of dCK confers resistance to clofarabine.\n"))
    }

    @Test func recursiveRulesAreExplainedWithoutLooping() throws {
        let source = """
            .decl linked(a: symbol, b: symbol)
            linked(a, b) :- edge(a, _, b).
            linked(a, c) :- linked(a, b), linked(b, c).
            linked(a, b) :- linked(b, a).
            """
        let run = try session.run(source: source, file: "r.dl", explanations: true).get()
        let explanation = try #require(run.explain("linked", [.symbol("cytarabine"), .symbol("clofarabine + cytarabine")]))
        #expect(!explanation.graphFacts.isEmpty)
    }
}
