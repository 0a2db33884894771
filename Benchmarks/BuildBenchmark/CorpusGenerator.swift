import Foundation

/// Writes a corpus of variants of the seed pages: in each variant, the drug
/// and gene names of the lexicon that occur in the seed are swapped for
/// other names of the same lexicon, rotating with the page's number, so
/// that pages differ as real pages about other drugs do.
struct CorpusGenerator {
    struct Seed {
        var name: String
        var fileExtension: String
        var text: String
        /// Lexicon names found in the seed, longest first, with their kind.
        var found: [(name: String, isDrug: Bool)]
    }

    let seeds: [Seed]
    let drugs: [String]
    let genes: [String]

    init(seedFolder: String, names lexicon: LexiconNames) throws {
        self.drugs = lexicon.drugs
        self.genes = lexicon.genes
        let names = try FileManager.default.contentsOfDirectory(atPath: seedFolder).filter { !$0.hasPrefix(".") }.sorted()
        seeds = try names.map { name in
            let text = try String(contentsOfFile: seedFolder + "/" + name, encoding: .utf8)
            let candidates = Set(lexicon.drugNames).map { ($0, true) } + Set(lexicon.geneNames).map { ($0, false) }
            let found = candidates
                .filter { $0.0.count >= 3 && Self.containsWord($0.0, in: text) }
                .sorted { ($0.0.count, $0.0) > ($1.0.count, $1.0) }
                .map { (name: $0.0, isDrug: $0.1) }
            let url = URL(fileURLWithPath: name)
            return Seed(name: url.deletingPathExtension().lastPathComponent, fileExtension: url.pathExtension, text: text, found: found)
        }
    }

    /// Writes `count` pages into `folder`; returns their paths and total bytes.
    func write(count: Int, into folder: String) throws -> (paths: [String], bytes: Int) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        var bytes = 0
        for index in 0..<count {
            let seed = seeds[index % seeds.count]
            let text = variant(of: seed, number: index)
            let path = folder + "/\(String(format: "%05d", index))-\(seed.name).\(seed.fileExtension)"
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            paths.append(path)
            bytes += text.utf8.count
        }
        return (paths, bytes)
    }

    func variant(of seed: Seed, number: Int) -> String {
        var text = seed.text
        for (position, entry) in seed.found.enumerated() {
            let pool = entry.isDrug ? drugs : genes
            guard !pool.isEmpty else { continue }
            let replacement = pool[(number / seeds.count + position * 7) % pool.count]
            text = text.replacingOccurrences(of: entry.name, with: replacement, options: [.caseInsensitive])
        }
        return text
    }

    private static func containsWord(_ name: String, in text: String) -> Bool {
        guard let range = text.range(of: name, options: [.caseInsensitive]) else { return false }
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
        return !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
    }
}
