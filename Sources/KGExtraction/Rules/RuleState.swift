import KGDocuments
import KGGraph

/// What the rules share while reading one page: the units, the page's main
/// drug, the sink, and what earlier sentences of a block established.
struct RuleState {
    var units: [SentenceUnit]
    let mainDrug: Mention?
    var sink: FactSink
    /// The last explicit subject of each block (for "It ...", "This ...").
    var blockSubject: [Int: Mention] = [:]
    /// The last combination read in each block ("This dual action ...").
    var blockCombination: [Int: NodeKey] = [:]
    /// Drugs a block said act together ("X acts synergistically with Y").
    var blockPartners: [Int: [NodeKey]] = [:]
    /// The header of the last table row read, worked out (rows of one table share it).
    private var lastTableHeader: TableHeader?
    let lexicon: Lexicon

    init(units: [SentenceUnit], mainDrug: Mention?, sink: FactSink, lexicon: Lexicon) {
        self.units = units
        self.mainDrug = mainDrug
        self.sink = sink
        self.lexicon = lexicon
    }

    /// The analysis of a table row's header, shared by the rows of one table.
    mutating func tableHeader(_ titles: [String]) -> TableHeader {
        if let last = lastTableHeader, last.titles == titles { return last }
        let header = TableHeader(titles)
        lastTableHeader = header
        return header
    }

    static let subjectKinds: Set<NodeKind> = [.drug, .metabolite, .gene, .drugClass]
    /// Subject pronouns that stand for the sentence's (or block's) drug
    /// (not possessives: "ABCG2 and its ability to pump" is ABCG2's).
    static let pronouns: Set<String> = ["it", "they"]

    /// The subject for a cue at `cue` in `clause`: the last subject-like
    /// name before it; for "which" the name before the clause; for "This
    /// metabolite ..." the block's last metabolite; else the block's last
    /// subject or the page's main drug.
    func subject(_ unit: SentenceUnit, clause: Range<Int>, cue: Int, previousClauseEnd: Int?) -> Mention? {
        let before = unit.mentions.filter { Self.subjectKinds.contains($0.kind) && $0.first >= clause.lowerBound && $0.end <= cue }
        let preferred = before.last { $0.kind != .drugClass } ?? before.last
        if let explicit = preferred {
            // "After binding to CD22 it is internalised, and its payload causes ...": a pronoun after the name is the subject.
            if (explicit.end..<cue).contains(where: { Self.pronouns.contains(unit.tokens[$0].key) }) {
                return labelDrug(unit, before: cue) ?? defaultSubject(unit)
            }
            if explicit.kind == .drugClass, !unit.mentions.contains(where: { $0.kind == .drug }), let main = defaultSubject(unit) { return main }
            // "Dasatinib is a BCR-ABL1 tyrosine kinase inhibitor that also inhibits SRC": the class stands for the drug.
            if explicit.kind == .drugClass || explicit.kind == .gene && before.last?.kind == .drugClass,
               let last = before.last, last.kind == .drugClass, last.end < cue, ["that", "which"].contains(unit.tokens[last.end].key),
               let drug = before.first(where: { $0.kind == .drug }) {
                return drug
            }
            return explicit
        }
        if let labelled = labelDrug(unit, before: cue) { return labelled }
        if unit.tokens.indices.contains(clause.lowerBound), unit.tokens[clause.lowerBound].key == "which", let end = previousClauseEnd {
            // ", which" refers to the name just before the comma, if there is one.
            if let antecedent = unit.mentions.last(where: { Self.subjectKinds.contains($0.kind) && $0.end == end }) { return antecedent }
            return defaultSubject(unit)
        }
        let opening = unit.tokens[clause.lowerBound..<min(clause.lowerBound + 3, unit.tokens.count)].map(\.key)
        if opening.contains("metabolite") || opening.contains("form") {
            if let metabolite = lastMention(of: .metabolite, before: unit) { return metabolite }
        }
        if namesUnknownSubject(unit, clause: clause, cue: cue) { return nil }
        return defaultSubject(unit)
    }

    /// Words that may stand between a clause's subject and its verb.
    static let betweenSubjectAndVerb: Set<String> = [
        "also", "further", "additionally", "directly", "indirectly", "potently", "selectively", "strongly", "weakly",
        "effectively", "reversibly", "irreversibly", "covalently", "can", "could", "may", "might", "will", "would",
        "is", "are", "was", "were", "has", "have", "had", "not", "does", "do", "thereby", "then", "in", "turn",
    ]
    /// Words that open a clause without naming its subject ("It inhibits",
    /// "This drug blocks"), or name the page's drug generically.
    static let notASubjectName: Set<String> = [
        "it", "they", "this", "these", "that", "those", "which", "the", "a", "an", "its", "their", "and", "or", "but",
        "drug", "agent", "medicine", "medication", "compound", "molecule", "treatment", "therapy", "also", "both",
        "additionally", "furthermore", "moreover", "however", "thus", "therefore", "here", "there", "each",
    ]

    /// "Cedazuridine blocks cytidine deaminase" on a decitabine page: the
    /// clause opens with a single word naming something the lexicon does
    /// not know, right before the verb. That word is the subject; giving
    /// the sentence to the page's drug would state a wrong fact, so the
    /// sentence has no subject the rules can use.
    func namesUnknownSubject(_ unit: SentenceUnit, clause: Range<Int>, cue: Int) -> Bool {
        let tokens = unit.tokens
        let first = clause.lowerBound
        guard first < cue, first < tokens.count, tokens[first].isWord else { return false }
        let word = tokens[first].key
        guard word.utf8.count >= 5, word.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D }),
              !Self.notASubjectName.contains(word),
              !unit.mentions.contains(where: { $0.first <= first && first < $0.end }) else { return false }
        return (first + 1..<cue).allSatisfy { Self.betweenSubjectAndVerb.contains(tokens[$0].key) }
    }

    /// "Pentostatin: avoid combination, since it inhibits adenosine
    /// deaminase": in a labelled item, a pronoun before the cue is the
    /// drug the label names, not the page's drug.
    func labelDrug(_ unit: SentenceUnit, before cue: Int) -> Mention? {
        guard unit.bodyStart > 1, unit.bodyStart <= cue,
              (unit.bodyStart..<min(cue + 1, unit.tokens.count)).contains(where: { ["it", "they"].contains(unit.tokens[$0].key) }) else { return nil }
        return unit.mentions.last { $0.kind == .drug && $0.end <= unit.bodyStart - 1 }
    }

    func defaultSubject(_ unit: SentenceUnit) -> Mention? {
        if unit.isReference { return nil }
        return blockSubject[unit.blockIndex] ?? mainDrug
    }

    /// The last mention of a kind earlier in the same block.
    func lastMention(of kind: NodeKind, before unit: SentenceUnit) -> Mention? {
        for other in units.reversed() where other.blockIndex == unit.blockIndex && other.line <= unit.line && other.bytes.lowerBound < unit.bytes.lowerBound {
            if let mention = other.mentions.last(where: { $0.kind == kind && $0.id != "DNA" && $0.id != "RNA" }) { return mention }
        }
        return nil
    }
}
