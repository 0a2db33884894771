extension Parser {
    static let aggregateNames: Set<String> = Set(Aggregate.Function.allCases.map(\.rawValue))

    static func isAggregate(_ name: String) -> Bool { aggregateNames.contains(name) }

    /// The operators spelled as words.
    static let wordOperators: [String: ArithmeticOperator] = Dictionary(
        uniqueKeysWithValues: ArithmeticOperator.allCases.filter { $0.rawValue.first!.isLetter }.map { ($0.rawValue, $0) })

    /// The binary operator at `token`, if it is one.
    static func binaryOperator(_ token: Token) -> ArithmeticOperator? {
        switch token.kind {
        case .plus: .add
        case .minus: .subtract
        case .star: .multiply
        case .slash: .divide
        case .percent: .modulo
        case .caret: .power
        case .identifier: wordOperators[token.text]
        default: nil
        }
    }

    /// An expression, by precedence climbing over `ArithmeticOperator.precedence`:
    /// operators of one level group to the left, except `^`, to the right.
    mutating func parseExpression(startingWith first: Term? = nil) throws(Failure) -> Term {
        try parseBinary(above: 0, startingWith: first)
    }

    private mutating func parseBinary(above minimum: Int, startingWith first: Term? = nil) throws(Failure) -> Term {
        try enter()
        let outer = depth
        defer { depth = outer - 1 }
        var left: Term
        if let first { left = first } else { left = try parseUnary() }
        while let op = Parser.binaryOperator(current), op.precedence > minimum {
            try enter()  // each operator deepens the (left-leaning) tree
            advance()
            let right: Term
            if op == .power { right = try parsePowerOperand() } else { right = try parseBinary(above: op.precedence) }
            left = Term(.binary(op, left, right), location: left.location)
        }
        return left
    }

    /// The right side of `^`: a unary term raised in turn (`2 ^ 3 ^ 2` is `2 ^ 9`).
    private mutating func parsePowerOperand() throws(Failure) -> Term {
        let base = try parseUnary()
        guard at(.caret) else { return base }
        try enter()
        defer { leave() }
        advance()
        return Term(.binary(.power, base, try parsePowerOperand()), location: base.location)
    }

    /// `bnot x` and `lnot x`, Soufflé's unary bitwise and logical not, as functors.
    static let unaryWordOperators: Set<String> = ["bnot", "lnot"]

    /// `-term`; a minus before a literal folds into a negative constant, so
    /// that -9223372036854775808 is a number.
    mutating func parseUnary() throws(Failure) -> Term {
        if current.kind == .identifier, Parser.unaryWordOperators.contains(current.text), peek().kind != .leftParen,
           peek().kind != .comma, peek().kind != .rightParen {
            let location = here
            let name = advance().text
            try enter()
            defer { leave() }
            return Term(.functor(name, [try parseUnary()]), location: location)
        }
        guard at(.minus) else { return try parsePrimary() }
        let minus = advance()
        let location = location(of: minus)
        // `-2 ^ 2` is -(2 ^ 2), as in Soufflé: fold the sign only into a literal not raised.
        if at(.integer) && peek().kind != .caret {
            let token = advance()
            if token.integer <= UInt64(Int64.max) { return Term(.number(-Int64(token.integer)), location: location) }
            if token.integer == UInt64(Int64.max) + 1 { return Term(.number(Int64.min), location: location) }
            error("number -\(token.text) does not fit in 64 bits", at: location,
                  hint: "numbers range from -9223372036854775808 to 9223372036854775807")
            return Term(.number(0), location: location)
        }
        if at(.float) && peek().kind != .caret {
            return Term(.float(-advance().float), location: location)
        }
        try enter()
        defer { leave() }
        return Term(.negate(try parsePowerOperand()), location: location)
    }

    mutating func parsePrimary() throws(Failure) -> Term {
        let token = current
        let location = here
        switch token.kind {
        case .integer:
            advance()
            guard token.integer <= UInt64(Int64.max) else {
                error("number \(token.text) does not fit in 64 bits", at: location,
                      hint: "numbers range from -9223372036854775808 to 9223372036854775807")
                return Term(.number(0), location: location)
            }
            return Term(.number(Int64(token.integer)), location: location)
        case .float:
            advance()
            return Term(.float(token.float), location: location)
        case .string:
            advance()
            return Term(.string(token.text), location: location)
        case .leftParen:
            advance()
            let inner = try parseExpression()
            _ = try expect(.rightParen, "')' to close the parenthesis")
            return inner
        case .identifier where token.text == "_":
            advance()
            return Term(.anonymous, location: location)
        case .identifier where Parser.isAggregate(token.text) && startsAggregate():
            return try parseAggregate()
        case .identifier where peek().kind == .leftParen:
            advance()
            advance()
            let arguments = try parseArguments(of: token.text)
            return Term(.functor(token.text, arguments), location: location)
        case .identifier:
            advance()
            return Term(.variable(token.text), location: location)
        default:
            throw fail(expected: "a term (a variable, a constant, '_' or an expression)")
        }
    }

    /// Whether the aggregate name at the current token starts an aggregate:
    /// `count :`, or `sum x :` / `min (x + 1) :`, rather than a variable
    /// called `count` or a functor call.
    func startsAggregate() -> Bool {
        let next = peek().kind
        if next == .colon { return true }
        if current.text == "count" { return false }
        switch next {
        case .identifier, .integer, .float, .minus, .string: return true
        case .leftParen:
            var depth = 0
            var offset = 1
            while true {
                let kind = peek(offset).kind
                if kind == .leftParen { depth += 1 }
                if kind == .rightParen { depth -= 1; if depth == 0 { return peek(offset + 1).kind == .colon } }
                if kind == .endOfFile || kind == .dot { return false }
                offset += 1
            }
        default: return false
        }
    }

    /// `count : { body }`, `sum x : { body }`, `min`, `max`, `mean` likewise.
    mutating func parseAggregate() throws(Failure) -> Term {
        let name = advance()
        let location = location(of: name)
        let function = Aggregate.Function(rawValue: name.text)!
        var target: Term?
        if function != .count {
            target = try parseExpression()
        } else if !at(.colon) {
            throw fail(expected: "':' after 'count'", hint: "write count : { r(x) }")
        }
        _ = try expect(.colon, "':' after the aggregated term", hint: "write \(name.text) x : { r(x) }")
        // Soufflé also takes a single atom without braces: `count : edge(x, _)`.
        if at(.identifier) {
            let atom = try parseAtom()
            return Term(.aggregate(Aggregate(function: function, target: target, body: [Literal(.atom(atom), location: atom.location)])),
                        location: location)
        }
        _ = try expect(.leftBrace, "'{' to open the body of '\(name.text)'")
        let alternatives = try parseAlternatives()
        _ = try expect(.rightBrace, "',', ';' or '}' in the body of '\(name.text)'")
        let body = alternatives.count == 1 ? alternatives[0] : [Literal(.disjunction(alternatives), location: location)]
        return Term(.aggregate(Aggregate(function: function, target: target, body: body)), location: location)
    }
}
