extension Lexer {
    /// Skips blanks, `// line` and `/* block */` comments. An unterminated
    /// block comment is reported at its `/*`.
    mutating func skipTrivia() {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                advance()
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                while let next = peek(), next != UInt8(ascii: "\n") { advance() }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                let startLine = line, startColumn = column
                advance(); advance()
                var closed = false
                while position < bytes.count {
                    if bytes[position] == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                        advance(); advance()
                        closed = true
                        break
                    }
                    advance()
                }
                if !closed {
                    report("unterminated block comment", line: startLine, column: startColumn,
                           hint: "close it with '*/'")
                }
            default:
                return
            }
        }
    }

    /// `"text"` with `\"`, `\\`, `\t`, `\n`, `\r` and `\'` escapes. A string
    /// may not run past the end of its line.
    mutating func string(_ startLine: Int, _ startColumn: Int) -> Token {
        advance()  // opening quote
        var value: [UInt8] = []
        var valid = true
        while true {
            guard let byte = peek(), byte != UInt8(ascii: "\n") else {
                report("unterminated string", line: startLine, column: startColumn,
                       hint: "close it with '\"' on the same line")
                return Token(kind: .invalid, line: startLine, column: startColumn, endColumn: column)
            }
            if byte == UInt8(ascii: "\"") {
                advance()
                break
            }
            if byte == UInt8(ascii: "\\") {
                let escapeColumn = column
                advance()
                guard let escaped = peek(), escaped != UInt8(ascii: "\n") else { continue }
                switch escaped {
                case UInt8(ascii: "\""): value.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): value.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "'"): value.append(UInt8(ascii: "'"))
                case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "r"): value.append(UInt8(ascii: "\r"))
                default:
                    let character = String(decoding: [escaped], as: UTF8.self)
                    report("unknown escape sequence '\\\(character)' in string", line: line, column: escapeColumn,
                           hint: "the escapes are \\\" \\\\ \\t \\n \\r; write a backslash as \\\\")
                    valid = false
                }
                advance()
                continue
            }
            value.append(byte)
            advance()
        }
        let text = String(decoding: value, as: UTF8.self)
        return Token(kind: valid ? .string : .invalid, text: text, line: startLine, column: startColumn, endColumn: column)
    }

    /// `42`, `0x2A`, `0b101010`, `4.2`, `4.2e1`. A number running into
    /// letters (`12abc`) or past 64 bits is reported as such. The sign is a
    /// separate token; the parser folds `-42` into one constant.
    mutating func number(_ startLine: Int, _ startColumn: Int) -> Token {
        let start = position
        var radix: UInt64 = 10
        if peek() == UInt8(ascii: "0"), let marker = peek(1), marker == UInt8(ascii: "x") || marker == UInt8(ascii: "b") {
            radix = marker == UInt8(ascii: "x") ? 16 : 2
            advance(); advance()
        }
        var isFloat = false
        while let byte = peek(), Lexer.isIdentifierPart(byte) { advance() }
        // A fraction needs a digit after the dot: in `edge(1, 2).` the dot ends the fact.
        if radix == 10, peek() == UInt8(ascii: "."), let digit = peek(1), Lexer.isDigit(digit) {
            isFloat = true
            advance()
            while let byte = peek(), Lexer.isIdentifierPart(byte) { advance() }
            // Exponent sign: `1.5e-3`.
            if let sign = peek(), sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+"),
               let e = bytes[position - 1] as UInt8?, e == UInt8(ascii: "e") || e == UInt8(ascii: "E"),
               let digit = peek(1), Lexer.isDigit(digit) {
                advance()
                while let byte = peek(), Lexer.isIdentifierPart(byte) { advance() }
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        var token = Token(kind: .invalid, text: text, line: startLine, column: startColumn, endColumn: column)
        if isFloat {
            if let value = Double(text), value.isFinite {
                token.kind = .float
                token.float = value
            } else {
                report("invalid number '\(text)'", line: startLine, column: startColumn,
                       hint: "a float is written as digits, '.', digits, with an optional exponent: 2.5, 1.0e-3")
            }
            return token
        }
        let digits = radix == 10 ? Substring(text) : text.dropFirst(2)
        if !digits.isEmpty, digits.allSatisfy({ $0.isHexDigit && Int(String($0), radix: Int(radix)) != nil }) {
            if let value = UInt64(digits, radix: Int(radix)) {
                token.kind = .integer
                token.integer = value
            } else {
                report("number \(text) does not fit in 64 bits", line: startLine, column: startColumn,
                       hint: "numbers range from -9223372036854775808 to 9223372036854775807")
            }
        } else {
            report("invalid number '\(text)'", line: startLine, column: startColumn,
                   hint: radix == 10 ? "a name cannot start with a digit" : "write hexadecimal as 0x1F and binary as 0b101")
        }
        return token
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
