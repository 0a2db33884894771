extension Checker {
    /// Every atom of the rule names a known relation with the right number
    /// of arguments. (Types are then checked only in atoms that pass, so a
    /// typo costs one message, not a cascade.)
    mutating func checkAtoms(of rule: Rule) {
        rule.forEachAtom { atom, _, isHead in
            _ = checkAtom(atom, role: isHead ? (rule.isFact ? "fact" : "head") : "body")
        }
    }

    /// A query's atom: declared relation, arity, constants of the right type.
    mutating func checkQuery(_ query: Query) {
        guard checkAtom(query.atom, role: "query"), let relation = relations[query.atom.relation] else { return }
        var types = RuleTypes()
        for (column, argument) in query.atom.arguments.enumerated() {
            guard !argument.isVariable, let expected = relation.columnTypes[column] else { continue }
            checkColumn(argument, expected: expected, column: column, of: relation, types: &types)
        }
    }

    /// One atom: declared (with did-you-mean), right arity.
    mutating func checkAtom(_ atom: Atom, role: String) -> Bool {
        guard let relation = relations[atom.relation] else {
            if BuiltinFunctor.named(atom.relation) != nil {
                error("'\(atom.relation)' is a functor, not a relation", at: atom.location,
                      hint: "use it in an expression, e.g. x = \(atom.relation)(...)")
            } else {
                error("relation '\(atom.relation)' is not declared", at: atom.location, hint: relationHint(for: atom.relation))
            }
            return false
        }
        guard relation.arity == atom.arguments.count else {
            let columns = relation.arity == 1 ? "1 column" : "\(relation.arity) columns"
            let given = atom.arguments.count == 1 ? "1 argument" : "\(atom.arguments.count) arguments"
            let signature = zip(relation.columnNames, relation.columnTypes).map { "\($0): \($1?.rawValue ?? "?")" }
            error("'\(atom.relation)' has \(columns), but this \(role) gives it \(given)", at: atom.location,
                  hint: "\(atom.relation)(\(signature.joined(separator: ", ")))",
                  notes: relation.location.map { [.init("'\(atom.relation)' is declared here", at: $0)] } ?? [])
            return false
        }
        return true
    }
}
