import Foundation
import KGDocuments
@testable import KGBuild

/// Temporary corpora and a page reader that counts its reads (and fails
/// for the paths it is told to), standing in for the documents stage.
final class BuildFixture: @unchecked Sendable {
    let root: String
    private let lock = NSLock()
    private var reads: [String] = []
    private var failing: Set<String> = []

    init(pages: [String: String]) throws {
        root = NSTemporaryDirectory() + "kg-build-tests-" + UUID().uuidString
        for (name, text) in pages { try write(name, text) }
    }

    var corpus: String { root + "/Corpus" }
    var database: String { root + "/.kg/graph.sqlite" }

    func write(_ name: String, _ text: String) throws {
        let path = corpus + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func remove(_ name: String) throws { try FileManager.default.removeItem(atPath: corpus + "/" + name) }

    func failReading(_ path: String) { lock.withLock { _ = failing.insert(path) } }

    /// The paths read since the last call, sorted.
    func takeReads() -> [String] { lock.withLock { defer { reads = [] }; return reads.sorted() } }

    var reader: PageReader {
        PageReader { [self] path in
            try lock.withLock {
                reads.append(path)
                if failing.contains(path) { throw ReadFailure(path: path) }
            }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let blocks = text.split(separator: "\n").enumerated().map { index, line in
                let span = SourceSpan(line: index + 1, column: 1, bytes: 0..<line.utf8.count)
                return Block(kind: .paragraph, text: String(line), sectionPath: [], span: span,
                             sentences: [Sentence(text: String(line), span: span)])
            }
            return Document(path: path, format: .text, title: nil, frontMatter: [], blocks: blocks, warnings: [])
        }
    }

    func builder(version: String = "test-1", lexicon: [String] = []) -> GraphBuilder {
        GraphBuilder(BuildConfiguration(corpus: [corpus], databasePath: database, lexiconDirectories: lexicon),
                     reader: reader, extractorVersion: version)
    }

    struct ReadFailure: Error, CustomStringConvertible {
        var path: String
        var description: String { "invalid UTF-8 at line 3 column 7" }
    }
}
