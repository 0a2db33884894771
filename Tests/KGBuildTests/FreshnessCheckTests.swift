import Foundation
import Testing
import KGStore
@testable import KGBuild

/// Checking that a stored graph is fresh (what `kg query` does before every
/// answer) must stay cheap without weakening what it catches.
@Suite struct FreshnessCheckTests {
    let pages = [
        "a.md": "# Clofarabine\nClofarabine is activated by dCK.\n",
        "b.txt": "Resistance can arise from decreased dCK activity.\n",
    ]

    func badLexicon(in fixture: BuildFixture) throws -> String {
        let lexicon = fixture.root + "/bad-lexicon"
        try FileManager.default.createDirectory(atPath: lexicon, withIntermediateDirectories: true)
        try "@kind Nonsense\nx\n".write(toFile: lexicon + "/extra.txt", atomically: true, encoding: .utf8)
        return lexicon
    }

    @Test func aFreshStoreIsCheckedWithoutLoadingTheLexicon() throws {
        let fixture = try BuildFixture(pages: pages)
        let first = try fixture.builder().build()
        #expect(first.timings.lexicon > 0)
        _ = fixture.takeReads()
        let (graph, report) = try fixture.builder().openGraph()
        #expect(report.timings.lexicon == 0)
        #expect(report.reread.isEmpty && report.unchanged == 2)
        #expect(fixture.takeReads().isEmpty)
        #expect(graph == (try GraphStore.open(at: fixture.database, creating: false).loadGraph()))
    }

    @Test func aChangedPageStillLoadsTheLexiconAndIsReRead() throws {
        let fixture = try BuildFixture(pages: pages)
        _ = try fixture.builder().build()
        try fixture.write("b.txt", "Venetoclax inhibits BCL2.\n")
        _ = fixture.takeReads()
        let (_, report) = try fixture.builder().openGraph()
        #expect(report.timings.lexicon > 0)
        #expect(report.reread == [fixture.corpus + "/b.txt"])
    }

    @Test func aLexiconErrorCreatesNoStore() throws {
        let fixture = try BuildFixture(pages: pages)
        let lexicon = try badLexicon(in: fixture)
        #expect(throws: BuildError.self) { try fixture.builder(lexicon: [lexicon]).openGraph() }
        #expect(!FileManager.default.fileExists(atPath: fixture.database))
        #expect(fixture.takeReads().isEmpty)
    }

    @Test func aLexiconErrorIsReportedEvenWhenThereIsNoPageToRead() throws {
        let fixture = try BuildFixture(pages: ["a.md": "# Clofarabine\n"])
        _ = try fixture.builder().build()
        try fixture.remove("a.md")
        let lexicon = try badLexicon(in: fixture)
        #expect { try fixture.builder(lexicon: [lexicon]).build() } throws: { error in
            guard case .lexicon(let lexiconError)? = error as? BuildError else { return false }
            return lexiconError.file.hasSuffix("bad-lexicon/extra.txt")
        }
    }
}
