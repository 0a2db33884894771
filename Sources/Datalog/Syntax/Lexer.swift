/// Turns Datalog source into tokens, working on UTF-8 bytes.
///
/// Lexical errors (an unterminated string or block comment, a bad number, a
/// stray character) become diagnostics and `.invalid` tokens, and lexing
/// goes on, so that one run reports every error of a program.
///
/// ```swift
/// var lexer = Lexer(source: "edge(1, \"a\").", file: "f.dl")
/// let tokens = lexer.tokenize()   // identifier, (, integer, ",", string, ), ., end of input
/// ```
struct Lexer {
    let bytes: [UInt8]
    let file: String
    var position = 0
    var line = 1
    var column = 1
    var diagnostics: [Diagnostic] = []
    /// Set when the text ends inside a block comment (a REPL reads on).
    var endsInsideComment = false
    /// Set when a string runs to the end of its line.
    var hasUnterminatedString = false

    init(source: String, file: String) {
        self.bytes = Array(source.utf8)
        self.file = file
        // A byte-order mark, as some editors write, is not part of the program.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// All tokens, ending with `.endOfFile`.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 3)
        while true {
            let token = next()
            tokens.append(token)
            if token.kind == .endOfFile { return tokens }
        }
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    mutating func report(_ message: String, line: Int, column: Int, hint: String? = nil) {
        diagnostics.append(.error(message, at: location(line: line, column: column), hint: hint))
    }

    // MARK: Moving

    func peek(_ offset: Int = 0) -> UInt8? {
        let index = position + offset
        return index < bytes.count ? bytes[index] : nil
    }

    /// Moves past one byte, keeping line and column (in Unicode scalars) up to date.
    mutating func advance() {
        let byte = bytes[position]
        position += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    // MARK: Tokens

    /// The next token, after skipping blanks and comments.
    mutating func next() -> Token {
        skipTrivia()
        let startLine = line, startColumn = column
        guard let byte = peek() else {
            return Token(kind: .endOfFile, line: startLine, column: startColumn, endColumn: startColumn)
        }
        var kind: TokenKind
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return identifier(startLine, startColumn)
        case UInt8(ascii: "?") where peek(1).map(Lexer.isIdentifierStart) == true:
            // Soufflé lets a variable start with '?': `?x`.
            return identifier(startLine, startColumn)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(startLine, startColumn)
        case UInt8(ascii: "\""):
            return string(startLine, startColumn)
        case UInt8(ascii: "'"):
            return singleQuotedString(startLine, startColumn)
        case UInt8(ascii: ".") where peek(1).map(Lexer.isIdentifierStart) == true:
            advance()
            var token = identifier(startLine, startColumn)
            token.kind = .directive
            return token
        case UInt8(ascii: "("): kind = .leftParen
        case UInt8(ascii: ")"): kind = .rightParen
        case UInt8(ascii: "{"): kind = .leftBrace
        case UInt8(ascii: "}"): kind = .rightBrace
        case UInt8(ascii: "["): kind = .leftBracket
        case UInt8(ascii: "]"): kind = .rightBracket
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: "."): kind = .dot
        case UInt8(ascii: ";"): kind = .semicolon
        case UInt8(ascii: "+"): kind = .plus
        case UInt8(ascii: "-"): kind = .minus
        case UInt8(ascii: "*"): kind = .star
        case UInt8(ascii: "/"): kind = .slash
        case UInt8(ascii: "%"): kind = .percent
        case UInt8(ascii: "^"): kind = .caret
        case UInt8(ascii: "|"): kind = .pipe
        case UInt8(ascii: "="): kind = .equal
        case UInt8(ascii: ":"): kind = peek(1) == UInt8(ascii: "-") ? .implies : .colon
        case UInt8(ascii: "?"): kind = peek(1) == UInt8(ascii: "-") ? .queryStart : .question
        case UInt8(ascii: "!"): kind = peek(1) == UInt8(ascii: "=") ? .notEqual : .bang
        case UInt8(ascii: "<"):
            kind = peek(1) == UInt8(ascii: "=") ? .lessOrEqual : peek(1) == UInt8(ascii: ":") ? .subtype : .less
        case UInt8(ascii: ">"): kind = peek(1) == UInt8(ascii: "=") ? .greaterOrEqual : .greater
        default:
            return strayCharacter(startLine, startColumn)
        }
        switch kind {
        case .implies, .queryStart, .notEqual, .lessOrEqual, .subtype, .greaterOrEqual:
            advance(); advance()
        default:
            advance()
        }
        return Token(kind: kind, line: startLine, column: startColumn, endColumn: column)
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    mutating func identifier(_ startLine: Int, _ startColumn: Int) -> Token {
        let start = position
        advance()  // first letter, '_' or '?'
        while let byte = peek(), Lexer.isIdentifierPart(byte) { advance() }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return Token(kind: .identifier, text: text, line: startLine, column: startColumn, endColumn: column)
    }

    /// Anything else: reported once per run of such characters.
    mutating func strayCharacter(_ startLine: Int, _ startColumn: Int) -> Token {
        let start = position
        advance()
        while position < bytes.count, bytes[position] & 0xC0 == 0x80 { advance() }
        let character = String(decoding: bytes[start..<position], as: UTF8.self)
        if character == "#" && startColumn == 1 {
            report("preprocessor lines ('#include', '#define') are not supported", line: startLine, column: startColumn,
                   hint: "put everything in one file, or pass several files to the checker")
            while let byte = peek(), byte != UInt8(ascii: "\n") { advance() }
        } else {
            let hint: String? = switch character {
            case "&": "write a conjunction with ','"
            case "\\": "negation is written with '!': !edge(x, y)"
            case "@": "user-defined functors (@name) are not supported; the built-in functors are cat, strlen, substr, ..."
            case "$": "the auto-increment counter '$' is not supported"
            case "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}": "use a plain double quote '\"' (this one is a typographic quote)"
            case "\u{A0}", "\u{2009}", "\u{202F}": "this is a non-breaking or thin space; use a plain space"
            default: nil
            }
            report("unexpected character '\(character)'", line: startLine, column: startColumn, hint: hint)
        }
        return Token(kind: .invalid, text: character, line: startLine, column: startColumn, endColumn: column)
    }
}
