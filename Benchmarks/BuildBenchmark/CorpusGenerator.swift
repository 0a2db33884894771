import Foundation

/// Writes a corpus of variants of the seed pages: in each variant, the drug
/// and gene names of the lexicon that occur in the seed are swapped for
/// other names of the same lexicon, rotating with the page's number, so
/// that pages differ as real pages about other drugs do.
struct CorpusGenerator {
    /// A seed page cut at the lexicon names it contains: literal text and
    /// slots, each slot one of the names found (filled per variant).
    struct Seed {
        enum Piece {
            case text(String)
            case slot(Int)
        }

        var name: String
        var fileExtension: String
        var pieces: [Piece]
        /// The names found, longest first, with their kind.
        var found: [(name: String, isDrug: Bool)]
    }

    let seeds: [Seed]
    let drugs: [String]
    let genes: [String]

    init(seedFolder: String, names lexicon: LexiconNames) throws {
        self.drugs = lexicon.drugs
        self.genes = lexicon.genes
        let files = try FileManager.default.contentsOfDirectory(atPath: seedFolder).filter { !$0.hasPrefix(".") }.sorted()
        let candidates = Set(lexicon.drugNames).map { ($0, true) } + Set(lexicon.geneNames).map { ($0, false) }
        seeds = try files.map { file in
            let text = try String(contentsOfFile: seedFolder + "/" + file, encoding: .utf8)
            let found = candidates
                .filter { $0.0.count >= 3 && text.range(of: $0.0, options: [.caseInsensitive]) != nil }
                .sorted { ($0.0.count, $0.0) > ($1.0.count, $1.0) }
                .map { (name: $0.0, isDrug: $0.1) }
            let url = URL(fileURLWithPath: file)
            return Seed(name: url.deletingPathExtension().lastPathComponent, fileExtension: url.pathExtension,
                        pieces: Self.cut(text, at: found.map(\.name)), found: found)
        }
    }

    /// Splits `text` at every occurrence of the names (longest first, so a
    /// longer name wins over a shorter one inside it).
    private static func cut(_ text: String, at names: [String]) -> [Seed.Piece] {
        var pieces: [Seed.Piece] = [.text(text)]
        for (index, name) in names.enumerated() {
            pieces = pieces.flatMap { piece -> [Seed.Piece] in
                guard case .text(let literal) = piece else { return [piece] }
                var out: [Seed.Piece] = []
                var rest = literal[...]
                while let range = rest.range(of: name, options: [.caseInsensitive]) {
                    out.append(.text(String(rest[..<range.lowerBound])))
                    out.append(.slot(index))
                    rest = rest[range.upperBound...]
                }
                out.append(.text(String(rest)))
                return out
            }
        }
        return pieces
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
        let replacements = seed.found.enumerated().map { position, entry -> String in
            let pool = entry.isDrug ? drugs : genes
            return pool.isEmpty ? entry.name : pool[(number / seeds.count + position * 7) % pool.count]
        }
        var text = ""
        for piece in seed.pieces {
            switch piece {
            case .text(let literal): text += literal
            case .slot(let index): text += replacements[index]
            }
        }
        return text
    }
}
