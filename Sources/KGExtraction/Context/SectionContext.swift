/// What the text around a sentence says it is about: the headings above
/// it, a pseudo-heading of a plain-text page, the sentence that introduces
/// a list ("Common side effects include:"), an inline label ("Side Effects:")
/// or a FAQ question. The nearest one that names a topic decides.
struct SectionContext: Sendable, Hashable {
    enum Topic: Sendable, Hashable {
        case adverseEvents, contraindications, interactions, combinations, indications, resistance, monitoring, references
    }

    var topic: Topic?
    /// `common`, `very common`, `most common`, `rare`, ... from the context.
    var frequency: String?
    /// `serious` when the context says serious or severe.
    var severity: String?
    /// Some context mentions resistance (a resistance topic or a label).
    var mentionsResistance = false

    /// Builds the context from texts ordered nearest first. `modifierTexts`
    /// says how many of the first texts may give frequency and severity.
    /// What one context text says, computed once per distinct text.
    struct Reading: Sendable {
        var topic: Topic?
        var frequency: String?
        var serious: Bool
        var resistance: Bool

        init(_ text: String) {
            let found = Cue.scanner.scanLowercased(text)
            topic = Cue.topics.first { found.containsAny($0.phrases) }?.topic
            frequency = Cue.frequencies.first { found.contains($0.phrase) }?.frequency
            serious = found.containsAny(Cue.serious)
            resistance = found.containsAny(Cue.resistance)
        }
    }

    /// The cue phrases of `topic(of:)`, `frequency(in:)`, severity and
    /// resistance, in the order they are asked, found in one pass over a
    /// text (a `PhraseScanner`); `Reading` and the functions below answer alike.
    enum Cue {
        static let topicPhrases: [(Topic, [String])] = [
            (.adverseEvents, ["side effect", "adverse", "toxicit", "undesirable effect", "long-term effect", "safety profile", "reactions (adr", "warnings", "safety"]),
            (.contraindications, ["contraindicat", "should not use", "should not take", "should not receive", "not right for", "not suitable", "who should not", "should avoid"]),
            (.interactions, ["interaction"]),
            (.combinations, ["combination", "combined with", "be combined", "combine "]),
            (.indications, ["indication", "used to treat", "treatment of", "be treated", "treated with", "used for", "approved use", "what is it used", "conditions treated", "uses"]),
            (.references, ["reference", "bibliograph", "citation", "further reading"]),
            (.monitoring, ["monitor", "checked", "check ", "contact a doctor", "urgent", "before treatment", "precaution", "dosage", "dosing", "how treatment", "administ", "pharmacokinetic", "consultation", "documents", "bring"]),
            (.resistance, ["resistan", "stop working", "stops working"]),
        ]
        static let frequencyPhrases: [(String, String)] = [
            ("very common", "very common"), ("most common", "most common"), ("uncommon", "uncommon"), ("less common", "uncommon"),
            ("common", "common"), ("frequent", "common"), ("rare", "rare"),
        ]
        static let seriousPhrases = ["serious", "severe", "life-threatening"]
        static let resistancePhrases = ["resistan", "less sensitive"]

        static let phrases: [String] = topicPhrases.flatMap(\.1) + frequencyPhrases.map(\.0) + seriousPhrases + resistancePhrases
        static let scanner = PhraseScanner(phrases)

        /// Each topic with the numbers of its phrases in `phrases`.
        static let topics: [(topic: Topic, phrases: Range<Int>)] = {
            var start = 0
            return topicPhrases.map { topic, words in
                defer { start += words.count }
                return (topic, start..<(start + words.count))
            }
        }()
        static let frequencies: [(phrase: Int, frequency: String)] = {
            let start = topicPhrases.reduce(0) { $0 + $1.1.count }
            return frequencyPhrases.enumerated().map { (start + $0.offset, $0.element.1) }
        }()
        static let serious: Range<Int> = {
            let start = frequencies.last!.phrase + 1
            return start..<(start + seriousPhrases.count)
        }()
        static let resistance: Range<Int> = serious.upperBound..<(serious.upperBound + resistancePhrases.count)
    }

    static func from(nearestFirst texts: [String], labelCount: Int, localCount: Int = 0, cache: inout [String: Reading]) -> SectionContext {
        var context = SectionContext()
        for (position, text) in texts.enumerated() {
            let reading: Reading
            if let known = cache[text] { reading = known } else { reading = Reading(text); cache[text] = reading }
            if position < localCount, reading.resistance { context.mentionsResistance = true }
            if position >= labelCount {
                if context.frequency == nil { context.frequency = reading.frequency }
                if context.severity == nil, reading.serious { context.severity = "serious" }
            }
            if context.topic == nil, let topic = reading.topic { context.topic = topic }
        }
        return context
    }

    static func frequency(in lower: String) -> String? {
        let found = Cue.scanner.scan(lower)
        return Cue.frequencies.first { found.contains($0.phrase) }?.frequency
    }

    static func topic(of lower: String) -> Topic? {
        let found = Cue.scanner.scan(lower)
        return Cue.topics.first { found.containsAny($0.phrases) }?.topic
    }
}
