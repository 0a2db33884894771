import Foundation
import TestSupport
import KGDocuments
import KGGraph
import Testing
@testable import KGExtraction

/// The quality measure, kept in the suite: the four Corpus pages are
/// read and extracted, the facts table is scored against the shared gold
/// standard by `shared/tools/score_facts.py`, and recall and precision must
/// reach the thresholds below.
@Suite struct SeedQualityTests {
    /// The package root, from this file's path (Tests/KGExtractionTests/…).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `shared/` beside the package (as CI clones it).
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let sharedPresent = FileManager.default.fileExists(atPath: shared.appendingPathComponent("tools/score_facts.py").path)
        && FileManager.default.fileExists(atPath: shared.appendingPathComponent("gold/seeds.tsv").path)

    static let minimumRecall = 0.85
    static let minimumPrecision = 0.90

    /// The Corpus pages' facts table, with `doc` relative to the package root.
    static func corpusFacts() throws -> FactsTable {
        let extractor = Extractor(lexicon: try Lexicon.load(extraDirectories: []))
        var graph = KnowledgeGraph()
        let corpus = packageRoot.appendingPathComponent("Corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() {
            var document = try DocumentLoader().load(path: corpus.appendingPathComponent(name).path)
            document.path = "Corpus/" + name
            graph.merge(extractor.extract(document).graph)
        }
        // As `kg facts` prints it: without the edges that only restate a combination's members.
        return FactsTable(graph: graph, includeMembership: false)
    }

    @Test(.enabled(if: sharedPresent, "needs ../shared (gold facts and score_facts.py) beside the package"))
    func seedFactsReachRecallAndPrecision() throws {
        let table = try Self.corpusFacts()
        let prediction = FileManager.default.temporaryDirectory.appendingPathComponent("kg-seed-facts-\(UUID().uuidString).tsv")
        try table.tsv().write(to: prediction, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: prediction) }

        let output = try ChildProcess.run("/usr/bin/env", [
            "python3", Self.shared.appendingPathComponent("tools/score_facts.py").path,
            "--gold", Self.shared.appendingPathComponent("gold/seeds.tsv").path,
            "--gold-docs", Self.shared.appendingPathComponent("seeds").path,
            "--pred", prediction.path, "--pred-root", Self.packageRoot.path, "--show-misses"]).output
        if ProcessInfo.processInfo.environment["KG_SHOW_SCORE"] != nil { print(output) }
        if let dump = ProcessInfo.processInfo.environment["KG_DUMP_FACTS"] { try table.tsv().write(toFile: dump, atomically: true, encoding: .utf8) }

        let overall = try #require(output.split(separator: "\n").last { $0.hasPrefix("overall:") }, "scorer printed no overall line: \(output)")
        let figures = overall.split(separator: " ").compactMap { Double($0) }
        try #require(figures.count == 2, "cannot read \(overall)")
        #expect(figures[0] >= Self.minimumRecall, "recall \(figures[0]) below \(Self.minimumRecall): \(overall)")
        #expect(figures[1] >= Self.minimumPrecision, "precision \(figures[1]) below \(Self.minimumPrecision): \(overall)")
    }
}
