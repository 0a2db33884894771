extension Checker {
    static let primitiveNames = PrimitiveType.allCases.map(\.rawValue)

    /// Resolves `.type` declarations to primitives: duplicates, unknown
    /// bases (with did-you-mean) and cycles are reported.
    mutating func resolveTypes() {
        var declarations: [String: TypeDeclaration] = [:]
        for declaration in program.types {
            if PrimitiveType(rawValue: declaration.name) != nil {
                error("'\(declaration.name)' is a primitive type and cannot be redefined", at: declaration.location)
            } else if let first = declarations[declaration.name] {
                error("type '\(declaration.name)' is declared twice", at: declaration.location,
                      notes: [.init("'\(declaration.name)' was first declared here", at: first.location)])
            } else {
                declarations[declaration.name] = declaration
            }
        }
        for declaration in program.types where types[declaration.name] == nil {
            _ = resolveDeclared(declaration.name, declarations, visiting: [])
        }
    }

    /// The primitive a declared type stands for, memoised in `types`;
    /// reports an unknown base or a cycle once.
    mutating func resolveDeclared(_ name: String, _ declarations: [String: TypeDeclaration], visiting: [String]) -> PrimitiveType? {
        if let primitive = PrimitiveType(rawValue: name) { return primitive }
        if let known = types[name] { return known }
        guard let declaration = declarations[name] else { return nil }
        if let start = visiting.firstIndex(of: name) {
            let cycle = visiting[start...] + [name]
            error("type '\(name)' is defined in terms of itself: \(cycle.joined(separator: " -> "))", at: declaration.location)
            types[name] = .some(nil)
            return nil
        }
        var result: PrimitiveType?
        if PrimitiveType(rawValue: declaration.base) == nil && declarations[declaration.base] == nil {
            error("unknown type '\(declaration.base)'", at: declaration.location,
                  hint: typeHint(for: declaration.base, declared: declarations.keys))
        } else {
            result = resolveDeclared(declaration.base, declarations, visiting: visiting + [name])
        }
        if types[name] == nil { types[name] = .some(result) }
        return result
    }

    func typeHint(for name: String, declared: some Sequence<String>) -> String {
        if name == "unsigned" { return "'unsigned' is not supported; use number" }
        return Suggestions.hint(for: name, among: Checker.primitiveNames + declared)
            ?? "the types are symbol, number, float and those declared with .type"
    }

    /// Collects `.decl`s and host relations into `relations`.
    mutating func declareRelations() {
        for host in hostRelations {
            relations[host.name] = RelationInfo(name: host.name, columnNames: host.columnNames,
                                                columnTypes: host.columnTypes, location: nil, isHost: true)
        }
        for declaration in program.relations {
            var columnTypes: [PrimitiveType?] = []
            var seen: Set<String> = []
            for attribute in declaration.attributes {
                if !seen.insert(attribute.name).inserted {
                    error("column '\(attribute.name)' appears twice in '\(declaration.name)'", at: attribute.location)
                }
                columnTypes.append(resolve(type: attribute.type, at: attribute.location))
            }
            let info = RelationInfo(name: declaration.name, columnNames: declaration.attributes.map(\.name),
                                    columnTypes: columnTypes, location: declaration.location, isHost: false)
            if BuiltinFunctor.named(declaration.name) != nil {
                error("'\(declaration.name)' is a built-in functor and cannot name a relation", at: declaration.location)
            }
            guard let existing = relations[declaration.name] else {
                relations[declaration.name] = info
                continue
            }
            if existing.isHost {
                if existing.arity != info.arity || existing.columnTypes != info.columnTypes {
                    let columns = zip(existing.columnNames, existing.columnTypes).map { "\($0): \($1?.rawValue ?? "?")" }
                    error("relation '\(declaration.name)' is supplied by the host as \(declaration.name)(\(columns.joined(separator: ", "))); it cannot be redeclared differently",
                          at: declaration.location, hint: "remove this .decl, or give the relation another name")
                }
                relations[declaration.name]?.location = declaration.location
            } else {
                error("relation '\(declaration.name)' is declared twice", at: declaration.location,
                      notes: existing.location.map { [.init("'\(declaration.name)' was first declared here", at: $0)] } ?? [])
            }
        }
    }

    /// A column's type resolved to a primitive, or `nil` (reported) when unknown.
    mutating func resolve(type name: String, at location: SourceLocation) -> PrimitiveType? {
        if let primitive = PrimitiveType(rawValue: name) { return primitive }
        if let declared = types[name] { return declared }
        error("unknown type '\(name)'", at: location, hint: typeHint(for: name, declared: types.keys))
        return nil
    }

    /// The I/O parameters the evaluator reads, as in Soufflé.
    static let supportedParameters = ["IO", "filename", "delimiter"]

    /// `.input`, `.output`, `.printsize` name declared relations; `.input`
    /// cannot fill a host relation; parameters the evaluator would ignore
    /// are warned about.
    mutating func checkDirectives() {
        for directive in program.directives {
            checkParameters(of: directive)
            for (position, name) in directive.relations.enumerated() {
                let place = position < directive.relationLocations.count ? directive.relationLocations[position] : directive.location
                guard let relation = relations[name] else {
                    error("'.\(directive.kind.rawValue)' names relation '\(name)', which is not declared", at: place,
                          hint: relationHint(for: name))
                    continue
                }
                if directive.kind == .input && relation.isHost {
                    error("relation '\(name)' is supplied by the host; '.input' cannot read it", at: place,
                          hint: "remove '.input \(name)'")
                }
            }
        }
    }

    mutating func relationHint(for name: String) -> String {
        guard let suggestion = Suggestions.closest(to: name, among: relations.keys) else {
            return "declare it with '.decl \(name)(...)'"
        }
        suggestedRelations.insert(suggestion)
        return "did you mean '\(suggestion)'?"
    }
}

extension Checker {
    mutating func checkParameters(of directive: Directive) {
        for key in directive.parameters.keys.sorted() where !Checker.supportedParameters.contains(key) {
            warning("parameter '\(key)' of '.\(directive.kind.rawValue)' is not supported and is ignored", at: directive.location,
                    hint: Suggestions.hint(for: key, among: Checker.supportedParameters)
                        ?? "the parameters are " + Checker.supportedParameters.joined(separator: ", "))
        }
        guard let io = directive.parameters["IO"] else { return }
        let accepted = directive.kind == .output ? ["file", "stdout"] : ["file"]
        if !accepted.contains(io) {
            warning("IO=\(io) is not supported; '.\(directive.kind.rawValue)' reads IO=\(accepted.joined(separator: " or IO="))",
                    at: directive.location)
        }
    }
}
