import KGGraph
import Testing
@testable import KGExport

@Suite struct FactsTSVWriterTests {
    let graph = SampleGraph.make()

    @Test func oneRowPerEdgeAndReadingUnderTheSpecHeader() {
        let rows = FactsTSVWriter().render(graph).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.first == "subject\tsubject_kind\trelation\tobject\tobject_kind\tattributes\tdoc\tline\tevidence")
        #expect(rows.count == 1 + graph.edges.values.map(\.evidence.count).reduce(0, +))
        for row in rows { #expect(row.split(separator: "\t", omittingEmptySubsequences: false).count == 9, "\(row)") }
    }

    @Test func valuesKeepTheirTextWithTabsAndNewlinesAsSpaces() {
        let rows = FactsTSVWriter().render(graph).split(separator: "\n").map(String.init)
        #expect(rows.contains("clofarabine\tDrug\tACTIVATED_BY\tDCK\tGene\t\tCorpus/clofarabine-clinic-page.txt\t40\tActivation needs dCK; then more."))
        #expect(rows.contains { $0.hasPrefix("clofarabine\tDrug\tHAS_IC50\tIC50 < 0.15 µM & \"low\"\tValue\tcell_line=CCRF-CEM; unit=µM\t") })
    }
}
