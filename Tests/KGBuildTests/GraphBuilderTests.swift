import Foundation
import Testing
import KGStore
@testable import KGBuild

@Suite struct GraphBuilderTests {
    let pages = [
        "a.md": "# Clofarabine\nClofarabine is activated by dCK.\n",
        "b.txt": "Resistance can arise from decreased dCK activity.\n",
        "sub/c.html": "<p>Venetoclax inhibits BCL2.</p>\n",
    ]

    @Test func aFirstBuildReadsEveryPageAndStoresThem() throws {
        let fixture = try BuildFixture(pages: pages)
        let report = try fixture.builder().build()
        let names = ["a.md", "b.txt", "sub/c.html"].map { fixture.corpus + "/" + $0 }
        #expect(report.pages == 3)
        #expect(report.reread == names)
        #expect(report.unchanged == 0)
        #expect(report.failures.isEmpty)
        #expect(fixture.takeReads() == names)
        let stored = try GraphStore.open(at: fixture.database, creating: false).pages()
        #expect(stored.map(\.path) == names)
        #expect(stored.first?.sha256 == SHA256.hexDigest(of: Array(pages["a.md"]!.utf8)))
        #expect(stored.allSatisfy { $0.extractorVersion == "test-1" })
    }

    @Test func aRebuildReReadsOnlyTheChangedAndNewPagesAndDropsRemovedOnes() throws {
        let fixture = try BuildFixture(pages: pages)
        _ = try fixture.builder().build()
        _ = fixture.takeReads()

        let unchanged = try fixture.builder().build()
        #expect(unchanged.reread.isEmpty && unchanged.unchanged == 3 && !unchanged.changedStore)
        #expect(fixture.takeReads().isEmpty)

        try fixture.write("b.txt", "Resistance can arise from upregulation of Mcl-1.\n")
        try fixture.write("d.md", "Cytarabine is a nucleoside analog.\n")
        try fixture.remove("sub/c.html")
        let report = try fixture.builder().build()
        #expect(fixture.takeReads() == [fixture.corpus + "/b.txt", fixture.corpus + "/d.md"])
        #expect(report.reread == [fixture.corpus + "/b.txt", fixture.corpus + "/d.md"])
        #expect(report.unchanged == 1)
        #expect(report.removed == [fixture.corpus + "/sub/c.html"])
        let stored = try GraphStore.open(at: fixture.database, creating: false).pages().map(\.path)
        #expect(stored == ["a.md", "b.txt", "d.md"].map { fixture.corpus + "/" + $0 })
    }

    @Test func aNewExtractorVersionReReadsEveryPage() throws {
        let fixture = try BuildFixture(pages: pages)
        _ = try fixture.builder(version: "test-1").build()
        _ = fixture.takeReads()
        let report = try fixture.builder(version: "test-2").build()
        #expect(report.reread.count == 3)
        #expect(fixture.takeReads().count == 3)
        #expect(report.rebuiltAllBecause == "the extractor changed (test-1 → test-2)")
        #expect(try GraphStore.open(at: fixture.database, creating: false).pages().allSatisfy { $0.extractorVersion == "test-2" })
    }

    @Test func aLexiconErrorStopsTheBuildBeforeTheStoreIsTouched() throws {
        let fixture = try BuildFixture(pages: pages)
        _ = try fixture.builder().build()
        let before = try GraphStore.open(at: fixture.database, creating: false).pages()
        let lexicon = fixture.root + "/my-lexicon"
        try FileManager.default.createDirectory(atPath: lexicon, withIntermediateDirectories: true)
        try "@kind Drug\nmydrug | brand: Mine\n@kind Nonsense\nx\n".write(toFile: lexicon + "/extra.txt", atomically: true, encoding: .utf8)
        try fixture.write("a.md", "# Changed\n")
        _ = fixture.takeReads()
        #expect {
            try fixture.builder(lexicon: [lexicon]).build()
        } throws: { error in
            guard case .lexicon(let lexiconError)? = error as? BuildError else { return false }
            return lexiconError.file.hasSuffix("my-lexicon/extra.txt") && lexiconError.line == 3
                && String(describing: error).hasSuffix("(the stored graph was not changed)")
        }
        #expect(fixture.takeReads().isEmpty)
        #expect(try GraphStore.open(at: fixture.database, creating: false).pages() == before)
    }

    @Test func editingTheExtraLexiconReReadsEveryPage() throws {
        let fixture = try BuildFixture(pages: pages)
        let lexicon = fixture.root + "/my-lexicon"
        try FileManager.default.createDirectory(atPath: lexicon, withIntermediateDirectories: true)
        try "@kind Drug\nmydrug | brand: Mine\n".write(toFile: lexicon + "/extra.txt", atomically: true, encoding: .utf8)
        _ = try fixture.builder(lexicon: [lexicon]).build()
        #expect(try fixture.builder(lexicon: [lexicon]).build().reread.isEmpty)
        try "@kind Drug\nmydrug | brand: Mine | brand: Yours\n".write(toFile: lexicon + "/extra.txt", atomically: true, encoding: .utf8)
        let report = try fixture.builder(lexicon: [lexicon]).build()
        #expect(report.reread.count == 3)
        #expect(report.rebuiltAllBecause?.hasPrefix("the extractor changed (test-1+lexicon.") == true)
    }

    @Test func aTouchedPageIsHashedNotReReadAndASettledPageIsNotHashed() throws {
        let fixture = try BuildFixture(pages: pages)
        let page = fixture.corpus + "/a.md"
        let old = Date(timeIntervalSinceNow: -3600)
        for name in ["a.md", "b.txt", "sub/c.html"] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: fixture.corpus + "/" + name)
        }
        _ = try fixture.builder().build()
        let settled = try GraphStore.open(at: fixture.database, creating: false).pages()
        #expect(settled.allSatisfy { $0.modified != 0 })
        // Same bytes, new time: hashed, found unchanged, its time updated.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: page)
        _ = fixture.takeReads()
        let touched = try fixture.builder().build()
        #expect(touched.reread.isEmpty && touched.unchanged == 3)
        let updated = try GraphStore.open(at: fixture.database, creating: false).pages().first { $0.path == page }
        #expect(updated?.modified != settled.first { $0.path == page }?.modified)
        // Just written: re-read, and stored with no trusted time.
        try fixture.write("a.md", "# New text\n")
        #expect(try fixture.builder().build().reread == [page])
        #expect(try GraphStore.open(at: fixture.database, creating: false).pages().first { $0.path == page }?.modified == 0)
    }

    @Test func aPageThatCannotBeReadIsNamedAndTheOthersAreStored() throws {
        let fixture = try BuildFixture(pages: pages)
        fixture.failReading(fixture.corpus + "/b.txt")
        let report = try fixture.builder().build()
        #expect(report.failures == [PageFailure(path: fixture.corpus + "/b.txt", message: "invalid UTF-8 at line 3 column 7")])
        #expect(report.summary.contains("\(fixture.corpus)/b.txt: error: invalid UTF-8 at line 3 column 7"))
        let stored = try GraphStore.open(at: fixture.database, creating: false).pages().map(\.path)
        #expect(stored == ["a.md", "sub/c.html"].map { fixture.corpus + "/" + $0 })
        // Not stored, so the next build tries it again (and reports it again).
        let again = try fixture.builder().build()
        #expect(again.failures.map(\.path) == [fixture.corpus + "/b.txt"])
        #expect(fixture.takeReads().filter { $0.hasSuffix("b.txt") }.count == 2)
    }

    @Test func aPageWithoutPermissionIsReportedBeforeReading() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let fixture = try BuildFixture(pages: pages)
        let locked = fixture.corpus + "/b.txt"
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked) }
        let report = try fixture.builder().build()
        #expect(report.failures == [PageFailure(path: locked, message: "cannot read the page: permission denied")])
        #expect(report.reread.count == 2)
    }

    @Test func aHugePageIsReportedWithoutBeingReadAndTheOthersAreStored() throws {
        let fixture = try BuildFixture(pages: pages)
        let huge = fixture.corpus + "/huge.txt"
        FileManager.default.createFile(atPath: huge, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 300 * 1_048_576)  // sparse: no disk used
        try handle.close()
        let report = try fixture.builder().build()
        #expect(report.failures == [PageFailure(path: huge, message: "too large to read (300 MB; the limit is 256 MB)")])
        #expect(report.reread.count == 3)
        #expect(!fixture.takeReads().contains(huge))
    }

    @Test func aMissingCorpusPathStopsTheBuildBeforeTheStoreIsTouched() throws {
        let fixture = try BuildFixture(pages: pages)
        let missing = fixture.root + "/Corpsu"
        let builder = GraphBuilder(BuildConfiguration(corpus: [fixture.corpus, missing], databasePath: fixture.database),
                                   reader: fixture.reader, extractorVersion: "test-1")
        #expect {
            try builder.build()
        } throws: { error in
            (error as? BuildError).map { String(describing: $0) } == "\(missing): error: no such file or folder (give the corpus's pages or folders, e.g. `kg build Corpus/`)"
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.database))
    }

    @Test func withoutACorpusTheStoreChecksTheCorpusItWasBuiltFrom() throws {
        let fixture = try BuildFixture(pages: pages)
        _ = try fixture.builder().build()
        try fixture.write("d.md", "New page.\n")
        let again = GraphBuilder(BuildConfiguration(databasePath: fixture.database), reader: fixture.reader, extractorVersion: "test-1")
        let report = try again.build()
        #expect(report.reread == [fixture.corpus + "/d.md"])
        #expect(report.unchanged == 3)
        #expect(report.note == nil)
    }

    @Test func withoutACorpusAndWithoutTheOldOneTheStoredGraphIsUsedAsItIs() throws {
        let fixture = try BuildFixture(pages: pages)
        _ = try fixture.builder().build()
        try FileManager.default.moveItem(atPath: fixture.corpus, toPath: fixture.root + "/Moved")
        let missingDefault = fixture.root + "/Corpus/"
        let again = GraphBuilder(BuildConfiguration(databasePath: fixture.database, defaultCorpus: [missingDefault]),
                                 reader: fixture.reader, extractorVersion: "test-1")
        let report = try again.build()
        #expect(report.note == "no corpus to check (\(missingDefault) is missing): the stored graph is used as it is")
        #expect(report.reread.isEmpty && report.removed.isEmpty && report.unchanged == 3)
        #expect(try GraphStore.open(at: fixture.database, creating: false).pages().count == 3)
        // Given explicitly, a missing corpus is an error.
        let explicit = GraphBuilder(BuildConfiguration(corpus: [fixture.corpus], databasePath: fixture.database), reader: fixture.reader)
        #expect(throws: BuildError.self) { try explicit.build() }
    }

    @Test func anInterruptedBuildLeavesThePreviousGraphWhole() throws {
        struct Stop: Error {}
        let fixture = try BuildFixture(pages: pages)
        _ = try fixture.builder(version: "test-1").build()
        let before = try GraphStore.open(at: fixture.database, creating: false).pages()
        #expect {
            try fixture.builder(version: "test-2").build { progress in
                if progress.done == 2 { throw Stop() }
            }
        } throws: { error in
            if case .interrupted? = error as? BuildError { return true }
            return false
        }
        #expect(try GraphStore.open(at: fixture.database, creating: false).pages() == before)
    }

    @Test func progressCountsThePagesToRead() throws {
        let fixture = try BuildFixture(pages: pages)
        let seen = Recorder()
        _ = try fixture.builder().build { progress in seen.append("\(progress.done)/\(progress.total)") }
        #expect(seen.values == ["0/3", "1/3", "2/3", "3/3"])
    }

    @Test func openGraphBuildsWhenTheStoreIsMissing() throws {
        let fixture = try BuildFixture(pages: pages)
        let (graph, report) = try fixture.builder().openGraph()
        #expect(report.reread.count == 3)
        #expect(graph == (try GraphStore.open(at: fixture.database, creating: false).loadGraph()))
        let (_, second) = try fixture.builder().openGraph()
        #expect(!second.changedStore)
    }
}

final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ value: String) { lock.withLock { stored.append(value) } }
    var values: [String] { lock.withLock { stored } }
}
