import Datalog
import Testing
@testable import KGQuery

@Suite struct ResultWriterTests {
    let result = QueryResult(title: "?- addresses(C, M)", relation: "addresses", columns: ["C", "M"],
                             rows: [[.symbol("clofarabine + cytarabine"), .symbol("DCK down")], [.symbol("x, \"y\""), .symbol("z")]])

    @Test func tableAlignsColumns() {
        #expect(ResultWriter(format: .table).render([result]) == """
            C                         M
            ------------------------  --------
            clofarabine + cytarabine  DCK down
            x, "y"                    z
            (2 answers)

            """)
    }

    @Test func tsvAndCSVHaveHeaders() {
        #expect(ResultWriter(format: .tsv).render([result]) == "C\tM\nclofarabine + cytarabine\tDCK down\nx, \"y\"\tz\n")
        #expect(ResultWriter(format: .csv).render([result]) == "C,M\nclofarabine + cytarabine,DCK down\n\"x, \"\"y\"\"\",z\n")
    }

    @Test func jsonRowsAreObjectsByColumnWithEvidence() {
        let source = Explanation.Source(document: "a.md", line: 3, sentence: "It works.", statement: "a ADDRESSES b")
        let text = ResultWriter(format: .json).render([(result, [ResultWriter.Row(values: result.rows[0], sources: [source])])])
        #expect(text.contains("\"C\" : \"clofarabine + cytarabine\""))
        #expect(text.contains("\"doc\" : \"a.md\""))
        #expect(text.contains("\"line\" : 3"))
    }

    @Test func evidenceGoesUnderEachAnswerInATable() {
        let source = Explanation.Source(document: "a.md", line: 3, sentence: "It\nworks.", statement: "a ADDRESSES b")
        let text = ResultWriter(format: .table).render([(result, [ResultWriter.Row(values: result.rows[0], sources: [source])])])
        #expect(text.contains("clofarabine + cytarabine  DCK down\n    a.md:3  It works.\n(1 answer)\n"))
        let tsv = ResultWriter(format: .tsv).render([(result, [ResultWriter.Row(values: result.rows[0], sources: [source])])])
        #expect(tsv == "C\tM\tdoc\tline\tfact\tsentence\nclofarabine + cytarabine\tDCK down\ta.md\t3\ta ADDRESSES b\tIt works.\n")
    }
}
