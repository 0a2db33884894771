import KGExtraction
import KGGraph

/// Drug and gene names from the bundled lexicon (the `Lexicon` API), to
/// find in the seed pages (every name of an entry) and to swap in
/// (canonical ids).
struct LexiconNames {
    /// Every name of every drug entry, and of every gene entry.
    var drugNames: [String] = []
    var geneNames: [String] = []
    /// Canonical ids: what replaces a name found in a seed.
    var drugs: [String] = []
    var genes: [String] = []

    static func load() throws -> LexiconNames {
        let lexicon = try Lexicon.load(extraDirectories: [])
        var names = LexiconNames()
        for entry in lexicon.entries(of: .drug) {
            names.drugs.append(entry.canonical)
            names.drugNames.append(contentsOf: [entry.canonical] + entry.names.map(\.text))
        }
        for entry in lexicon.entries(of: .gene) {
            names.genes.append(entry.canonical)
            names.geneNames.append(contentsOf: [entry.canonical] + entry.names.map(\.text))
        }
        return names
    }
}
