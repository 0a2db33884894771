/// The types a rule's variables take, with where each got its type.
struct RuleTypes {
    struct Origin {
        var type: PrimitiveType
        /// "column 'n' of 'score'", or "the value of the expression".
        var reason: String
        var location: SourceLocation
    }
    var variables: [String: Origin] = [:]
}

extension Checker {
    /// The relation an atom names, when it is known with the right arity.
    func known(_ atom: Atom) -> RelationInfo? {
        guard let relation = relations[atom.relation], relation.arity == atom.arguments.count else { return nil }
        return relation
    }

    /// Types of a rule: variables take the types of the columns they stand
    /// in and of the expressions they are equated to; then every column,
    /// comparison, arithmetic operation and functor argument is checked.
    mutating func checkTypes(of rule: Rule) {
        var types = RuleTypes()
        // Variables standing in columns of body atoms.
        for literal in rule.body {
            literal.forEachAtom { atom, _ in
                guard let relation = known(atom) else { return }
                for (column, argument) in atom.arguments.enumerated() {
                    guard let name = argument.variableName, let type = relation.columnTypes[column] else { continue }
                    let reason = "column '\(relation.columnNames[column])' of '\(relation.name)'"
                    if let origin = types.variables[name] {
                        if origin.type != type {
                            error("'\(name)' is \(type.withArticle) here (\(reason)) but \(origin.type.withArticle) earlier (\(origin.reason))",
                                  at: argument.location,
                                  notes: [.init("'\(name)' is \(origin.type.withArticle) here", at: origin.location)])
                        }
                    } else {
                        types.variables[name] = .init(type: type, reason: reason, location: argument.location)
                    }
                }
            }
        }
        // Variables equated to expressions, until nothing changes.
        var changed = true
        while changed {
            changed = false
            for literal in rule.body {
                literal.forEachNestedLiteral { nested in
                    guard case .comparison(.equal, let left, let right) = nested.kind else { return }
                    for (variable, other) in [(left, right), (right, left)] {
                        guard let name = variable.variableName, types.variables[name] == nil,
                              let type = infer(other, &types, report: false) else { continue }
                        types.variables[name] = .init(type: type, reason: "the value of \(other.described)", location: other.location)
                        changed = true
                    }
                }
            }
        }
        // Every place a type is expected.
        for literal in rule.body {
            literal.forEachNestedLiteral { nested in checkLiteralTypes(nested, &types) }
        }
        if let relation = known(rule.head) {
            for (column, argument) in rule.head.arguments.enumerated() {
                guard let expected = relation.columnTypes[column] else { continue }
                checkColumn(argument, expected: expected, column: column, of: relation, types: &types)
            }
        }
    }

    mutating func checkLiteralTypes(_ literal: Literal, _ types: inout RuleTypes) {
        switch literal.kind {
        case .atom(let atom), .negated(let atom):
            guard let relation = known(atom) else {
                for argument in atom.arguments where !argument.isVariable { _ = infer(argument, &types, report: true) }
                return
            }
            for (column, argument) in atom.arguments.enumerated() where !argument.isVariable {
                guard let expected = relation.columnTypes[column] else { continue }
                checkColumn(argument, expected: expected, column: column, of: relation, types: &types)
            }
        case .comparison(_, let left, let right):
            let leftType = infer(left, &types, report: true)
            let rightType = infer(right, &types, report: true)
            guard let leftType, let rightType else { return }
            // Symbols are ordered too (lexicographically, as in Soufflé), so any operator fits equal types.
            if leftType != rightType {
                error("cannot compare \(left.described), \(leftType.withArticle), with \(right.described), \(rightType.withArticle)",
                      at: right.location, hint: leftType.isNumeric && rightType.isNumeric ? "convert with to_float(n)" : nil)
            }
        case .disjunction:
            break  // its literals are visited on their own
        }
    }

    /// A term in a column: its type must be the column's.
    mutating func checkColumn(_ term: Term, expected: PrimitiveType, column: Int, of relation: RelationInfo, types: inout RuleTypes) {
        guard let actual = infer(term, &types, report: true), actual != expected else { return }
        var notes: [Diagnostic.Note] = []
        if let name = term.variableName, let origin = types.variables[name] {
            notes.append(.init("'\(name)' is \(origin.type.withArticle) because of \(origin.reason)", at: origin.location))
        }
        error("column '\(relation.columnNames[column])' of '\(relation.name)' holds \(expected.withArticle), but \(term.described) is \(actual.withArticle)",
              at: term.location, notes: notes)
    }
}
