/// A recursive-descent parser from tokens to `Program`.
///
/// On a syntax error it reports what it expected and what it found, skips
/// to the end of the statement (the next `.`, or the next directive or
/// query), and goes on, so that every syntax error of a program is reported
/// in one run. Statements are split across files by role:
/// `Parser+Directives.swift`, `Parser+Rules.swift`, `Parser+Terms.swift`.
struct Parser {
    /// Thrown to abandon the statement being parsed once its error is reported.
    struct Failure: Error {}

    let tokens: [Token]
    let file: String
    var index = 0
    /// How deeply the current expression or literal is nested; capped so
    /// that hostile input cannot overflow the stack here or in the checks.
    var depth = 0
    static let maximumDepth = 100
    var diagnostics: [Diagnostic]
    var program = Program()

    init(source: String, file: String) {
        var lexer = Lexer(source: source, file: file)
        self.tokens = lexer.tokenize()
        self.diagnostics = lexer.diagnostics
        self.file = file
    }

    // MARK: Reading tokens

    var current: Token { tokens[index] }
    var previous: Token { tokens[max(0, index - 1)] }

    func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    func location(of token: Token) -> SourceLocation {
        SourceLocation(file: file, line: token.line, column: token.column)
    }

    var here: SourceLocation { location(of: current) }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func at(_ kind: TokenKind) -> Bool { tokens[index].kind == kind }

    mutating func take(_ kind: TokenKind) -> Token? {
        at(kind) ? advance() : nil
    }

    /// The token of `kind`, or an error "expected <what>, found <token>".
    /// (The message is an autoclosure: it is built only when there is an error.)
    mutating func expect(_ kind: TokenKind, _ what: @autoclosure () -> String, hint: @autoclosure () -> String? = nil) throws(Failure) -> Token {
        if let token = take(kind) { return token }
        throw fail(expected: what(), hint: hint())
    }

    /// Reports "expected <what>, found <current token>" (unless the current
    /// token is a lexical error, already reported) and returns the failure to throw.
    mutating func fail(expected what: String, hint: String? = nil) -> Failure {
        if current.kind != .invalid {
            diagnostics.append(.error("expected \(what), found \(current.quoted)", at: here, hint: hint))
        }
        return Failure()
    }

    /// Enters one level of nesting (paired with `leave()`), failing past `maximumDepth`.
    mutating func enter() throws(Failure) {
        depth += 1
        if depth > Parser.maximumDepth {
            error("this statement is nested too deeply (more than \(Parser.maximumDepth) levels)", at: here,
                  hint: "split it into several rules")
            throw Failure()
        }
    }

    mutating func leave() { depth -= 1 }

    mutating func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(.error(message, at: location, hint: hint))
    }

    mutating func warning(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(.warning(message, at: location, hint: hint))
    }

    // MARK: Statements

    /// Parses the whole input.
    mutating func parseProgram() -> Program {
        while !at(.endOfFile) {
            let start = index
            depth = 0
            do {
                try parseStatement()
            } catch {
                recover(from: start)
            }
        }
        return program
    }

    mutating func parseStatement() throws(Failure) {
        switch current.kind {
        case .directive:
            try parseDirective()
        case .queryStart:
            try parseQueryStatement()
        case .identifier:
            try parseRuleStatement()
        case .dot:
            // A stray '.', e.g. `a(1)..`: say so and move on.
            error("unexpected '.' with no statement before it", at: here)
            advance()
        default:
            throw fail(expected: "a declaration, a rule, a fact or a query")
        }
    }

    /// Skips what is left of a statement after an error: up to and past the
    /// next `.` outside the statement's open parentheses, or up to the next
    /// directive, `?-`, or name at the start of a later line (which begins
    /// the next statement: directives have no final `.`, and an
    /// unterminated string hides the `.` of its line).
    mutating func recover(from start: Int) {
        var depth = 0
        for token in tokens[start..<index] {
            if token.kind == .leftParen { depth += 1 } else if token.kind == .rightParen { depth -= 1 }
        }
        if index == start { advance() }
        let errorLine = previous.line
        while !at(.endOfFile) {
            switch current.kind {
            case .dot where depth <= 0:
                advance()
                return
            case .directive, .queryStart:
                return
            case .identifier where current.column == 1 && current.line > errorLine:
                return
            case .leftParen: depth += 1
            case .rightParen: depth -= 1
            default: break
            }
            advance()
        }
    }

    /// Ends a rule, fact or query at its `.`. When the `.` is missing and the
    /// next token starts a later line (or the input ends), the statement is
    /// kept and the error points just past its last token.
    mutating func expectEndOfStatement(_ what: String, alternatives: @autoclosure () -> String = "'.'") throws(Failure) {
        if take(.dot) != nil { return }
        if at(.endOfFile) || current.line > previous.line {
            let end = SourceLocation(file: file, line: previous.line, column: previous.endColumn)
            error("missing '.' at the end of the \(what)", at: end, hint: "end every rule, fact and query with '.'")
            return
        }
        throw fail(expected: alternatives())
    }
}
