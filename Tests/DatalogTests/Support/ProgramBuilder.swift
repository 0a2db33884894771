@testable import Datalog

/// Builds programs as syntax trees, for tests that must not depend on the parser.
enum Build {
    static let here = SourceLocation(file: "test.dl", line: 1, column: 1)

    static func v(_ name: String) -> Term { Term(.variable(name), location: here) }
    static var any: Term { Term(.anonymous, location: here) }
    static func n(_ x: Int64) -> Term { Term(.number(x), location: here) }
    static func f(_ x: Double) -> Term { Term(.float(x), location: here) }
    static func s(_ x: String) -> Term { Term(.string(x), location: here) }
    static func op(_ o: ArithmeticOperator, _ l: Term, _ r: Term) -> Term { Term(.binary(o, l, r), location: here) }
    static func fn(_ name: String, _ args: Term...) -> Term { Term(.functor(name, args), location: here) }
    static func agg(_ function: Aggregate.Function, _ target: Term?, _ body: Literal...) -> Term {
        Term(.aggregate(Aggregate(function: function, target: target, body: body)), location: here)
    }

    static func atom(_ relation: String, _ args: Term...) -> Atom { Atom(relation: relation, arguments: args, location: here) }
    static func pos(_ relation: String, _ args: Term...) -> Literal { Literal(.atom(atom(relation, args)), location: here) }
    static func neg(_ relation: String, _ args: Term...) -> Literal { Literal(.negated(atom(relation, args)), location: here) }
    static func cmp(_ l: Term, _ o: ComparisonOperator, _ r: Term) -> Literal { Literal(.comparison(o, l, r), location: here) }
    static func or(_ alternatives: [Literal]...) -> Literal { Literal(.disjunction(alternatives), location: here) }
    static func atom(_ relation: String, _ args: [Term]) -> Atom { Atom(relation: relation, arguments: args, location: here) }

    static func rule(_ head: Atom, _ body: Literal...) -> Rule { Rule(head: head, body: body, location: here) }

    /// A checked program: `relations` with their column types, and strata
    /// given as groups of relation names in evaluation order (relations with
    /// no rules need not be listed).
    static func checked(_ rules: [Rule], relations: [String: [PrimitiveType]], strata: [[String]],
                        queries: [Query] = []) -> CheckedProgram {
        var program = Program()
        program.rules = rules
        program.queries = queries
        var signatures: [String: RelationSignature] = [:]
        for (name, types) in relations {
            signatures[name] = RelationSignature(name: name, columnNames: types.indices.map { "c\($0)" },
                                                 columnTypes: types, location: here)
        }
        let groups = strata.map { names in
            Stratum(relations: names,
                    ruleIndices: rules.indices.filter { names.contains(rules[$0].head.relation) },
                    isRecursive: true)
        }
        return CheckedProgram(program: program, relations: signatures, strata: groups)
    }

    static func numbers(_ rows: [[Int64]]) -> [[Value]] { rows.map { $0.map { .number($0) } } }
}
