import Foundation
import Testing
@testable import KGBuild

@Suite struct CorpusDiscoveryTests {
    @Test func foldersAreWalkedSkippingHiddenFilesAndTheStoreFolder() throws {
        let fixture = try BuildFixture(pages: [
            "a.md": "a", "b.HTML": "b", "notes": "n", "deep/er/c.txt": "c", ".hidden.md": "h",
            ".kg/graph.sqlite": "s", "logo.png": "p", "deep/.git/config": "g",
        ])
        let found = try CorpusDiscovery.discover([fixture.corpus + "/"])
        let prefix = fixture.corpus + "/"
        #expect(found.pages == ["a.md", "b.HTML", "deep/er/c.txt", "notes"].map { prefix + $0 })
        #expect(found.skipped == [prefix + "logo.png"])
    }

    @Test func pathsStayAsGivenWithoutDotsAndDoubleSlashes() {
        #expect(CorpusDiscovery.normalise("./Corpus//a.md") == "Corpus/a.md")
        #expect(CorpusDiscovery.normalise("Corpus/./a.md") == "Corpus/a.md")
        #expect(CorpusDiscovery.normalise("/tmp//x/") == "/tmp/x")
        #expect(CorpusDiscovery.displayFolder("Corpus/") == "Corpus/")
        #expect(CorpusDiscovery.displayFolder(".") == "")
        #expect(CorpusDiscovery.displayFolder("./") == "")
    }

    @Test func aFileGivenTwiceIsOnePage() throws {
        let fixture = try BuildFixture(pages: ["a.md": "a", "b.md": "b"])
        let found = try CorpusDiscovery.discover([fixture.corpus, fixture.corpus + "/a.md", fixture.corpus + "/./a.md"])
        #expect(found.pages == [fixture.corpus + "/a.md", fixture.corpus + "/b.md"])
    }

    @Test func theStoreGoesBesideTheCorpus() throws {
        let fixture = try BuildFixture(pages: ["a.md": "a"])
        #expect(StoreLocation.defaultPath(corpus: [fixture.corpus]) == fixture.root + "/.kg/graph.sqlite")
        #expect(StoreLocation.defaultPath(corpus: [fixture.corpus + "/a.md"]) == fixture.root + "/.kg/graph.sqlite")
        #expect(StoreLocation.defaultPath(corpus: ["Corpus/"]) == ".kg/graph.sqlite")
        #expect(StoreLocation.defaultPath(corpus: ["."]) == ".kg/graph.sqlite")
    }
}
