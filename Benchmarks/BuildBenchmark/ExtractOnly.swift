import Foundation
import KGBuild
import KGDocuments
import KGExtraction
import KGGraph

/// `kg-bench-build --extract-only [--pages N] [--rounds R] [--digest]`: the
/// extraction stage alone, for quick A/B comparisons of the extractor.
///
/// The generated pages are read into documents first (not timed), then
/// extracted `R` times (default 1); the figure is CPU seconds per round,
/// which the build's `extract` stage matches on an idle machine. With
/// `--digest` it also prints a checksum of every page's facts and evidence
/// (computed outside the timing), so that a change that should not change
/// behaviour can be checked on the whole generated corpus, not only on the
/// seeds.
enum ExtractOnly {
    static func run(paths: [String], bytes: Int, corpus: String, rounds: Int, digest: Bool) throws {
        let documents = try paths.map { try PageReader.documents.read($0) }
        let extractor = Extractor(lexicon: try Lexicon.load(extraDirectories: []))
        var facts = 0, evidence = 0
        // Paths name a fresh temporary folder: the digest sees them relative to it.
        var checksum = Checksum(folder: corpus)
        var best = Double.infinity, total = 0.0
        for round in 0..<max(rounds, 1) {
            let start = cpuSeconds()
            var results: [ExtractionResult] = []
            results.reserveCapacity(documents.count)
            for document in documents { results.append(extractor.extract(document)) }
            let seconds = cpuSeconds() - start
            best = min(best, seconds)
            total += seconds
            if round == 0 {
                for result in results {
                    facts += result.graph.edges.count
                    evidence += result.graph.edges.values.reduce(0) { $0 + $1.evidence.count }
                    if digest { checksum.add(result) }
                }
            }
        }
        let megabytes = Double(bytes) / 1e6
        print(String(format: "extract only: %d pages, %.1f MB: best %.2f s CPU (%.1f MB per CPU second), mean %.2f s over %d rounds",
                     documents.count, megabytes, best, megabytes / best, total / Double(max(rounds, 1)), max(rounds, 1)))
        print("  \(facts) facts, \(evidence) pieces of evidence" + (digest ? String(format: "; digest %016llx", checksum.value) : ""))
    }
}

/// FNV-1a over a canonical rendering of each page's graph and warnings:
/// stable across runs (unlike `Hasher`) and sensitive to any change in a
/// fact, an attribute, a node's names or a piece of evidence.
struct Checksum {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    let folder: String

    /// Where the rendering is also written, line by line, when the
    /// environment names a file in `KG_DIGEST_DUMP` (to find what differs).
    let dump: FileHandle?

    init(folder: String) {
        self.folder = folder
        let path = ProcessInfo.processInfo.environment["KG_DIGEST_DUMP"]
        if let path, FileManager.default.createFile(atPath: path, contents: nil) { dump = FileHandle(forWritingAtPath: path) } else { dump = nil }
    }

    mutating func add(_ text: String) {
        let text = text.replacingOccurrences(of: folder, with: "")
        dump?.write(Data((text + "\n").utf8))
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        add(byte: 0)
    }

    private mutating func add(byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x100_0000_01b3
    }

    mutating func add(_ result: ExtractionResult) {
        for node in result.graph.sortedNodes {
            add("\(node.id)|\(node.kind.rawValue)|\(node.names.sorted())|\(node.attributes.sorted(by: <))")
        }
        for edge in result.graph.sortedEdges {
            add("\(edge.subject.id)|\(edge.subject.kind.rawValue)|\(edge.relation)|\(edge.object.id)|\(edge.object.kind.rawValue)|\(edge.attributes.sorted(by: <))")
            // Sorted: the order of one edge's evidence follows hash order in
            // places (`AddressesRules.derive`) and differs from run to run.
            let pieces = edge.evidence.map { piece in
                "\(piece.document)|\(piece.line)|\(piece.bytes)|\(piece.sectionPath)|\(piece.blockKind)|\(piece.sentence)|\(piece.rule)|\(piece.confidence)|\(piece.hedged)|\(piece.negated)"
            }
            for piece in pieces.sorted() { add(piece) }
        }
        for warning in result.warnings { add("\(String(describing: warning.line))|\(String(describing: warning.column))|\(warning.message)") }
    }
}
