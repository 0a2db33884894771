import Foundation
import KGDocuments
import KGExtraction
import KGGraph
import Testing
@testable import KGBuild

/// The store keeps exactly what extraction gave: the seeds read, extracted
/// and merged in memory equal the graph loaded back from the store.
@Suite struct StoredGraphTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/Corpus"

    @Test func theStoredGraphEqualsTheGraphExtractedInMemory() throws {
        let pages = try CorpusDiscovery.discover([Self.corpus]).pages
        let extractor = Extractor(lexicon: try Lexicon.load(extraDirectories: []))
        var expected = KnowledgeGraph()
        for page in pages {
            expected.merge(extractor.extract(try DocumentLoader().load(path: page)).graph)
        }
        let database = NSTemporaryDirectory() + "kg-stored-graph-" + UUID().uuidString + "/graph.sqlite"
        let builder = GraphBuilder(BuildConfiguration(corpus: [Self.corpus], databasePath: database), reader: .documents)
        let (graph, report) = try builder.openGraph()
        #expect(report.reread.count == pages.count)
        #expect(!graph.edges.isEmpty)
        #expect(graph == expected)
        #expect(FactsTable(graph: graph).tsv() == FactsTable(graph: expected).tsv())
    }
}
