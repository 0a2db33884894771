import Foundation
import Testing
@testable import KGCommandLine

/// End-to-end: the real readers and extractor on a copy of a small fixture
/// corpus (`Tests/Golden/store/corpus/`: a Markdown page, an HTML page and a
/// text page in which nothing is recognised), whole outputs compared with
/// the golden files beside it (the temporary root written `$ROOT`). Run
/// with `KG_UPDATE_GOLDEN=1` to rewrite them after a deliberate change (of
/// the extractor, too).
@Suite struct BuildGoldenTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let goldenFolder = packageRoot + "/Tests/Golden/store"

    /// A temporary copy of a corpus (the fixture, or the seeds of `Corpus/`),
    /// so that the store lands beside it.
    func copyRun(of corpus: String = goldenFolder + "/corpus") throws -> CommandRun {
        let run = try CommandRun(pages: [:])
        try FileManager.default.createDirectory(atPath: run.root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: corpus, toPath: run.corpus)
        return run
    }

    func expectGolden(_ actual: String, root: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = actual.replacingOccurrences(of: root, with: "$ROOT")
        let path = Self.goldenFolder + "/" + file
        if ProcessInfo.processInfo.environment["KG_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: Self.goldenFolder, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        guard let golden = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no golden file \(path); run the tests with KG_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == golden, "differs from \(path)", sourceLocation: sourceLocation)
    }

    @Test func buildSummary() throws {
        let run = try copyRun()
        #expect(run.kg(["build", run.corpus], real: true) == 0)
        try expectGolden(run.stdout, root: run.root, file: "build.txt")
    }

    @Test func stats() throws {
        let run = try copyRun()
        #expect(run.kg(["stats", run.corpus], real: true) == 0)
        try expectGolden(run.stdout, root: run.root, file: "stats.txt")
        run.clear()
        #expect(run.kg(["stats", "--format", "json", run.corpus], real: true) == 0)
        try expectGolden(run.stdout, root: run.root, file: "stats.json")
    }

    @Test func facts() throws {
        let run = try copyRun()
        #expect(run.kg(["facts", run.corpus], real: true) == 0)
        let header = "subject\tsubject_kind\trelation\tobject\tobject_kind\tattributes\tdoc\tline\tevidence"
        #expect(run.stdout.split(separator: "\n").first.map(String.init) == header)
        #expect(run.stdout.split(separator: "\n").count > 1)
        #expect(run.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 9 })
        try expectGolden(run.stdout, root: run.root, file: "facts.tsv")
        run.clear()
        #expect(run.kg(["facts", "--format", "json", "--relation", "confers_resistance_to", run.corpus], real: true) == 0)
        try expectGolden(run.stdout, root: run.root, file: "facts-resistance.json")
    }

    @Test func theSameStoreServesASecondCommandWithoutRereading() throws {
        let run = try copyRun(of: Self.packageRoot + "/Corpus")
        #expect(run.kg(["facts", run.corpus], real: true) == 0)
        let first = run.stdout
        run.clear()
        #expect(run.kg(["facts", run.corpus], real: true) == 0)
        #expect(run.stdout == first)
        #expect(run.stderr.isEmpty)
    }
}
