import Testing
@testable import KGDocuments

@Suite struct DocumentWarningTests {
    @Test func printsPathLineColumn() {
        let warning = DocumentWarning(path: "Corpus/a.md", line: 4, column: 1, message: "unterminated front matter")
        #expect(warning.description == "Corpus/a.md:4:1: warning: unterminated front matter")
    }
}
