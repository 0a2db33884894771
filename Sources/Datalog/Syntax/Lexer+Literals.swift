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
                    endsInsideComment = true
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
        // Fast path: no escape before the closing quote on this line.
        var end = position
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] != UInt8(ascii: "\n") {
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            let text = String(decoding: bytes[position..<end], as: UTF8.self)
            while position <= end { advance() }
            return Token(kind: .string, text: text, line: startLine, column: startColumn, endColumn: column)
        }
        var value: [UInt8] = []
        var valid = true
        while true {
            guard let byte = peek(), byte != UInt8(ascii: "\n") else {
                hasUnterminatedString = true
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
            let last = bytes[position - 1]
            if let sign = peek(), sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+"),
               last == UInt8(ascii: "e") || last == UInt8(ascii: "E"), let digit = peek(1), Lexer.isDigit(digit) {
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
        var value: UInt64 = 0
        var valid = position - start > (radix == 10 ? 0 : 2)
        var overflow = false
        for byte in bytes[(start + (radix == 10 ? 0 : 2))..<position] {
            guard let digit = Lexer.digitValue(byte), digit < radix else { valid = false; break }
            let (times, o1) = value.multipliedReportingOverflow(by: radix)
            let (sum, o2) = times.addingReportingOverflow(digit)
            overflow = overflow || o1 || o2
            value = sum
        }
        if !valid {
            let exponent = radix == 10 && text.contains(where: { $0 == "e" || $0 == "E" })
                && text.allSatisfy { $0.isNumber || $0 == "e" || $0 == "E" }
            let hint = radix != 10 ? "write hexadecimal as 0x1F and binary as 0b101"
                : exponent ? "a float needs a fraction: write \(text.prefix { $0.isNumber }).0\(text.drop { $0.isNumber })"
                : "a name cannot start with a digit"
            report("invalid number '\(text)'", line: startLine, column: startColumn, hint: hint)
        } else if overflow {
            report("number \(text) does not fit in 64 bits", line: startLine, column: startColumn,
                   hint: "numbers range from -9223372036854775808 to 9223372036854775807")
        } else {
            token.kind = .integer
            token.integer = value
        }
        return token
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The value of a digit in bases up to 16, or nil.
    static func digitValue(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
