import Foundation
import Testing
@testable import KGCommandLine

/// End-to-end: the real readers and extractor on a copy of the bundled
/// corpus, whole outputs compared with the golden files in
/// `Tests/Golden/store/` (the temporary root written `$ROOT`). Run with
/// `KG_UPDATE_GOLDEN=1` to rewrite them after a deliberate change.
@Suite struct BuildGoldenTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let goldenFolder = packageRoot + "/Tests/Golden/store"

    /// A temporary copy of `Corpus/` (the seeds), so the store lands beside it.
    func seedRun() throws -> CommandRun {
        let run = try CommandRun(pages: [:])
        try FileManager.default.createDirectory(atPath: run.root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.packageRoot + "/Corpus", toPath: run.corpus)
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

    @Test func buildSummaryOfTheSeeds() throws {
        let run = try seedRun()
        #expect(run.kg(["build", run.corpus], real: true) == 0)
        try expectGolden(run.stdout, root: run.root, file: "build-seeds.txt")
    }

    @Test func statsOfTheSeeds() throws {
        let run = try seedRun()
        #expect(run.kg(["stats", run.corpus], real: true) == 0)
        try expectGolden(run.stdout, root: run.root, file: "stats-seeds.txt")
        run.clear()
        #expect(run.kg(["stats", "--format", "json", run.corpus], real: true) == 0)
        try expectGolden(run.stdout, root: run.root, file: "stats-seeds.json")
    }

    @Test func factsOfTheSeeds() throws {
        let run = try seedRun()
        #expect(run.kg(["facts", run.corpus], real: true) == 0)
        let header = "subject\tsubject_kind\trelation\tobject\tobject_kind\tattributes\tdoc\tline\tevidence"
        #expect(run.stdout.split(separator: "\n").first.map(String.init) == header)
        #expect(run.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 9 })
        try expectGolden(run.stdout, root: run.root, file: "facts-seeds.tsv")
    }

    @Test func theSameStoreServesASecondCommandWithoutRereading() throws {
        let run = try seedRun()
        #expect(run.kg(["facts", run.corpus], real: true) == 0)
        let first = run.stdout
        run.clear()
        #expect(run.kg(["facts", run.corpus], real: true) == 0)
        #expect(run.stdout == first)
        #expect(run.stderr.isEmpty)
    }
}
