import Testing
@testable import Datalog

@Suite struct ParserTests {
    func parse(_ text: String) -> (program: Program, diagnostics: [Diagnostic]) {
        DatalogParser.parse(text, file: "p.dl")
    }

    func at(_ line: Int, _ column: Int) -> Datalog.SourceLocation { Datalog.SourceLocation(file: "p.dl", line: line, column: column) }

    @Test func theSpecExampleParses() {
        let (program, diagnostics) = parse("""
            // line comment            /* block comment */
            .decl inhibits(s: symbol, o: symbol)
            .decl score(d: symbol, n: number)
            .input edge(IO=file, filename="edge.facts", delimiter="\\t")
            .output path, busy
            .printsize path
            .type Drug <: symbol
            .type Dose = number
            edge("a", "b").
            path(x, y) :- edge(x, y).
            path(x, z) :- path(x, y), edge(y, z).
            lonely(x) :- node(x), !edge(x, _), !edge(_, x).
            busy(x, n) :- node(x), n = count : { edge(x, _) }, n > 2.
            ?- path("a", y).
            path(x, "b")?
            """)
        #expect(diagnostics.isEmpty)
        #expect(program.relations.map(\.name) == ["inhibits", "score"])
        #expect(program.relations[1].attributes.map(\.type) == ["symbol", "number"])
        #expect(program.relations[0].location == at(2, 7))
        #expect(program.directives.map(\.kind) == [.input, .output, .printsize])
        #expect(program.directives.map(\.relations) == [["edge"], ["path", "busy"], ["path"]])
        #expect(program.directives[0].parameters == ["IO": "file", "filename": "edge.facts", "delimiter": "\t"])
        #expect(program.directives.map(\.location) == [at(4, 1), at(5, 1), at(6, 1)])
        #expect(program.directives[1].relationLocations == [at(5, 9), at(5, 15)])
        #expect(program.types == [
            TypeDeclaration(name: "Drug", form: .subtype, base: "symbol", location: at(7, 7)),
            TypeDeclaration(name: "Dose", form: .alias, base: "number", location: at(8, 7)),
        ])
        #expect(program.rules.count == 5)
        #expect(program.rules[0].isFact)
        #expect(program.rules[0].head.arguments.map(\.kind) == [.string("a"), .string("b")])
        #expect(program.rules[2].body.count == 2)
        #expect(program.rules[2].body[1].location == at(11, 27))
        guard case .negated(let negated) = program.rules[3].body[1].kind else { Issue.record("expected !edge"); return }
        #expect(negated.arguments.map(\.kind) == [.variable("x"), .anonymous])
        guard case .comparison(.equal, let n, let aggregate) = program.rules[4].body[1].kind,
              case .aggregate(let count) = aggregate.kind else { Issue.record("expected n = count"); return }
        #expect(n.kind == .variable("n"))
        #expect(count.function == .count && count.target == nil && count.body.count == 1)
        #expect(program.queries.map(\.atom.relation) == ["path", "path"])
        #expect(program.queries.map(\.location) == [at(14, 1), at(15, 1)])
    }

    @Test func arithmeticPrecedenceAndNegativeLiterals() {
        let (program, diagnostics) = parse("r(x) :- s(y), x = 1 + y * 2 - -3 % y, z = -9223372036854775808, w = -(y), v = -2.5.")
        #expect(diagnostics.isEmpty)
        let body = program.rules[0].body
        guard case .comparison(_, _, let sum) = body[1].kind else { Issue.record(); return }
        let l = at(1, 19)
        let y = Term(.variable("y"), location: at(1, 23))
        let product = Term(.binary(.multiply, y, Term(.number(2), location: at(1, 27))), location: at(1, 23))
        let plus = Term(.binary(.add, Term(.number(1), location: l), product), location: l)
        let modulo = Term(.binary(.modulo, Term(.number(-3), location: at(1, 31)), Term(.variable("y"), location: at(1, 36))), location: at(1, 31))
        #expect(sum == Term(.binary(.subtract, plus, modulo), location: l))
        guard case .comparison(_, _, let minimum) = body[2].kind, case .comparison(_, _, let negated) = body[3].kind,
              case .comparison(_, _, let float) = body[4].kind else { Issue.record(); return }
        #expect(minimum.kind == .number(Int64.min))
        #expect(negated.kind == .negate(Term(.variable("y"), location: at(1, 71))))
        #expect(float.kind == .float(-2.5))
    }

    @Test func aggregatesFunctorsAndDisjunction() {
        let (program, diagnostics) = parse("""
            r(d, t) :- drug(d), t = sum n : { dose(d, n) }, m = max n + 1 : { dose(d, n) }, (a(d) ; b(d), c(d)),
                       s = cat(d, "-", to_string(t)), strlen(s) > 3, contains("x", s), !match("[0-9]+", s), (t + 1) * 2 < 10.
            """)
        #expect(diagnostics.isEmpty)
        let body = program.rules[0].body
        #expect(body.count == 9)
        guard case .comparison(_, _, let sum) = body[1].kind, case .aggregate(let aggregate) = sum.kind else { Issue.record(); return }
        #expect(aggregate.function == .sum && aggregate.target?.kind == .variable("n"))
        guard case .comparison(_, _, let max) = body[2].kind, case .aggregate(let maximum) = max.kind,
              case .binary(.add, _, _)? = maximum.target?.kind else { Issue.record("max n + 1"); return }
        guard case .disjunction(let alternatives) = body[3].kind else { Issue.record(); return }
        #expect(alternatives.map(\.count) == [1, 2])
        guard case .comparison(.equal, _, let cat) = body[4].kind, case .functor("cat", let parts) = cat.kind else { Issue.record(); return }
        #expect(parts.count == 3)
        guard case .comparison(.greater, let strlen, _) = body[5].kind, case .functor("strlen", _) = strlen.kind else { Issue.record(); return }
        guard case .comparison(.equal, let contains, let yes) = body[6].kind, case .functor("contains", _) = contains.kind,
              case .comparison(.equal, let match, let no) = body[7].kind, case .functor("match", _) = match.kind
        else { Issue.record("constraints"); return }
        #expect(yes.kind == .number(1) && no.kind == .number(0))
        guard case .comparison(.less, let product, _) = body[8].kind, case .binary(.multiply, _, _) = product.kind else { Issue.record(); return }
    }

    @Test func anAggregateOverOneAtomNeedsNoBraces() {
        let (program, diagnostics) = parse("d(x, n) :- node(x), n = count : edge(x, _).")
        #expect(diagnostics.isEmpty)
        guard case .comparison(.equal, _, let term) = program.rules[0].body[1].kind, case .aggregate(let count) = term.kind,
              case .atom(let atom) = count.body.first?.kind else { Issue.record("expected count : edge(x, _)"); return }
        #expect(atom.relation == "edge")
        #expect(count.body.count == 1)
    }

    @Test func trueAndFalseAreConstantConstraints() {
        let (program, diagnostics) = parse("a(x) :- b(x), true.\nc(x) :- b(x), false.")
        #expect(diagnostics.isEmpty)
        #expect(program.rules.map { $0.body.last?.kind } == [
            .comparison(.equal, Term(.number(1), location: at(1, 15)), Term(.number(1), location: at(1, 15))),
            .comparison(.equal, Term(.number(1), location: at(2, 15)), Term(.number(0), location: at(2, 15))),
        ])
    }

    @Test func programsAppendAsIfTheirTextFollowed() {
        var program = parse(".decl e(x: number)\ne(1).").program
        program.append(contentsOf: DatalogParser.parse("e(2).\n?- e(x).", file: "q.dl").program)
        #expect(program.relations.count == 1)
        #expect(program.rules.map(\.location.file) == ["p.dl", "q.dl"])
        #expect(program.queries.count == 1)
    }

    @Test func multiHeadRulesAndTopLevelDisjunctionSplit() {
        let (program, diagnostics) = parse("a(x), b(x) :- c(x) ; d(x).\nf(1), f(2).")
        #expect(diagnostics.isEmpty)
        #expect(program.rules.map(\.head.relation) == ["a", "a", "b", "b", "f", "f"])
        #expect(program.rules.prefix(4).map { $0.body.first.map { lit -> String in
            if case .atom(let a) = lit.kind { return a.relation } else { return "?" } } } == ["c", "d", "c", "d"])
    }

    @Test func declarationQualifiersAndOldStyleTypes() {
        let (program, diagnostics) = parse(".decl r(x: number) btree\n.symbol_type Name\nr(1).")
        #expect(diagnostics.isEmpty)
        #expect(program.types.map(\.base) == ["symbol"])
        #expect(program.rules.count == 1)
    }

    @Test func everySyntaxErrorIsReportedInOneRun() {
        let (program, diagnostics) = parse("""
            .decl edge(x number)
            path(x, y) :- edge(x, y)
            path(x, z) :- path(x, y) edge(y, z).
            ok(1).
            bad(x) :- edge(x, .
            .inptu edge
            .type Pair = [a: number, b: number]
            also_ok(2).
            """)
        #expect(diagnostics.map(\.message) == [
            "expected ':' and a type after column 'x', found 'number'",
            "missing '.' at the end of the rule",
            "expected ',', ';' or '.' after a body literal, found 'edge'",
            "expected a term (a variable, a constant, '_' or an expression), found '.'",
            "unknown directive '.inptu'",
            "record types are not supported",
        ])
        #expect(diagnostics[1].location == at(2, 25))
        #expect(diagnostics[4].hint == "did you mean '.input'?")
        #expect(program.rules.map(\.head.relation) == ["path", "ok", "also_ok"])
    }

    @Test func queriesForTheREPL() {
        for text in ["?- path(x, \"a\").", "path(x, \"a\")?", "path(x, \"a\")", " path(x, \"a\"). "] {
            let (query, diagnostics) = DatalogParser.parseQuery(text, file: "<repl>")
            #expect(query?.atom.relation == "path", "\(text)")
            #expect(query?.atom.arguments.count == 2)
            #expect(diagnostics.isEmpty)
        }
        let (query, diagnostics) = DatalogParser.parseQuery("path(x, ", file: "<repl>")
        #expect(query == nil)
        #expect(diagnostics.count == 1)
    }

    @Test func completenessForTheREPL() {
        #expect(DatalogParser.isComplete("path(x, z) :- path(x, y),") == false)
        #expect(DatalogParser.isComplete("path(x, z) :- path(x, y), edge(y, z).") == true)
        #expect(DatalogParser.isComplete("r(\"a.\", x)") == false)
        #expect(DatalogParser.isComplete("r(x)?") == true)
        #expect(DatalogParser.isComplete("?- r(x") == false)
        #expect(DatalogParser.isComplete("r(x). /* still open") == false)
        #expect(DatalogParser.isComplete("r(x). // done") == true)
        #expect(DatalogParser.isComplete(".decl r(x: number)") == true)
        #expect(DatalogParser.isComplete(".decl r(x: number,") == false)
        #expect(DatalogParser.isComplete("") == false)
    }

    @Test func aHundredThousandFactsParse() {
        let text = (0..<100_000).map { "edge(\($0), \"node \($0)\", -\($0), 1.5)." }.joined(separator: "\n")
        let (program, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        #expect(program.rules.count == 100_000)
        #expect(program.rules[99_999].head.arguments[2].kind == .number(-99_999))
        #expect(program.rules[99_999].location.line == 100_000)
    }
}
