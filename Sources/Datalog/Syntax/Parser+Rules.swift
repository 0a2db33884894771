extension Parser {
    /// Functors that are constraints when they stand alone as a literal:
    /// `contains("a", s)`, `match("[0-9]+", s)`, and their negations.
    static let constraintFunctors: Set<String> = ["contains", "match"]

    /// `?- atom.`
    mutating func parseQueryStatement() throws(Failure) {
        let start = advance()
        let atom = try parseAtom()
        if at(.comma) {
            error("a query is a single atom", at: here, hint: "define a rule for the conjunction and query its head")
            throw Failure()
        }
        try expectEndOfStatement("query")
        program.queries.append(Query(atom: atom, location: location(of: start)))
    }

    /// `head.`, `head :- body.`, `h1, h2 :- body.` or `atom?`. A body with a
    /// top-level `;` becomes one rule per alternative, as in Soufflé.
    mutating func parseRuleStatement() throws(Failure) {
        var heads = [try parseAtom()]
        while skip(.comma) { heads.append(try parseAtom()) }
        if skip(.question) {
            guard heads.count == 1 else {
                error("a query is a single atom", at: heads[1].location)
                throw Failure()
            }
            program.queries.append(Query(atom: heads[0], location: heads[0].location))
            return
        }
        var alternatives: [[Literal]] = [[]]
        if skip(.implies) {
            alternatives = try parseAlternatives()
            try expectEndOfStatement("rule", alternatives: "',', ';' or '.' after a body literal")
        } else {
            try expectEndOfStatement(heads.count == 1 ? "fact" : "facts", alternatives: "'.', ':-' or '?' after '\(heads[0].relation)(...)'")
        }
        for head in heads {
            for body in alternatives {
                program.rules.append(Rule(head: head, body: body, location: head.location))
            }
        }
    }

    /// `relation(term, ...)`
    mutating func parseAtom() throws(Failure) -> Atom {
        let name = try expect(.identifier, "a relation name")
        _ = try expect(.leftParen, "'(' after '\(name.text)'", hint: Parser.atomHint(name))
        let arguments = try parseArguments(of: name.text)
        return Atom(relation: name.text, arguments: arguments, location: location(of: name))
    }

    static func atomHint(_ name: Token) -> String? {
        name.text.first?.isUppercase == false ? nil : "an atom is written relation(arguments), e.g. \(name.text.lowercased())(x)"
    }

    /// The arguments after `(`, through the closing `)`.
    mutating func parseArguments(of name: String) throws(Failure) -> [Term] {
        var arguments: [Term] = []
        if skip(.rightParen) { return arguments }
        repeat { arguments.append(try parseExpression()) } while skip(.comma)
        _ = try expect(.rightParen, "',' or ')' in the arguments of '\(name)'")
        return arguments
    }

    /// `conjunction ; conjunction ; ...`
    mutating func parseAlternatives() throws(Failure) -> [[Literal]] {
        var alternatives = [try parseConjunction()]
        while skip(.semicolon) { alternatives.append(try parseConjunction()) }
        return alternatives
    }

    mutating func parseConjunction() throws(Failure) -> [Literal] {
        var literals = [try parseLiteral()]
        while skip(.comma) { literals.append(try parseLiteral()) }
        return literals
    }

    /// An atom, a negated atom, a comparison, a constraint functor, or a
    /// parenthesised disjunction.
    mutating func parseLiteral() throws(Failure) -> Literal {
        try enter()
        defer { leave() }
        let start = here
        switch current.kind {
        case .bang:
            advance()
            if at(.identifier), Parser.constraintFunctors.contains(current.text), peek().kind == .leftParen {
                let call = try parseExpression()
                return Literal(.comparison(.equal, call, Term(.number(0), location: call.location)), location: start)
            }
            if at(.leftParen) {
                error("negation applies to a single atom", at: here, hint: "write !r(x); negate a comparison by flipping it (x != y)")
                throw Failure()
            }
            return Literal(.negated(try parseAtom()), location: start)
        case .leftParen where !parenthesisStartsExpression():
            advance()
            let alternatives = try parseAlternatives()
            _ = try expect(.rightParen, "',', ';' or ')' in the parenthesised disjunction")
            return alternatives.count == 1 && alternatives[0].count == 1
                ? alternatives[0][0] : Literal(.disjunction(alternatives), location: start)
        case .identifier where (current.text == "true" || current.text == "false") && !isComparisonOrOperator(peek()):
            // Soufflé's constant constraints, written as comparisons the evaluator already knows.
            let value = advance().text == "true" ? 1 : 0
            return Literal(.comparison(.equal, Term(.number(1), location: start), Term(.number(Int64(value)), location: start)),
                           location: start)
        case .identifier where peek().kind == .leftParen && !Parser.isAggregate(current.text):
            let name = current
            if BuiltinFunctor.named(name.text) == nil {
                let atom = try parseAtom()
                guard isComparisonOrOperator(current) else { return Literal(.atom(atom), location: start) }
                // `f(x) = y` with a name that is not a built-in functor: parse it
                // as one so the checker can say "unknown functor".
                let call = Term(.functor(atom.relation, atom.arguments), location: atom.location)
                return try parseComparison(startingWith: try parseExpression(startingWith: call), at: start)
            }
            let call = try parseExpression()
            if Parser.constraintFunctors.contains(name.text), !isComparisonOrOperator(current) {
                return Literal(.comparison(.equal, call, Term(.number(1), location: call.location)), location: start)
            }
            return try parseComparison(startingWith: call, at: start)
        case .identifier, .integer, .float, .string, .minus, .leftParen:
            let left = try parseExpression()
            return try parseComparison(startingWith: left, at: start)
        default:
            throw fail(expected: "a body literal (an atom, a negation or a comparison)")
        }
    }

    /// `left op right` once `left` is read.
    mutating func parseComparison(startingWith left: Term, at start: SourceLocation) throws(Failure) -> Literal {
        guard let op = Parser.comparisonOperator(current.kind) else {
            // A lone name (`p(x) :- q(x), r.`): probably an atom without its arguments.
            if let name = left.variableName, at(.identifier) || at(.comma) || at(.dot) {
                let hint = name.lowercased() == "not" ? "negation is written with '!': !\(current.text)(...)"
                    : "a body literal is an atom r(...), a negation !r(...), or a comparison such as \(name) = 1"
                throw fail(expected: "a comparison after '\(name)'", hint: hint)
            }
            throw fail(expected: "a comparison operator (= != < <= > >=)")
        }
        advance()
        if op == .equal, at(.equal) {
            error("there is no '==' operator", at: location(of: previous), hint: "compare with a single '='")
            advance()
        }
        let right = try parseExpression()
        return Literal(.comparison(op, left, right), location: start)
    }

    static func comparisonOperator(_ kind: TokenKind) -> ComparisonOperator? {
        switch kind {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        default: nil
        }
    }

    func isComparisonOrOperator(_ token: Token) -> Bool {
        switch token.kind {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .plus, .minus, .star, .slash, .percent, .caret: true
        case .identifier: Parser.wordOperators[token.text] != nil
        default: false
        }
    }

    /// Whether the `(` at the current token opens an arithmetic expression
    /// (`(x + 1) < y`) rather than a disjunction: the token after its
    /// matching `)` is an operator.
    func parenthesisStartsExpression() -> Bool {
        var depth = 0
        var offset = 0
        while true {
            let token = peek(offset)
            switch token.kind {
            case .leftParen: depth += 1
            case .rightParen:
                depth -= 1
                if depth == 0 { return isComparisonOrOperator(peek(offset + 1)) }
            case .endOfFile, .dot: return false
            default: break
            }
            offset += 1
        }
    }
}
