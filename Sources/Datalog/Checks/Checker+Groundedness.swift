/// Groundedness: every variable of a head, a negated atom, a comparison or
/// a functor must be bound in the same body, by a positive atom or by
/// `x = expression` whose other side is bound (an aggregate included), as in
/// Soufflé. Each unbound variable is named once per rule.
struct Groundedness {
    /// The rule's variables outside every aggregate; an aggregate's other
    /// variables are its own (two aggregates may each have an `m`).
    let outer: Set<String>
    var unbound: [(location: SourceLocation, message: String, hint: String?)] = []
    var reported: Set<String> = []
    var anonymousMisuse: [SourceLocation] = []

    /// The variables a conjunction binds, given those bound outside it.
    func boundVariables(_ literals: [Literal], outer: Set<String>) -> Set<String> {
        var bound = outer
        while true {
            let before = bound.count
            for literal in literals {
                switch literal.kind {
                case .atom(let atom):
                    for argument in atom.arguments { if let name = argument.variableName { bound.insert(name) } }
                case .disjunction(let alternatives):
                    let sets = alternatives.map { boundVariables($0, outer: bound) }
                    if var common = sets.first {
                        for set in sets.dropFirst() { common.formIntersection(set) }
                        bound.formUnion(common)
                    }
                case .comparison(.equal, let left, let right):
                    for (variable, other) in [(left, right), (right, left)] {
                        if let name = variable.variableName, !bound.contains(name), isComputable(other, bound) {
                            bound.insert(name)
                        }
                    }
                case .comparison, .negated:
                    break
                }
            }
            if bound.count == before { return bound }
        }
    }

    /// Whether a term's value is known once `bound` is: its free variables
    /// are bound and it has no `_`.
    func isComputable(_ term: Term, _ bound: Set<String>) -> Bool {
        var computable = true
        forEachFreeOccurrence(in: term) { name, _ in
            if name == nil || !bound.contains(name!) { computable = false }
        }
        return computable
    }

    /// The free variable occurrences of a term (`nil` for `_`): an
    /// aggregate contributes only its outer (grouping) variables.
    func forEachFreeOccurrence(in term: Term, _ visit: (String?, SourceLocation) -> Void) {
        switch term.kind {
        case .variable(let name): visit(name, term.location)
        case .anonymous: visit(nil, term.location)
        case .string, .number, .float: break
        case .negate(let inner): forEachFreeOccurrence(in: inner, visit)
        case .binary(_, let left, let right):
            forEachFreeOccurrence(in: left, visit)
            forEachFreeOccurrence(in: right, visit)
        case .functor(_, let arguments): for argument in arguments { forEachFreeOccurrence(in: argument, visit) }
        case .aggregate:
            var seen: Set<String> = []
            term.forEachVariable { name, location in
                if outer.contains(name), seen.insert(name).inserted { visit(name, location) }
            }
        }
    }

    mutating func requireBound(_ term: Term, _ bound: Set<String>, place: String, hint: String?) {
        forEachFreeOccurrence(in: term) { name, location in
            guard let name else {
                anonymousMisuse.append(location)
                return
            }
            if !bound.contains(name), reported.insert(name).inserted {
                unbound.append((location, "variable '\(name)' \(place) is not bound", hint))
            }
        }
    }

    /// Checks a conjunction whose bound variables are `bound`.
    mutating func check(_ literals: [Literal], bound: Set<String>) {
        let bindHint = "bind it with a positive atom of the body, or with '= expression' whose other side is bound"
        for literal in literals {
            switch literal.kind {
            case .atom(let atom):
                for argument in atom.arguments where !argument.isVariable && argument.kind != .anonymous {
                    requireBound(argument, bound, place: "in an expression in '\(atom.relation)(...)'", hint: bindHint)
                }
            case .negated(let atom):
                for argument in atom.arguments where argument.kind != .anonymous {
                    requireBound(argument, bound, place: "in the negation '!\(atom.relation)(...)'",
                                 hint: "a negated atom only filters: bind its variables with a positive atom first")
                }
            case .comparison(_, let left, let right):
                requireBound(left, bound, place: "in a comparison", hint: bindHint)
                requireBound(right, bound, place: "in a comparison", hint: bindHint)
            case .disjunction(let alternatives):
                for alternative in alternatives { check(alternative, bound: boundVariables(alternative, outer: bound)) }
            }
            for term in literal.terms { checkAggregates(in: term, bound: bound) }
        }
    }

    /// Each aggregate's body is checked with the outer bound variables
    /// visible; its target must be bound by that body.
    mutating func checkAggregates(in term: Term, bound: Set<String>) {
        term.forEachSubterm { sub in
            guard case .aggregate(let aggregate) = sub.kind else { return }
            let inner = boundVariables(aggregate.body, outer: bound)
            if let target = aggregate.target {
                requireBound(target, inner, place: "aggregated by '\(aggregate.function.rawValue)'",
                             hint: "the aggregated variable must occur in a positive atom inside the braces")
            }
            check(aggregate.body, bound: inner)
        }
    }
}

extension Checker {
    mutating func checkGroundedness(of rule: Rule) {
        var counts: [String: Int] = [:]
        var firstOccurrence: [String: SourceLocation] = [:]
        rule.forEachVariable { name, location in
            counts[name, default: 0] += 1
            if firstOccurrence[name] == nil { firstOccurrence[name] = location }
        }
        if rule.isFact {
            checkFactIsGround(rule)
            return
        }
        var groundedness = Groundedness(outer: rule.variablesOutsideAggregates)
        let bound = groundedness.boundVariables(rule.body, outer: [])
        for argument in rule.head.arguments {
            groundedness.requireBound(argument, bound, place: "in the head of '\(rule.head.relation)'",
                                      hint: "bind it with a positive atom of the body, such as r(\(argument.variableName ?? "x"))")
        }
        groundedness.check(rule.body, bound: bound)
        for unbound in groundedness.unbound {
            error(unbound.message, at: unbound.location, hint: unbound.hint)
        }
        for location in groundedness.anonymousMisuse {
            error("'_' cannot be used here", at: location,
                  hint: "'_' stands for a column whose value is ignored; it cannot appear in a head, a comparison or an expression")
        }
        for (name, count) in counts where count == 1 && !name.hasPrefix("_") && !groundedness.reported.contains(name) {
            warning("variable '\(name)' occurs only once", at: firstOccurrence[name]!, hint: "write '_' if its value is not needed")
        }
    }

    /// A fact holds constants only.
    mutating func checkFactIsGround(_ fact: Rule) {
        var named: Set<String> = []
        for argument in fact.head.arguments {
            argument.forEachSubterm { term in
                switch term.kind {
                case .variable(let name) where named.insert(name).inserted:
                    error("a fact cannot contain variables, but '\(name)' is one", at: term.location,
                          hint: "write a constant such as \"\(name)\", or make it a rule with a body that binds '\(name)'")
                case .anonymous:
                    error("a fact cannot contain '_'", at: term.location, hint: "write a constant")
                default:
                    break
                }
            }
        }
    }
}
