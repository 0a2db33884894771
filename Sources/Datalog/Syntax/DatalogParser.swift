/// Parses Datalog text (Soufflé's syntax, see `shared/spec/datalog.md`)
/// into a `Program`, reporting every syntax error of the text in one run.
///
/// ```swift
/// let (program, diagnostics) = DatalogParser.parse("""
///     .decl edge(x: number, y: number)
///     edge(1, 2).
///     path(x, y) :- edge(x, y).
///     """, file: "tc.dl")
/// // program.rules.count == 2; diagnostics is empty
/// ```
///
/// The parser only reads syntax: names are not resolved and types are not
/// checked; `ProgramChecker` does that. Desugarings: a multi-head rule and
/// a body with a top-level `;` become one rule per head and alternative; a
/// minus before a literal is folded into a negative constant; the
/// constraints `contains(a, b)` and `match(re, s)` become comparisons of
/// the functor with 1 (0 when negated with `!`).
public enum DatalogParser {
    /// The program and every diagnostic (errors and warnings) of the text.
    /// After an error the parser skips to the end of the statement and goes
    /// on; statements that parsed are all in the program.
    public static func parse(_ source: String, file: String) -> (program: Program, diagnostics: [Diagnostic]) {
        var parser = Parser(source: source, file: file)
        let program = parser.parseProgram()
        return (program, parser.diagnostics.sorted(by: Diagnostic.sourceOrder))
    }

    /// One query, as a REPL reads it: `?- path(x, y).`, `path(x, y)?`,
    /// `path(x, y).` or just `path(x, y)`.
    ///
    /// ```swift
    /// let (query, _) = DatalogParser.parseQuery("path(\"a\", y)?", file: "<repl>")
    /// // query?.atom.relation == "path"
    /// ```
    public static func parseQuery(_ text: String, file: String) -> (query: Query?, diagnostics: [Diagnostic]) {
        var parser = Parser(source: text, file: file)
        let start = parser.here
        _ = parser.take(.queryStart)
        do {
            let atom = try parser.parseAtom()
            if parser.take(.dot) == nil { _ = parser.take(.question) }
            if !parser.at(.endOfFile) { throw parser.fail(expected: "the end of the query") }
            return (Query(atom: atom, location: start), parser.diagnostics)
        } catch {
            return (nil, parser.diagnostics.sorted(by: Diagnostic.sourceOrder))
        }
    }

    /// Whether `text` ends a statement, for a REPL deciding whether to read
    /// another line: true when, outside strings, comments and brackets, the
    /// last token is `.` or a query's `?`, or the text is a directive
    /// (`.decl r(x: number)`, which has no final dot) with its brackets closed.
    /// An unclosed block comment or bracket means "incomplete"; an
    /// unterminated string is an error, so the text counts as complete and
    /// parsing it reports the error.
    ///
    /// ```swift
    /// DatalogParser.isComplete("path(x, z) :- path(x, y),")    // false
    /// DatalogParser.isComplete("  edge(y, z).")                 // true
    /// ```
    public static func isComplete(_ text: String) -> Bool {
        var lexer = Lexer(source: text, file: "")
        let tokens = lexer.tokenize()
        if lexer.endsInsideComment { return false }
        if lexer.hasUnterminatedString { return true }
        var depth = 0
        for token in tokens {
            switch token.kind {
            case .leftParen, .leftBrace, .leftBracket: depth += 1
            case .rightParen, .rightBrace, .rightBracket: depth -= 1
            default: break
            }
        }
        guard depth <= 0, tokens.count > 1 else { return false }
        let last = tokens[tokens.count - 2].kind
        if last == .dot || last == .question { return true }
        if tokens[0].kind == .directive {
            return ![.comma, .colon, .equal, .subtype, .directive, .leftParen].contains(last)
        }
        return false
    }
}
