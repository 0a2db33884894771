import KGDocuments
import KGGraph

/// A name the lexicon gives two meanings (`MCL`: mantle cell lymphoma or
/// the gene MCL1) is resolved by the page's other, unambiguous mentions.
/// When the page supports both or neither, it is reported; when both, the
/// name is left unlinked rather than merged into one of them.
struct AmbiguityResolver {
    let lexicon: Lexicon
    let path: String

    func resolve(_ units: inout [SentenceUnit], warnings: inout [DocumentWarning]) {
        // Most pages name nothing ambiguous: then there is nothing to resolve.
        guard units.contains(where: { unit in unit.mentions.contains { !$0.alternatives.isEmpty } }) else { return }
        var supported: Set<NodeKey> = []
        for unit in units {
            for mention in unit.mentions where mention.alternatives.isEmpty { supported.insert(mention.key) }
        }
        var reported: Set<String> = []
        for unitIndex in units.indices where units[unitIndex].mentions.contains(where: { !$0.alternatives.isEmpty }) {
            var kept: [Mention] = []
            for var mention in units[unitIndex].mentions {
                guard !mention.alternatives.isEmpty else { kept.append(mention); continue }
                let backed = mention.alternatives.filter { supported.contains(NodeKey(id: $0.id, kind: $0.kind)) }
                let meanings = mention.alternatives.map { "\($0.id) (\($0.kind.rawValue))" }.joined(separator: " or ")
                let line = units[unitIndex].line
                if backed.count == 1 {
                    mention.kind = backed[0].kind
                    mention.id = backed[0].id
                    mention.alternatives = []
                    kept.append(mention)
                } else if backed.isEmpty {
                    if reported.insert(mention.surface).inserted {
                        warnings.append(DocumentWarning(path: path, line: line, message:
                            "'\(mention.surface)' could mean \(meanings); nothing else on the page decides, so the lexicon's first sense, \(mention.id), is used"))
                    }
                    mention.alternatives = []
                    kept.append(mention)
                } else if reported.insert(mention.surface).inserted {
                    warnings.append(DocumentWarning(path: path, line: line, message:
                        "'\(mention.surface)' could mean \(meanings), and the page names both; it is not linked"))
                }
            }
            units[unitIndex].mentions = kept
        }
    }
}
