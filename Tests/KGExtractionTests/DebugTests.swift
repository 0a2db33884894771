import KGDocuments
#if canImport(Glibc)
import Glibc
#endif
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

extension DebugTests {
    /// `KG_MEASURE=1 swift test [-c release] --filter measureThroughput` prints extraction speed on the Corpus pages
    /// (a debugging aid; the speed target is measured by the build benchmark, not asserted here).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KG_MEASURE"] != nil, "measurement aid: set KG_MEASURE"))
    func measureThroughput() throws {
        let corpus = SeedQualityTests.packageRoot.appendingPathComponent("Corpus")
        var documents: [KGDocuments.Document] = []
        var bytes = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() {
            let path = corpus.appendingPathComponent(name).path
            documents.append(try DocumentLoader().load(path: path))
            bytes += try Data(contentsOf: URL(fileURLWithPath: path)).count
        }
        let extractor = Extractor(lexicon: RecognizerTests.lexicon)
        let rounds = 20
        let cpuStart = clock()
        let start = Date()
        var edges = 0
        for _ in 0..<rounds { for document in documents { edges += extractor.extract(document).graph.edges.count } }
        let seconds = Date().timeIntervalSince(start)
        let cpu = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
        print(String(format: "MEASURE extraction: %.2f MB in %.2f s wall = %.2f MB/s; %.2f s CPU = %.2f MB/s CPU (%d edges)",
                     Double(bytes * rounds) / 1e6, seconds, Double(bytes * rounds) / 1e6 / seconds, cpu, Double(bytes * rounds) / 1e6 / cpu, edges))
        let readStart = clock()
        for _ in 0..<rounds { for document in documents { _ = PageReader(lexicon: extractor.lexicon, document: document).read() } }
        print(String(format: "MEASURE page pass only: %.2f s CPU", Double(clock() - readStart) / Double(CLOCKS_PER_SEC)))
        let tokenStart = clock()
        var tokenCount = 0
        for _ in 0..<rounds { for document in documents { for block in document.blocks { for sentence in block.sentences { tokenCount += Tokenizer.tokens(sentence.text).count } } } }
        print(String(format: "MEASURE tokenizer only: %.2f s CPU for %d tokens", Double(clock() - tokenStart) / Double(CLOCKS_PER_SEC), tokenCount))
        let recognizerStart = clock()
        let recognizer = Recognizer(lexicon: extractor.lexicon)
        var mentionCount = 0
        for _ in 0..<rounds { for document in documents { for block in document.blocks { for sentence in block.sentences { mentionCount += recognizer.mentions(in: Tokenizer.tokens(sentence.text)).count } } } }
        print(String(format: "MEASURE tokenizer+recognizer: %.2f s CPU for %d mentions", Double(clock() - recognizerStart) / Double(CLOCKS_PER_SEC), mentionCount))
        let cueStart = clock()
        var cueCount = 0
        for _ in 0..<rounds { for document in documents { for block in document.blocks { for sentence in block.sentences {
            let tokens = Tokenizer.tokens(sentence.text)
            cueCount += tokens.indices.compactMap { VerbCue.at($0, in: tokens) }.count } } } }
        print(String(format: "MEASURE tokenizer+cues: %.2f s CPU for %d cues", Double(clock() - cueStart) / Double(CLOCKS_PER_SEC), cueCount))
        let hugeText = String(repeating: "venetoclax inhibits BCL2 and induces apoptosis in AML with Mcl-1 upregulation, ", count: 12_000)
        let huge = PageBuilder.document(["# Venetoclax", hugeText])
        let hugeStart = clock()
        let hugeEdges = extractor.extract(huge).graph.edges.count
        print(String(format: "MEASURE one unpunctuated sentence of %.1f MB: %.2f s CPU (%d edges)", Double(hugeText.utf8.count) / 1e6,
                     Double(clock() - hugeStart) / Double(CLOCKS_PER_SEC), hugeEdges))
        let loadStart = Date()
        for _ in 0..<5 { _ = try Lexicon.load(extraDirectories: []) }
        print(String(format: "MEASURE lexicon load: %.1f ms", Date().timeIntervalSince(loadStart) * 200))
        #expect(edges > 0)
    }
}
