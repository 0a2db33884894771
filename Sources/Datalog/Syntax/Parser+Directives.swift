extension Parser {
    /// The directives this parser knows, for "did you mean" on a typo.
    static let supportedDirectives = ["decl", "type", "input", "output", "printsize", "symbol_type", "number_type"]
    /// Soufflé directives recognised but not supported here.
    static let unsupportedDirectives = ["comp", "init", "functor", "pragma", "limitsize", "include", "plan", "override", "once", "lattice"]
    /// Storage qualifiers after `.decl r(...)` that change nothing in meaning.
    static let ignoredQualifiers: Set<String> = ["btree", "brie", "btree_delete", "inline", "no_inline", "magic", "no_magic", "overridable"]

    mutating func parseDirective() throws(Failure) {
        let token = advance()
        let location = location(of: token)
        switch token.text {
        case "decl": try parseDeclaration(location)
        case "type": try parseTypeDeclaration(location)
        case "symbol_type", "number_type":
            let name = try expect(.identifier, "a type name after '.\(token.text)'")
            program.types.append(TypeDeclaration(name: name.text, form: .subtype,
                                                 base: token.text == "symbol_type" ? "symbol" : "number", location: location))
        case "input": try parseIODirective(.input, location)
        case "output": try parseIODirective(.output, location)
        case "printsize": try parseIODirective(.printsize, location)
        case let name where Parser.unsupportedDirectives.contains(name):
            error("directive '.\(name)' is not supported", at: location,
                  hint: "supported directives: " + Parser.supportedDirectives.map { ".\($0)" }.joined(separator: " "))
            throw Failure()
        case let name:
            error("unknown directive '.\(name)'", at: location,
                  hint: Suggestions.hint(for: name, among: Parser.supportedDirectives) { "'.\($0)'" }
                      ?? "directives are " + Parser.supportedDirectives.map { ".\($0)" }.joined(separator: " "))
            throw Failure()
        }
    }

    /// `.decl name(attribute: type, ...) qualifiers`
    mutating func parseDeclaration(_ location: SourceLocation) throws(Failure) {
        let name = try expect(.identifier, "a relation name after '.decl'")
        _ = try expect(.leftParen, "'(' after '.decl \(name.text)'", hint: "declare the columns: .decl \(name.text)(x: symbol, n: number)")
        var attributes: [RelationDeclaration.Attribute] = []
        if !skip(.rightParen) {
            repeat {
                let attribute = try expect(.identifier, "a column name")
                _ = try expect(.colon, "':' and a type after column '\(attribute.text)'",
                               hint: "write '\(attribute.text): symbol', '\(attribute.text): number' or '\(attribute.text): float'")
                let type = try expect(.identifier, "a type after '\(attribute.text):'")
                var column = RelationDeclaration.Attribute(name: attribute.text, type: type.text, location: self.location(of: attribute))
                column.typeLocation = self.location(of: type)
                attributes.append(column)
            } while skip(.comma)
            _ = try expect(.rightParen, "',' or ')' in the columns of '\(name.text)'")
        }
        program.relations.append(RelationDeclaration(name: name.text, attributes: attributes, location: self.location(of: name)))
        // Qualifiers stand on the same line: a name on a later line starts the next rule.
        while at(.identifier), current.line == previous.line {
            let qualifier = advance()
            if Parser.ignoredQualifiers.contains(qualifier.text) { continue }
            if qualifier.text == "eqrel" {
                addEquivalenceRules(name.text, attributes, at: self.location(of: qualifier))
            } else if qualifier.text == "choice" {
                error("qualifier '\(qualifier.text)' is not supported", at: self.location(of: qualifier),
                      hint: "declare a plain relation and write the rules that the qualifier implies")
            } else if qualifier.text == "input" || qualifier.text == "output" || qualifier.text == "printsize" {
                error("'\(qualifier.text)' after a declaration is Soufflé 1 syntax", at: self.location(of: qualifier),
                      hint: "write '.\(qualifier.text) \(name.text)' as a directive of its own")
            } else {
                error("unknown qualifier '\(qualifier.text)' after '.decl \(name.text)(...)'", at: self.location(of: qualifier),
                      hint: Suggestions.hint(for: qualifier.text, among: Parser.ignoredQualifiers))
            }
        }
    }

    /// `eqrel`: the relation is an equivalence, so the rules that make it one
    /// (reflexive on what it relates, symmetric, transitive) are added to the
    /// program, located at the qualifier. Soufflé keeps such a relation as
    /// union-find; the tuples, and so the answers, are the same.
    mutating func addEquivalenceRules(_ relation: String, _ attributes: [RelationDeclaration.Attribute], at location: SourceLocation) {
        guard attributes.count == 2 else {
            error("an eqrel relation has two columns; '\(relation)' has \(attributes.count)", at: location)
            return
        }
        func atom(_ a: String, _ b: String) -> Atom {
            Atom(relation: relation, arguments: [a, b].map { Term($0 == "_" ? .anonymous : .variable($0), location: location) },
                 location: location)
        }
        func positive(_ a: String, _ b: String) -> Literal { Literal(.atom(atom(a, b)), location: location) }
        program.rules.append(Rule(head: atom("x", "x"), body: [positive("x", "_")], location: location))
        program.rules.append(Rule(head: atom("y", "x"), body: [positive("x", "y")], location: location))
        program.rules.append(Rule(head: atom("x", "z"), body: [positive("x", "y"), positive("y", "z")], location: location))
    }

    /// `.type Name <: base` or `.type Name = base`. Records and unions are refused clearly.
    mutating func parseTypeDeclaration(_ location: SourceLocation) throws(Failure) {
        let name = try expect(.identifier, "a type name after '.type'")
        let form: TypeDeclaration.Form
        if skip(.subtype) {
            form = .subtype
        } else if skip(.equal) {
            form = .alias
        } else {
            throw fail(expected: "'<:' or '=' after '.type \(name.text)'", hint: "write '.type \(name.text) <: symbol' or '.type \(name.text) = number'")
        }
        if at(.leftBracket) {
            error("record types are not supported", at: here, hint: "declare the fields as columns of a relation instead")
            skipBalanced(.leftBracket, .rightBracket)
            return
        }
        let base = try expect(.identifier, "a type (symbol, number, float or a declared type)")
        if at(.pipe) {
            error("union types are not supported", at: here, hint: "use one primitive type, or a subtype of it")
            while skip(.pipe) { _ = skip(.identifier) }
            return
        }
        var declaration = TypeDeclaration(name: name.text, form: form, base: base.text, location: self.location(of: name))
        declaration.baseLocation = self.location(of: base)
        program.types.append(declaration)
    }

    /// `.input a, b(key=value, ...)`, likewise `.output` and `.printsize`.
    mutating func parseIODirective(_ kind: Directive.Kind, _ location: SourceLocation) throws(Failure) {
        var relations: [String] = []
        var locations: [SourceLocation] = []
        var parameters: [String: String] = [:]
        repeat {
            let name = try expect(.identifier, "a relation name after '.\(kind.rawValue)'")
            relations.append(name.text)
            locations.append(self.location(of: name))
            if at(.leftParen) { parameters.merge(try parseParameters(), uniquingKeysWith: { _, new in new }) }
        } while skip(.comma)
        var directive = Directive(kind: kind, relations: relations, parameters: parameters, location: location)
        directive.relationLocations = locations
        program.directives.append(directive)
    }

    /// `(key=value, ...)`: values are strings, names or numbers, kept as text.
    mutating func parseParameters() throws(Failure) -> [String: String] {
        advance()  // (
        var parameters: [String: String] = [:]
        if skip(.rightParen) { return parameters }
        repeat {
            let key = try expect(.identifier, "a parameter name such as IO, filename or delimiter")
            _ = try expect(.equal, "'=' after '\(key.text)'")
            switch current.kind {
            case .string, .identifier, .integer, .float:
                parameters[key.text] = advance().text
            default:
                throw fail(expected: "a value for '\(key.text)'", hint: "write \(key.text)=\"value\"")
            }
        } while skip(.comma)
        _ = try expect(.rightParen, "',' or ')' after the parameters")
        return parameters
    }

    /// Skips from an opening bracket to its matching close (or the end).
    mutating func skipBalanced(_ open: TokenKind, _ close: TokenKind) {
        var depth = 0
        repeat {
            if at(open) { depth += 1 } else if at(close) { depth -= 1 }
            advance()
        } while depth > 0 && !at(.endOfFile)
    }
}
