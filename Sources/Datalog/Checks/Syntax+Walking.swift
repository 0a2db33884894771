/// How an atom is used in a rule body, for the checks and stratification.
enum AtomUse: Sendable, Hashable {
    case positive, negated, aggregated
}

extension Term {
    /// Calls `visit` on this term and every term inside it, aggregates'
    /// targets included (but not the literals of aggregate bodies).
    func forEachSubterm(_ visit: (Term) -> Void) {
        visit(self)
        switch kind {
        case .negate(let inner): inner.forEachSubterm(visit)
        case .binary(_, let left, let right):
            left.forEachSubterm(visit)
            right.forEachSubterm(visit)
        case .functor(_, let arguments): arguments.forEach { $0.forEachSubterm(visit) }
        case .aggregate(let aggregate): aggregate.target?.forEachSubterm(visit)
        case .variable, .anonymous, .string, .number, .float: break
        }
    }

    /// Each occurrence of a variable in the term, aggregate bodies included.
    func forEachVariable(_ visit: (String, SourceLocation) -> Void) {
        forEachSubterm { term in
            if case .variable(let name) = term.kind { visit(name, term.location) }
            if case .aggregate(let aggregate) = term.kind {
                for literal in aggregate.body { literal.forEachVariable(visit) }
            }
        }
    }

    /// Each variable of the term outside aggregates (their targets and bodies excluded).
    func forEachVariableOutsideAggregates(_ visit: (String) -> Void) {
        switch kind {
        case .variable(let name): visit(name)
        case .negate(let inner): inner.forEachVariableOutsideAggregates(visit)
        case .binary(_, let left, let right):
            left.forEachVariableOutsideAggregates(visit)
            right.forEachVariableOutsideAggregates(visit)
        case .functor(_, let arguments): for argument in arguments { argument.forEachVariableOutsideAggregates(visit) }
        case .aggregate, .anonymous, .string, .number, .float: break
        }
    }

    var isVariable: Bool { if case .variable = kind { true } else { false } }
    var variableName: String? { if case .variable(let name) = kind { name } else { nil } }
}

extension Literal {
    /// The terms the literal holds directly: atom arguments or comparison sides.
    var terms: [Term] {
        switch kind {
        case .atom(let atom), .negated(let atom): atom.arguments
        case .comparison(_, let left, let right): [left, right]
        case .disjunction: []
        }
    }

    /// Each occurrence of a variable in the literal, nested ones included.
    func forEachVariable(_ visit: (String, SourceLocation) -> Void) {
        if case .disjunction(let alternatives) = kind {
            for alternative in alternatives { for literal in alternative { literal.forEachVariable(visit) } }
        }
        for term in terms { term.forEachVariable(visit) }
    }

    /// Every atom in the literal with how it is used, walking into
    /// disjunctions and aggregate bodies (whose atoms count as aggregated).
    func forEachAtom(_ use: AtomUse = .positive, _ visit: (Atom, AtomUse) -> Void) {
        switch kind {
        case .atom(let atom): visit(atom, use)
        case .negated(let atom): visit(atom, use == .positive ? .negated : use)
        case .disjunction(let alternatives):
            for alternative in alternatives { for literal in alternative { literal.forEachAtom(use, visit) } }
        case .comparison: break
        }
        for term in terms {
            term.forEachSubterm { sub in
                if case .aggregate(let aggregate) = sub.kind {
                    for literal in aggregate.body { literal.forEachAtom(.aggregated, visit) }
                }
            }
        }
    }
}

extension Literal {
    /// Each variable of the literal outside aggregates, disjunctions included.
    func forEachVariableOutsideAggregates(_ visit: (String) -> Void) {
        if case .disjunction(let alternatives) = kind {
            for alternative in alternatives { for literal in alternative { literal.forEachVariableOutsideAggregates(visit) } }
        }
        for term in terms { term.forEachVariableOutsideAggregates(visit) }
    }
}

extension Rule {
    /// The variables occurring outside every aggregate: inside an
    /// aggregate, these are the grouping (outer) ones, the others are the
    /// aggregate's own, as the evaluator reads them.
    var variablesOutsideAggregates: Set<String> {
        var names: Set<String> = []
        for term in head.arguments { term.forEachVariableOutsideAggregates { names.insert($0) } }
        for literal in body { literal.forEachVariableOutsideAggregates { names.insert($0) } }
        return names
    }

    /// Every atom of the rule, the head first (as `.positive`).
    func forEachAtom(_ visit: (Atom, _ use: AtomUse, _ isHead: Bool) -> Void) {
        visit(head, .positive, true)
        for literal in body { literal.forEachAtom { visit($0, $1, false) } }
    }

    /// Each occurrence of a variable in the rule, head and body.
    func forEachVariable(_ visit: (String, SourceLocation) -> Void) {
        for term in head.arguments { term.forEachVariable(visit) }
        for literal in body { literal.forEachVariable(visit) }
    }
}

extension PrimitiveType {
    /// "a symbol", "a number", "a float": how messages name a value's type.
    var withArticle: String { "a \(rawValue)" }
    var isNumeric: Bool { self != .symbol }
}

extension Literal {
    /// Calls `visit` on this literal and every literal nested in it: the
    /// alternatives of a disjunction and the bodies of aggregates.
    func forEachNestedLiteral(_ visit: (Literal) -> Void) {
        visit(self)
        if case .disjunction(let alternatives) = kind {
            for alternative in alternatives { for literal in alternative { literal.forEachNestedLiteral(visit) } }
        }
        for term in terms {
            term.forEachSubterm { sub in
                if case .aggregate(let aggregate) = sub.kind {
                    for literal in aggregate.body { literal.forEachNestedLiteral(visit) }
                }
            }
        }
    }
}

extension Term {
    /// How a message names the term: `'x'`, `"text"`, `42`, `'strlen(...)'`, `the expression`.
    var described: String {
        switch kind {
        case .variable(let name): "'\(name)'"
        case .string(let text): "\"\(text.count > 40 ? text.prefix(37) + "..." : text)\""
        case .number(let value): "\(value)"
        case .float(let value): "\(value)"
        case .functor(let name, _): "'\(name)(...)'"
        case .aggregate(let aggregate): "the \(aggregate.function.rawValue) aggregate"
        case .anonymous: "'_'"
        case .negate, .binary: "the expression"
        }
    }
}
