import Foundation
import KGGraph
import Testing
@testable import KGExport

@Suite struct DOTWriterTests {
    let graph = SampleGraph.make()

    @Test func everyNodeAndEdgeIsDrawnStyledByKind() {
        let dot = DOTWriter().render(graph)
        #expect(dot.hasPrefix("digraph kg {"))
        #expect(dot.contains(#""ResistanceMechanism:DCK down" [label="DCK down\nResistanceMechanism", shape=diamond"#))
        #expect(dot.contains(#""Drug:clofarabine" [label="clofarabine\nDrug", shape=box"#))
        #expect(dot.components(separatedBy: " -> ").count - 1 == graph.edges.count)
        #expect(dot.contains(#"[label="ACTIVATED_BY ×3""#))
        #expect(dot.contains("style=dashed"), "a derived fact is dashed")
        #expect(dot.contains(##"[label="NOT_INHIBITS", color="#cc0000""##))
    }

    @Test func quotesAndBackslashesAreEscaped() {
        #expect(DOTWriter.quote(#"IC50 < "low" \ x"#) == #""IC50 < \"low\" \\ x""#)
        #expect(DOTWriter.quote("a\nb\tc") == #""a\nb c""#)
    }

    @Test func focusNodesAreHighlighted() {
        let dot = DOTWriter(focus: [SampleGraph.clofarabine]).render(graph)
        let line = dot.split(separator: "\n").first { $0.contains(#""Drug:clofarabine" ["#) }
        #expect(line?.contains("penwidth=3") == true)
        #expect(dot.components(separatedBy: "penwidth=3").count == 2)
    }

    @Test(.enabled(if: Paths.executable("dot") != nil)) func graphvizRendersIt() throws {
        let directory = try Paths.scratchDirectory()
        let path = directory.appendingPathComponent("graph.dot").path
        try AtomicFile.write(DOTWriter(focus: [SampleGraph.clofarabine]).render(graph), to: path)
        let result = try Paths.run(Paths.executable("dot")!, ["-Tsvg", path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty, "\(result.error)")
        #expect(result.output.contains("<svg"))
    }
}
