import Foundation
import Testing
@testable import KGDocuments

/// The build reads pages on several threads: one loader, many pages at once,
/// the same documents as one at a time (libxml2 included).
@Suite struct ConcurrentReadingTests {
    @Test func pagesReadInParallelEqualPagesReadInTurn() async throws {
        let loader = DocumentLoader()
        let html = try String(contentsOfFile: CorpusPaths.fixture("inspect-sample.html"), encoding: .utf8)
        var pages: [(String, [UInt8])] = []
        for name in ["clofarabine-benchchem.md", "clofarabine-clinic-page.txt", "clofarabine-drug-database.md", "clofarabine-monograph.md"] {
            pages.append((name, CorpusPaths.raw(CorpusPaths.corpus(name))))
        }
        for copy in 0..<8 { pages.append(("page\(copy).html", Array(html.utf8))) }
        let inTurn = pages.map { loader.read(bytes: $0.1, path: $0.0) }
        let inParallel = await withTaskGroup(of: (Int, Document).self) { group in
            for (index, page) in pages.enumerated() {
                group.addTask { (index, loader.read(bytes: page.1, path: page.0)) }
            }
            var documents = [Document?](repeating: nil, count: pages.count)
            for await (index, document) in group { documents[index] = document }
            return documents.compactMap { $0 }
        }
        #expect(inParallel == inTurn)
        #expect(inTurn.allSatisfy { !$0.blocks.isEmpty })
    }
}
