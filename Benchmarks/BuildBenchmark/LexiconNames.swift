import Foundation

/// Drug and gene names read from the lexicon's data files
/// (`Sources/KGExtraction/Lexicon/`), to swap into the generated pages.
struct LexiconNames {
    var drugs: [String] = []
    var genes: [String] = []

    static func load(sourceRoot: String) -> LexiconNames {
        // Filled in once the lexicon's format is committed (branch `extraction`).
        LexiconNames()
    }
}
