import Foundation
import KGStore

/// The corpus a store was last built from, kept in its `meta` table, so
/// that `kg build --db g.sqlite ~/pages` followed by `kg facts --db
/// g.sqlite` checks `~/pages`, not `Corpus/`.
enum RememberedCorpus {
    static let key = "corpus"

    /// The corpus to build: as given; or, when none was given, the one
    /// `store` (the existing store, already open) remembers if all its paths
    /// still exist; else `Corpus/`.
    static func paths(for configuration: BuildConfiguration, store: GraphStore?) -> [String] {
        guard configuration.corpusIsDefault,
              let store,
              let text = try? store.meta(key)
        else { return configuration.corpus }
        let remembered = text.split(separator: "\n").map(String.init)
        guard !remembered.isEmpty, remembered.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else {
            return configuration.corpus
        }
        return remembered
    }

    static func text(_ paths: [String]) -> String { paths.joined(separator: "\n") }

    static func needsUpdate(_ paths: [String], in store: GraphStore) throws(BuildError) -> Bool {
        do {
            return try store.meta(key) != text(paths)
        } catch {
            throw .store(error)
        }
    }
}
