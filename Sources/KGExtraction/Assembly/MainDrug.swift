import KGDocuments
import KGGraph

/// The drug a page is about: named in its front-matter title, its title or
/// first heading, else the drug it names most often.
enum MainDrug {
    static func find(document: Document, units: [SentenceUnit], lexicon: Lexicon) -> Mention? {
        var titles: [String] = []
        if let title = document.frontMatter.first(where: { $0.key.lowercased() == "title" })?.value { titles.append(title) }
        if let title = document.title { titles.append(title) }
        if let heading = document.blocks.first(where: { if case .heading = $0.kind { return true } else { return false } }) {
            titles.append(heading.text)
        }
        let recognizer = Recognizer(lexicon: lexicon)
        for title in titles {
            if let drug = recognizer.mentions(in: Tokenizer.tokens(TextCleaner.clean(title))).first(where: { $0.kind == .drug }) {
                return drug
            }
        }
        var counts: [String: (Int, Mention)] = [:]
        for unit in units where !unit.isReference {
            for mention in unit.mentions where mention.kind == .drug {
                counts[mention.id] = ((counts[mention.id]?.0 ?? 0) + 1, counts[mention.id]?.1 ?? mention)
            }
        }
        guard let best = counts.values.max(by: { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1.id > $1.1.id) }), best.0 >= 2 else { return nil }
        return best.1
    }
}
