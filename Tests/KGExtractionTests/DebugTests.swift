import KGDocuments
import Testing
import Foundation
@testable import KGExtraction

@Suite struct DebugTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KG_DEBUG_TEXT"] != nil, "debugging aid"))
    func debugUnits() {
        let text = ProcessInfo.processInfo.environment["KG_DEBUG_TEXT"] ?? ""
        if text.hasPrefix("fixture:") {
            let (_, graph) = try! FixturePageTests.extract(String(text.dropFirst(8)))
            for edge in graph.sortedEdges where edge.relation != "HAS_COMPONENT" { print("FACT", edge.subject.id, "|", edge.relation, "|", edge.object.id, edge.attributes.isEmpty ? "" : "\(edge.attributes)") }
            #expect(graph.edges.values.allSatisfy { !$0.evidence.isEmpty })
            return
        }
        let page = PageReader(lexicon: RecognizerTests.lexicon, document: PageBuilder.document(text.components(separatedBy: "\n"))).read()
        for unit in page.units {
            print("UNIT", unit.text, "body", unit.bodyStart, "ctx", unit.context)
            print("  tokens", unit.tokens.map(\.key))
            print("  mentions", unit.mentions.map { "\($0.kind.rawValue):\($0.id)@\($0.first)-\($0.end)" })
            print("  clauses", Cues.clauses(unit))
            print("  cues", unit.tokens.indices.compactMap { VerbCue.at($0, in: unit.tokens) }.map { "\($0.relation)@\($0.index)" })
        }
        let graph = Extractor(lexicon: RecognizerTests.lexicon).extract(PageBuilder.document(text.components(separatedBy: "\n"))).graph
        for edge in graph.sortedEdges { print("FACT", edge.subject.id, edge.relation, edge.object.id, edge.attributes, edge.evidence.map(\.rule)) }
        // Every fact keeps the evidence it was read from.
        #expect(graph.edges.values.allSatisfy { !$0.evidence.isEmpty })
    }
}
