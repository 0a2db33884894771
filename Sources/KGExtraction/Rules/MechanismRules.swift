import KGGraph

/// Sentence patterns over recognised names: subject, verb phrase, object,
/// for the mechanism relations (INHIBITS, ACTIVATED_BY, ACTIVATED_TO,
/// UPREGULATES, STABILIZES, ACTIVATES, INCREASES, INDUCES, EFFLUXED_BY,
/// TRANSPORTED_BY, INCORPORATED_INTO). Rule ids: `svo.<relation>`.
enum MechanismRules {
    static let participles: Set<String> = ["leading", "resulting", "thereby", "ultimately", "thus", "which", "potentially"]

    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard !unit.isQuestion, !unit.verbCues.isEmpty else { return }
        // Which mention covers each token (cue words inside names are not cues).
        var covering = [Int](repeating: -1, count: unit.tokens.count)
        for (position, mention) in unit.mentions.enumerated() where mention.end - mention.first > 1 || mention.kind != .process {
            for index in mention.first..<min(mention.end, covering.count) { covering[index] = position }
        }
        var previousClauseEnd: Int?
        // Genes this sentence says a drug inhibits, with that drug ("D blocks X, which triggers apoptosis").
        var inhibitedBy: [String: Mention] = [:]
        for clause in unit.clauses {
            var cues: [VerbCue] = []
            var index = clause.lowerBound
            while index < clause.upperBound {
                if covering[index] >= 0 {
                    index = unit.mentions[covering[index]].end
                    continue
                }
                if let cue = unit.cue(at: index) { cues.append(cue); index += cue.length } else { index += 1 }
            }
            var mainSubject: Mention?
            for (position, cue) in cues.enumerated() {
                let scopeEnd = scopeEnd(of: position, cues, clause: clause, unit: unit)
                var subject: Mention?
                let intervening = unit.mentions.last { RuleState.subjectKinds.contains($0.kind) && $0.first >= (position > 0 ? cues[position - 1].index + cues[position - 1].length : clause.lowerBound) && $0.end <= cue.index }
                let participial = cue.index > 0 && (unit.tokens[cue.index - 1].key == "," || participles.contains(unit.tokens[cue.index - 1].key) || unit.tokens[cue.index].key.hasSuffix("ing"))
                let pronoun = ["it", "they", "this", "these"].contains(unit.tokens[clause.lowerBound].key) && position == 0
                if let main = mainSubject, intervening == nil || participial && intervening?.kind != .drug || coordinated(cue, after: position > 0 ? cues[position - 1] : nil, unit) {
                    subject = main
                } else if pronoun {
                    subject = state.subject(unit, clause: clause.lowerBound..<clause.lowerBound, cue: clause.lowerBound, previousClauseEnd: previousClauseEnd)
                } else if cue.relation == "ACTIVATED_TO", !cue.endsScope, let possessor = unit.mentions.last(where: { $0.kind == .drug && $0.end <= cue.index - 1 }) {
                    subject = possessor
                } else {
                    subject = state.subject(unit, clause: clause, cue: cue.index, previousClauseEnd: previousClauseEnd)
                }
                // "X overcomes ... by increased expression of Y": the means has X's subject.
                if cue.index > 0, unit.tokens[cue.index - 1].key == "by",
                   let first = unit.mentions.first(where: { RuleState.subjectKinds.contains($0.kind) && $0.first >= clause.lowerBound && $0.end <= cue.index }) {
                    subject = first
                }
                // An imperative ("Upregulate dCK with melatonin") has no subject but its instrument.
                if cue.index == clause.lowerBound || cue.index == unit.bodyStart {
                    subject = (cue.index..<scopeEnd).first { unit.tokens[$0].key == "with" }
                        .flatMap { with in unit.mentions.first { $0.first > with && $0.kind == .drug } }
                }
                // "D ... the ABL1 kinase domain and blocks BCR-ABL1 signaling": a verb joined by "and" with no verb before it has the clause's subject.
                if position == 0, cue.index > clause.lowerBound, coordinatedAfterObject(cue, unit),
                   let first = unit.mentions.first(where: { ($0.kind == .drug || $0.kind == .metabolite) && $0.first >= clause.lowerBound && $0.end <= cue.index }) {
                    subject = first
                }
                // What an inhibited target "which ..." does is the inhibition's effect: the drug's.
                if unit.tokens[clause.lowerBound].key == "which", let target = subject, target.kind == .gene, let drug = inhibitedBy[target.id],
                   !["ACTIVATED_BY", "ACTIVATED_TO", "EFFLUXED_BY", "TRANSPORTED_BY"].contains(cue.relation) {
                    subject = drug
                }
                if mainSubject == nil, cue.endsScope { mainSubject = subject }
                guard let subject else { continue }
                var objectStart = cue.index + cue.length
                if let after = cue.objectsAfter, let at = unit.firstToken(from: cue.index, to: scopeEnd, where: { $0 == after }) { objectStart = at + 1 }
                let objects = unit.mentions.filter { cue.objectKinds.contains($0.kind) && $0.first >= objectStart && $0.end <= scopeEnd && $0.id != subject.id }
                let negated = Cues.negatedNear(unit, cue.index, clauseStart: clause.lowerBound)
                let hedged = Cues.hedged(unit, clause)
                for object in objects where !isAttributive(cue, before: object, unit: unit) {
                    emit(cue, subject: subject, object: object, unit: unit, state: &state, negated: negated, hedged: hedged)
                }
                // "blocks signalling through mutant FLT3": every gene after an inhibition cue is what it blocks.
                if cue.relation == "INHIBITS", subject.kind == .drug, !negated {
                    for gene in unit.mentions where gene.kind == .gene && gene.first > cue.index && gene.end <= clause.upperBound { inhibitedBy[gene.id] = subject }
                }
                // "demethylated by adenosine deaminase to ara-G": the enzyme of a step that gave an active metabolite.
                if cue.relation == "ACTIVATED_TO", subject.kind == .drug, objects.contains(where: { $0.kind == .metabolite }),
                   let by = unit.firstToken(from: cue.index + cue.length, to: objectStart, where: { $0 == "by" }) {
                    for enzyme in unit.mentions where enzyme.kind == .gene && enzyme.first > by && enzyme.end < objectStart {
                        state.sink.add(state.sink.node(subject), "ACTIVATED_BY", state.sink.node(enzyme), unit: unit, rule: "svo.activated_by",
                                       confidence: 0.7, hedged: hedged, negated: negated)
                    }
                }
                // "phosphorylated by dGK and dCK to ara-GTP": the product of the activation too.
                if cue.relation == "ACTIVATED_BY", let to = unit.firstToken(from: objectStart, to: scopeEnd, where: { $0 == "to" || $0 == "into" }) {
                    let products = unit.mentions.filter { $0.kind == .metabolite && $0.first > to && $0.end <= scopeEnd && $0.id != subject.id && $0.id != "DNA" && $0.id != "RNA" }
                    for product in products {
                        state.sink.add(state.sink.node(subject), "ACTIVATED_TO", state.sink.node(product), unit: unit, rule: "svo.activated_to",
                                       confidence: 0.75, hedged: hedged, negated: negated)
                    }
                }
                if cue.endsScope, subject.kind == .drug || subject.kind == .metabolite, subject.source != .shape("code") {
                    state.blockSubject[unit.blockIndex] = subject
                }
            }
            previousClauseEnd = clause.upperBound
        }
    }

    /// A cue's objects run to the next cue that ends scopes, to an
    /// appositive (", a ..."), or to the clause's end; a cue followed only by
    /// "and"/"or" shares the next cue's objects ("inhibit or induce X").
    static func scopeEnd(of position: Int, _ cues: [VerbCue], clause: Range<Int>, unit: SentenceUnit) -> Int {
        var end = clause.upperBound
        var next = position + 1
        while next < cues.count {
            guard cues[next].endsScope else { next += 1; continue }
            let gap = (cues[position].index + cues[position].length)..<cues[next].index
            let onlyJoiners = gap.allSatisfy { ["and", "or", ",", "significantly", "also", "then", "to", "either", "both"].contains(unit.tokens[$0].key) }
            if onlyJoiners { next += 1; continue }
            end = cues[next].index
            break
        }
        let start = cues[position].index + cues[position].length
        if cues[position].objectsAfter == nil, start < end, let stop = (start..<end).first(where: { ["during", "after", "before", "when", "while", "despite", "without", "by", "via", "through"].contains(unit.tokens[$0].key) }) {
            end = stop
        }
        if start < end, let appositive = (start..<(end - 1)).first(where: { unit.tokens[$0].key == "," && ["a", "an"].contains(unit.tokens[$0 + 1].key) }) {
            end = appositive
        }
        return end
    }

    /// Adverbs that may stand between a coordinating "and" and its verb ("and also inhibits").
    static let coordinatedAdverbs: Set<String> = ["also", "then", "thereby", "subsequently", "further", "directly", "thus"]

    /// A verb coordinated with the cue before it ("Ara-GTP is incorporated
    /// into DNA and inhibits DNA synthesis"): the second verb shares the
    /// first one's subject, whatever the first verb's object was.
    static func coordinated(_ cue: VerbCue, after previous: VerbCue?, _ unit: SentenceUnit) -> Bool {
        guard let previous, cue.endsScope else { return false }
        var index = cue.index - 1
        while index > previous.index, coordinatedAdverbs.contains(unit.tokens[index].key) { index -= 1 }
        return index >= previous.index + previous.length && ["and", "or"].contains(unit.tokens[index].key)
    }

    /// Whether "and"/"or" (and adverbs) stand right before the cue, after a word of an object.
    static func coordinatedAfterObject(_ cue: VerbCue, _ unit: SentenceUnit) -> Bool {
        var index = cue.index - 1
        while index > 0, coordinatedAdverbs.contains(unit.tokens[index].key) { index -= 1 }
        return index > 0 && ["and", "or"].contains(unit.tokens[index].key) && unit.tokens[index - 1].isWord
    }

    /// Words that put a participle in a noun phrase when they stand right before it.
    static let nounPhraseOpeners: Set<String> = [
        "a", "an", "the", "from", "by", "of", "with", "to", "in", "on", "for", "via", "through", "due", "and", "or",
    ]

    /// True when the cue is a participle used as an adjective of its object
    /// ("arise from decreased dCK activity", "owing to increased ABCG2
    /// levels"): there it names a state of the object, not something the
    /// sentence's subject does to it.
    static func isAttributive(_ cue: VerbCue, before object: Mention, unit: SentenceUnit) -> Bool {
        guard cue.length == 1, cue.index > 0 else { return false }
        // "carries activating NT5C2 mutations": the participle describes the mutation.
        if object.first == cue.index + 1, unit.tokens[cue.index].key.hasSuffix("ing"), object.end < unit.tokens.count,
           ResistanceRules.isMutation(unit.tokens[object.end].key) {
            return true
        }
        // "with increased expression of Bcl-xL": the participle qualifies the noun before "of"
        // ("by increased expression of dCK" names a means, read with its subject).
        let quantity = object.first == cue.index + 3 && unit.tokens[cue.index - 1].key != "by" && ["expression", "levels", "level", "activity", "amounts"].contains(unit.tokens[cue.index + 1].key)
            && unit.tokens[cue.index + 2].key == "of"
        guard object.first == cue.index + 1 || quantity else { return false }
        let word = unit.tokens[cue.index].key
        return word.hasSuffix("ed") && nounPhraseOpeners.contains(unit.tokens[cue.index - 1].key)
    }

    static func emit(_ cue: VerbCue, subject: Mention, object: Mention, unit: SentenceUnit, state: inout RuleState, negated: Bool, hedged: Bool) {
        var relation = cue.relation
        var subjectMention = subject, objectMention = object
        if cue.reversed { swap(&subjectMention, &objectMention) }
        if cue.reversed, subjectMention.kind != .drug || objectMention.kind != .gene { return }
        let objectIsExpression = object.end < unit.tokens.count && ["expression", "levels", "level", "mrna"].contains(unit.tokens[object.end].key)
        switch (relation, object.kind) {
        case (_, .gene) where object.first >= 2 && unit.tokens[object.first - 1].key == "of" && unit.tokens[object.first - 2].key == "degradation":
            if relation == "INHIBITS" { relation = "STABILIZES" } else { return }
        case ("INCREASES", .gene): relation = objectIsExpression || unit.tokens[cue.index].key.hasPrefix("increas") ? "UPREGULATES" : "ACTIVATES"
        case ("DECREASES", .gene): relation = "DOWNREGULATES"
        case ("INDUCES", .adverseEvent): relation = "CAUSES_ADVERSE_EVENT"
        case ("INHIBITS", .gene) where object.end < unit.tokens.count && unit.tokens[object.end].key == "degradation": relation = "STABILIZES"
        case ("INCORPORATED_INTO", _) where object.id != "DNA" && object.id != "RNA": return
        // "inhibits DNA methyltransferases", "RNA processing": DNA qualifies the noun after it.
        case (_, _) where relation != "INCORPORATED_INTO" && (object.id == "DNA" || object.id == "RNA") && object.end < unit.tokens.count && unit.tokens[object.end].isWord
            && !["and", "or", "in", "of", "by", "during", "while", "which", "that", "leading", "resulting", "causing", "thereby"].contains(unit.tokens[object.end].key):
            return
        case ("ACTIVATED_TO", _) where object.id == "DNA" || object.id == "RNA": return
        default: break
        }
        if ["INDUCES", "INCREASES", "DECREASES", "INHIBITS"].contains(relation), subject.kind == .gene, object.kind == .process, !negated {
            // "Mcl-1 ... inhibits apoptosis" is fine; keep genes as subjects.
        }
        let subjectKey = state.sink.node(subjectMention)
        let objectKey = state.sink.node(objectMention)
        state.sink.add(subjectKey, relation, objectKey, unit: unit, rule: "svo." + relation.lowercased(), confidence: 0.75, hedged: hedged, negated: negated)
    }
}
