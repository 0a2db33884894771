/// A rule with its disjunctions multiplied out: the unit the planner
/// compiles and provenance names. `a(x) :- b(x), (c(x) ; d(x)).` becomes two
/// clauses, `a(x) :- b(x), c(x).` and `a(x) :- b(x), d(x).`, both pointing
/// back to the rule (and so to its source location and text).
struct Clause: Sendable {
    var head: Atom
    var body: [Literal]
    /// Index of the rule in `Program.rules`.
    var rule: Int
    /// Which alternative of the rule's disjunctions this is (0 without any).
    var alternative: Int

    /// The clauses of `rule` (one per combination of disjunction branches).
    static func expand(_ rule: Rule, index: Int) -> [Clause] {
        expandBody(rule.body).enumerated().map { n, body in
            Clause(head: rule.head, body: body, rule: index, alternative: n)
        }
    }

    /// Disjunctive normal form of a body: each element is a conjunction with
    /// no `.disjunction` left.
    static func expandBody(_ body: [Literal]) -> [[Literal]] {
        var result: [[Literal]] = [[]]
        for literal in body {
            if case .disjunction(let alternatives) = literal.kind {
                var next: [[Literal]] = []
                for prefix in result {
                    for alternative in alternatives {
                        for expanded in expandBody(alternative) { next.append(prefix + expanded) }
                    }
                }
                result = next
            } else {
                result = result.map { $0 + [literal] }
            }
        }
        return result
    }

    /// The body atoms that read a relation of `recursive` (semi-naive versions).
    func recursiveAtoms(_ recursive: Set<String>) -> [Int] {
        body.indices.filter {
            if case .atom(let a) = body[$0].kind { return recursive.contains(a.relation) }
            return false
        }
    }
}

extension Term {
    /// Variables of the term, including those inside aggregate bodies
    /// unless `aggregates` is false.
    func collectVariables(into names: inout [String], aggregates: Bool = true) {
        switch kind {
        case .variable(let v): names.append(v)
        case .anonymous, .string, .number, .float: break
        case .negate(let t): t.collectVariables(into: &names, aggregates: aggregates)
        case .binary(_, let l, let r):
            l.collectVariables(into: &names, aggregates: aggregates); r.collectVariables(into: &names, aggregates: aggregates)
        case .functor(_, let args): for t in args { t.collectVariables(into: &names, aggregates: aggregates) }
        case .aggregate(let agg):
            guard aggregates else { return }
            agg.target?.collectVariables(into: &names)
            for l in agg.body { l.collectVariables(into: &names) }
        }
    }
}

extension Literal {
    func collectVariables(into names: inout [String], aggregates: Bool = true) {
        switch kind {
        case .atom(let a), .negated(let a): for t in a.arguments { t.collectVariables(into: &names, aggregates: aggregates) }
        case .comparison(_, let l, let r):
            l.collectVariables(into: &names, aggregates: aggregates); r.collectVariables(into: &names, aggregates: aggregates)
        case .disjunction(let alternatives):
            for c in alternatives { for l in c { l.collectVariables(into: &names, aggregates: aggregates) } }
        }
    }
}
