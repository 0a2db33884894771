extension Checker {
    /// Warnings about relations: declared and never used; read (in a body,
    /// a query or an `.output`) but never filled by a fact, a rule, an
    /// `.input` or the host, so always empty.
    mutating func warnAboutUsage() {
        var used: Set<String> = []
        var filled: Set<String> = []
        var firstRead: [String: SourceLocation] = [:]
        for rule in program.rules {
            used.insert(rule.head.relation)
            filled.insert(rule.head.relation)
            rule.forEachAtom { atom, _, isHead in
                guard !isHead else { return }
                used.insert(atom.relation)
                if firstRead[atom.relation] == nil { firstRead[atom.relation] = atom.location }
            }
        }
        for query in program.queries {
            used.insert(query.atom.relation)
            if firstRead[query.atom.relation] == nil { firstRead[query.atom.relation] = query.atom.location }
        }
        for directive in program.directives {
            used.formUnion(directive.relations)
            if directive.kind == .input { filled.formUnion(directive.relations) }
            if directive.kind != .input {
                for (position, name) in directive.relations.enumerated() where firstRead[name] == nil {
                    firstRead[name] = position < directive.relationLocations.count ? directive.relationLocations[position] : directive.location
                }
            }
        }
        used.formUnion(suggestedRelations)
        for declaration in program.relations where !used.contains(declaration.name) && relations[declaration.name]?.isHost == false {
            warning("relation '\(declaration.name)' is declared but never used", at: declaration.location)
        }
        for (name, location) in firstRead.sorted(by: { Diagnostic.sourceOrder(.warning("", at: $0.value), .warning("", at: $1.value)) }) {
            guard let relation = relations[name], !relation.isHost, !filled.contains(name) else { continue }
            warning("relation '\(name)' has no facts, rules or '.input', so it is always empty", at: location,
                    hint: "add '.input \(name)' to read it from \(name).facts, or facts or rules for it")
        }
    }
}
