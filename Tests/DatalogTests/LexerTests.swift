import Testing
@testable import Datalog

@Suite struct LexerTests {
    func lex(_ text: String) -> (kinds: [TokenKind], tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(source: text, file: "t.dl")
        let tokens = lexer.tokenize()
        return (tokens.map(\.kind), tokens, lexer.diagnostics)
    }

    @Test func punctuationAndOperators() {
        let (kinds, _, diagnostics) = lex(":- ?- ? ! != < <= <: > >= = + - * / % ( ) { } [ ] , ; : . |")
        #expect(kinds == [.implies, .queryStart, .question, .bang, .notEqual, .less, .lessOrEqual, .subtype, .greater,
                          .greaterOrEqual, .equal, .plus, .minus, .star, .slash, .percent, .leftParen, .rightParen,
                          .leftBrace, .rightBrace, .leftBracket, .rightBracket, .comma, .semicolon, .colon, .dot, .pipe,
                          .endOfFile])
        #expect(diagnostics.isEmpty)
    }

    @Test func namesDirectivesAndQuestionMarkVariables() {
        let (kinds, tokens, _) = lex(".decl edge_2(?x: number)")
        #expect(kinds == [.directive, .identifier, .leftParen, .identifier, .colon, .identifier, .rightParen, .endOfFile])
        #expect(tokens.map(\.text).prefix(6) == ["decl", "edge_2", "", "?x", "", "number"])
    }

    @Test func numbersFloatsAndTheDotThatEndsAFact() {
        let (kinds, tokens, diagnostics) = lex("edge(1, 2.5, 0x1F, 0b101, 1.5e-3).")
        #expect(kinds == [.identifier, .leftParen, .integer, .comma, .float, .comma, .integer, .comma, .integer, .comma,
                          .float, .rightParen, .dot, .endOfFile])
        #expect(tokens[2].integer == 1 && tokens[4].float == 2.5 && tokens[6].integer == 31 && tokens[8].integer == 5)
        #expect(tokens[10].float == 0.0015)
        #expect(diagnostics.isEmpty)
        #expect(lex("a(2).").kinds == [.identifier, .leftParen, .integer, .rightParen, .dot, .endOfFile])
    }

    @Test func stringEscapes() {
        let (_, tokens, diagnostics) = lex(#""a\"b\\c\td\ne""#)
        #expect(tokens[0].kind == .string)
        #expect(tokens[0].text == "a\"b\\c\td\ne")
        #expect(diagnostics.isEmpty)
    }

    @Test func commentsAreSkippedAndPositionsCountScalars() {
        let (kinds, tokens, _) = lex("// line\n/* block\n comment */ é(x) /* é */ y")
        #expect(kinds == [.invalid, .leftParen, .identifier, .rightParen, .identifier, .endOfFile])
        #expect(tokens[1].line == 3 && tokens[1].column == 14)
        #expect(tokens[4].column == 26)
    }

    @Test func lexicalErrorsAreReportedAndLexingGoesOn() {
        let (kinds, _, diagnostics) = lex("a(\"open\nb(12ab, 99999999999999999999, \"\\q\") @ /* never closed")
        #expect(diagnostics.map(\.message) == [
            "unterminated string", "invalid number '12ab'", "number 99999999999999999999 does not fit in 64 bits",
            "unknown escape sequence '\\q' in string", "unexpected character '@'", "unterminated block comment",
        ])
        #expect(diagnostics.map(\.location.line) == [1, 2, 2, 2, 2, 2])
        #expect(diagnostics[1].location.column == 3)
        #expect(kinds.last == .endOfFile)
    }

    @Test func aByteOrderMarkIsSkippedAndOddSpacesExplained() {
        let (kinds, tokens, diagnostics) = lex("\u{FEFF}a(1).\u{A0}")
        #expect(kinds == [.identifier, .leftParen, .integer, .rightParen, .dot, .invalid, .endOfFile])
        #expect(tokens[0].column == 1)
        #expect(diagnostics.map(\.hint) == ["this is a non-breaking or thin space; use a plain space"])
    }

    @Test func largeFactFileLexesLinearly() {
        let text = (0..<5000).map { "edge(\($0), \"n\($0)\")." }.joined(separator: "\n")
        let (kinds, tokens, diagnostics) = lex(text)
        #expect(kinds.count == 5000 * 7 + 1)
        #expect(tokens[kinds.count - 2].line == 5000)
        #expect(diagnostics.isEmpty)
    }
}
