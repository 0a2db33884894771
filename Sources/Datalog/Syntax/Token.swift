/// One token of Datalog source, as the lexer produces it.
///
/// Positions are kept as plain integers (line, column in Unicode scalars) so
/// that lexing a large fact file allocates nothing per token but the text;
/// the parser turns them into `SourceLocation`s for the syntax tree.
struct Token: Sendable {
    var kind: TokenKind
    /// The identifier's or directive's name, a string literal's decoded
    /// value, or a number's text as written.
    var text: String = ""
    /// The value of an integer literal (its magnitude: the sign is a separate token).
    var integer: UInt64 = 0
    /// The value of a float literal.
    var float: Double = 0
    var line: Int
    var column: Int
    /// The column just past the token's last character (tokens never span lines).
    var endColumn: Int
}

/// What a token is. Punctuation is spelled out so that "expected ..."
/// messages can name it.
enum TokenKind: Sendable, Hashable {
    case identifier, string, integer, float
    /// `.decl`, `.type`, `.input`, ...: a dot followed at once by a name.
    case directive
    case leftParen, rightParen, leftBrace, rightBrace, leftBracket, rightBracket
    case comma, dot, colon, semicolon
    /// `:-`
    case implies
    /// `?-`
    case queryStart
    /// `?` ending a query written `atom?`.
    case question
    case bang
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    /// `<:` in `.type Name <: symbol`.
    case subtype
    case plus, minus, star, slash, percent, caret, pipe
    /// A lexical error already reported (unterminated string, bad number,
    /// stray character): the parser recovers without a second message.
    case invalid
    case endOfFile

    /// How the token reads in an "expected ..., found ..." message.
    var spelling: String {
        switch self {
        case .identifier: "a name"
        case .string: "a string"
        case .integer: "a number"
        case .float: "a float"
        case .directive: "a directive"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .leftBrace: "'{'"
        case .rightBrace: "'}'"
        case .leftBracket: "'['"
        case .rightBracket: "']'"
        case .comma: "','"
        case .dot: "'.'"
        case .colon: "':'"
        case .semicolon: "';'"
        case .implies: "':-'"
        case .queryStart: "'?-'"
        case .question: "'?'"
        case .bang: "'!'"
        case .equal: "'='"
        case .notEqual: "'!='"
        case .less: "'<'"
        case .lessOrEqual: "'<='"
        case .greater: "'>'"
        case .greaterOrEqual: "'>='"
        case .subtype: "'<:'"
        case .plus: "'+'"
        case .minus: "'-'"
        case .star: "'*'"
        case .slash: "'/'"
        case .percent: "'%'"
        case .caret: "'^'"
        case .pipe: "'|'"
        case .invalid: "an invalid token"
        case .endOfFile: "end of input"
        }
    }
}

extension Token {
    /// The token as a message quotes it: `'edge'`, `"text"`, `'('`, `end of input`.
    var quoted: String {
        switch kind {
        case .identifier: "'\(text)'"
        case .directive: "'.\(text)'"
        case .string: "string \"\(text.count > 40 ? text.prefix(37) + "..." : text)\""
        case .integer, .float: "number \(text)"
        default: kind.spelling
        }
    }
}
