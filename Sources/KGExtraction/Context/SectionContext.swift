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
            let lower = text.lowercasedFast()
            topic = SectionContext.topic(of: lower)
            frequency = SectionContext.frequency(in: lower)
            serious = lower.has("serious") || lower.has("severe") || lower.has("life-threatening")
            resistance = lower.has("resistan") || lower.has("less sensitive")
        }
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

    static func from(nearestFirst texts: [String], labelCount: Int, localCount: Int = 0) -> SectionContext {
        var context = SectionContext()
        for (position, text) in texts.enumerated() {
            let lower = text.lowercasedFast()
            if position < localCount, lower.has("resistan") || lower.has("less sensitive") { context.mentionsResistance = true }
            if position >= labelCount {
                if context.frequency == nil { context.frequency = frequency(in: lower) }
                if context.severity == nil, lower.has("serious") || lower.has("severe") || lower.has("life-threatening") {
                    context.severity = "serious"
                }
            }
            if context.topic == nil, let topic = topic(of: lower) { context.topic = topic }
        }
        return context
    }

    static func frequency(in lower: String) -> String? {
        if lower.has("very common") { return "very common" }
        if lower.has("most common") { return "most common" }
        if lower.has("uncommon") || lower.has("less common") { return "uncommon" }
        if lower.has("common") || lower.has("frequent") { return "common" }
        if lower.has("rare") { return "rare" }
        return nil
    }

    static func topic(of lower: String) -> Topic? {
        func has(_ words: String...) -> Bool { words.contains { lower.has($0) } }
        if has("side effect", "adverse", "toxicit", "undesirable effect", "long-term effect", "safety profile", "reactions (adr") { return .adverseEvents }
        if has("contraindicat", "should not use", "should not take", "should not receive", "not right for", "not suitable", "who should not", "should avoid") { return .contraindications }
        if has("interaction") { return .interactions }
        if has("combination", "combined with", "be combined", "combine ") { return .combinations }
        if has("indication", "used to treat", "treatment of", "be treated", "treated with", "used for", "approved use", "what is it used", "conditions treated", "uses") { return .indications }
        if has("reference", "bibliograph", "citation", "further reading") { return .references }
        if has("monitor", "checked", "check ", "contact a doctor", "urgent", "before treatment", "precaution", "dosage", "dosing", "how treatment", "administ", "pharmacokinetic", "consultation", "documents", "bring") { return .monitoring }
        if has("resistan") { return .resistance }
        return nil
    }
}
