import Testing
@testable import Datalog

@Suite struct DiagnosticTests {
    let place = Datalog.SourceLocation(file: "q.dl", line: 3, column: 12)

    @Test func rendersAsTheBriefShows() {
        let source = ".decl inhibits(s: symbol, o: symbol)\n.decl path(x: symbol)\npath(x) :- inhibit(x, y).\n"
        let diagnostic = Diagnostic.error("relation 'inhibit' is not declared", at: place, hint: "did you mean 'inhibits'?")
        #expect(diagnostic.rendered(source: source) == """
            q.dl:3:12: error: relation 'inhibit' is not declared
                3 | path(x) :- inhibit(x, y).
                  |            ^
            hint: did you mean 'inhibits'?
            """)
    }

    @Test func caretFollowsTabsAndWideCharacters() {
        let source = "\t\"é\", x"
        let diagnostic = Diagnostic.warning("w", at: .init(file: "t.dl", line: 1, column: 7))
        #expect(diagnostic.rendered(source: source) == "t.dl:1:7: warning: w\n    1 | \t\"é\", x\n      | \t     ^")
    }

    @Test func notesQuoteTheirOwnLineAndMissingLinesAreSkipped() {
        let source = "a\r\nb\r\n"
        let diagnostic = Diagnostic.error("twice", at: .init(file: "n.dl", line: 2, column: 1),
                                          notes: [.init("first here", at: .init(file: "n.dl", line: 1, column: 1)), .init("no place")])
        #expect(diagnostic.rendered(source: source) == """
            n.dl:2:1: error: twice
                2 | b
                  | ^
            n.dl:1:1: note: first here
                1 | a
                  | ^
            note: no place
            """)
        #expect(Diagnostic.error("e", at: .init(file: "n.dl", line: 9, column: 1)).rendered(source: source) == "n.dl:9:1: error: e")
    }

    @Test func listsSortAndCount() {
        let second = Diagnostic.warning("second", at: .init(file: "a.dl", line: 2, column: 1))
        let first = Diagnostic.error("first", at: .init(file: "a.dl", line: 1, column: 5))
        let list = DiagnosticList([second, first], sources: [:])
        #expect(list.diagnostics == [first, second])
        #expect(list.summary == "1 error, 1 warning")
        #expect(list.description == "a.dl:1:5: error: first\na.dl:2:1: warning: second\n1 error, 1 warning")
        #expect(DiagnosticList().summary == "no errors")
    }

    @Test func suggestionsAreCloseNamesOnly() {
        #expect(Suggestions.closest(to: "inhibit", among: ["inhibits", "path", "edge"]) == "inhibits")
        #expect(Suggestions.closest(to: "inhbiits", among: ["inhibits", "path"]) == "inhibits")
        #expect(Suggestions.closest(to: "resistence", among: ["resistance_marker", "edge"]) == nil)
        #expect(Suggestions.closest(to: "x", among: ["y", "zz"]) == "y")
        #expect(Suggestions.closest(to: "abc", among: ["xyz"]) == nil)
        #expect(Suggestions.editDistance("kitten", "sitting", limit: 5) == 3)
    }
}
