import KGGraph

/// The verb phrases that state a mechanism, and what they relate.
struct VerbCue {
    var relation: String
    var index: Int
    var length: Int
    var objectKinds: [NodeKind]
    /// The subject is what the sentence names after the cue, the object
    /// what it names before ("ABCG2 ... pumps clofarabine out").
    var reversed = false
    /// Objects are read only after this word ("activated by", "into").
    var objectsAfter: String?
    /// Whether the cue ends the scope of the cue before it.
    var endsScope = true

    static let processObjects: [NodeKind] = [.gene, .process, .metabolite]

    /// The cue starting at token `index`, if any.
    /// The first four letters of every cue word: one probe rejects most words.
    static let openings: Set<String> = [
        "inhi", "bloc", "disr", "inte", "supp", "impa", "abro", "shut", "down", "upre", "stab", "phos", "acti", "meta", "conv",
        "form", "inco", "inse", "wedg", "incr", "enha", "elev", "boos", "rais", "decr", "redu", "lowe", "indu", "trig", "prom",
        "caus", "lead", "led", "resu", "pump", "expo", "extr", "effl", "subs", "tran", "carr", "take", "upta", "-ind", "deme",
    ]

    /// The openings packed into integers, in an open-addressed table with
    /// a multiplicative hash: the probe per token neither allocates nor
    /// runs a general-purpose hasher (zero marks an empty slot; a packed
    /// key is never zero).
    static let openingTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256)
        for value in openings.map(packed) {
            var slot = slot(of: value)
            while table[slot] != 0 && table[slot] != value { slot = (slot + 1) & 255 }
            table[slot] = value
        }
        return table
    }()

    @inline(__always) static func slot(of value: UInt32) -> Int { Int((value &* 0x9E37_79B1) >> 24) }

    @inline(__always) static func isOpening(_ value: UInt32) -> Bool {
        var slot = slot(of: value)
        while openingTable[slot] != 0 {
            if openingTable[slot] == value { return true }
            slot = (slot + 1) & 255
        }
        return false
    }

    @inline(__always) static func packed(_ key: String) -> UInt32 {
        key.withUTF8Bytes { bytes in
            var value: UInt32 = 0
            let count = min(bytes.count, 4)
            for index in 0..<count { value = value << 8 | UInt32(bytes[index]) }
            return value | UInt32(count) << 30
        }
    }

    static func at(_ index: Int, in tokens: [Token]) -> VerbCue? {
        // Every cue word has three letters or more ("led"): shorter words need no probe.
        guard tokens[index].isWord, tokens[index].key.utf8.count >= 3, isOpening(packed(tokens[index].key)) else { return nil }
        let key = tokens[index].key
        let next = index + 1 < tokens.count ? tokens[index + 1].key : ""
        let previous = index > 0 ? tokens[index - 1].key : ""
        // Nouns ("upregulation of", "inhibition of") name a state, not a statement.
        if key.hasSuffix("ion") || key.hasSuffix("ions"), !(key.startsWithASCII("phosphorylat") && next == "by") { return nil }
        func within(_ words: Set<String>, _ span: Int) -> Bool {
            (index + 1..<min(index + 1 + span, tokens.count)).contains { words.contains(tokens[$0].key) }
        }
        if key.startsWithASCII("inhibit") && !key.startsWithASCII("inhibitor") {
            if previous == "of" || next == "of" && key == "inhibition" { return nil }
            return VerbCue(relation: "INHIBITS", index: index, length: 1, objectKinds: processObjects)
        }
        if key.startsWithASCII("block") || key.startsWithASCII("disrupt") || key.startsWithASCII("interfer") || key.startsWithASCII("suppress") || key.startsWithASCII("impair") || key.startsWithASCII("abrogat") {
            return VerbCue(relation: "INHIBITS", index: index, length: 1, objectKinds: processObjects)
        }
        if (key == "shuts" || key == "shut" || key == "shutting") && next == "down" {
            return VerbCue(relation: "INHIBITS", index: index, length: 2, objectKinds: processObjects)
        }
        if key.startsWithASCII("downregulat") { return VerbCue(relation: "DOWNREGULATES", index: index, length: 1, objectKinds: [.gene]) }
        if key.startsWithASCII("upregulat") { return VerbCue(relation: "UPREGULATES", index: index, length: 1, objectKinds: [.gene]) }
        if key.startsWithASCII("stabiliz") { return VerbCue(relation: "STABILIZES", index: index, length: 1, objectKinds: [.gene]) }
        if key.startsWithASCII("phosphorylat") && within(["by"], 2) {
            return VerbCue(relation: "ACTIVATED_BY", index: index, length: 1, objectKinds: [.gene], objectsAfter: "by")
        }
        if key.startsWithASCII("activat") {
            if previous == "in" || previous == "of" || previous == "-" { return nil }
            if next == "by" { return VerbCue(relation: "ACTIVATED_BY", index: index, length: 2, objectKinds: [.gene]) }
            if next == "to" || next == "into" { return VerbCue(relation: "ACTIVATED_TO", index: index, length: 2, objectKinds: [.metabolite]) }
            return VerbCue(relation: "ACTIVATES", index: index, length: 1, objectKinds: [.gene, .process])
        }
        if (key.startsWithASCII("metaboliz") || key.startsWithASCII("convert") || key.startsWithASCII("phosphorylat")) && within(["to", "into"], 3) {
            return VerbCue(relation: "ACTIVATED_TO", index: index, length: 1, objectKinds: [.metabolite], objectsAfter: within(["to"], 3) ? "to" : "into")
        }
        // "demethylated by adenosine deaminase to ara-G": a prodrug's first step (deamination
        // is left out: it mostly inactivates, as cytidine deaminase does cytarabine).
        if key.hasPrefix("demethylat") && within(["to", "into"], 6) {
            return VerbCue(relation: "ACTIVATED_TO", index: index, length: 1, objectKinds: [.metabolite], objectsAfter: within(["to"], 6) ? "to" : "into")
        }
        if key == "form" && previous == "active" && next == "," {
            return VerbCue(relation: "ACTIVATED_TO", index: index, length: 2, objectKinds: [.metabolite], endsScope: false)
        }
        if (key.startsWithASCII("incorporat") || key.startsWithASCII("insert") || key.startsWithASCII("wedg") || key.startsWithASCII("integrat")) && within(["into"], 4) {
            return VerbCue(relation: "INCORPORATED_INTO", index: index, length: 1, objectKinds: [.metabolite], objectsAfter: "into")
        }
        if key.startsWithASCII("increas") || key.startsWithASCII("enhanc") || key.startsWithASCII("elevat") || key.startsWithASCII("boost") || key.startsWithASCII("rais") {
            return VerbCue(relation: "INCREASES", index: index, length: 1, objectKinds: [.process, .metabolite, .gene])
        }
        if key.startsWithASCII("decreas") || key.startsWithASCII("reduc") || key.startsWithASCII("lower") {
            return VerbCue(relation: "DECREASES", index: index, length: 1, objectKinds: [.process, .metabolite, .gene])
        }
        if key == "-induced" || key == "-mediated" && false {
            return VerbCue(relation: "INDUCES", index: index, length: 1, objectKinds: [.process, .adverseEvent])
        }
        if key.startsWithASCII("induc") || key.startsWithASCII("trigger") || key.startsWithASCII("promot") || key == "causes" || key == "cause" {
            return VerbCue(relation: "INDUCES", index: index, length: 1, objectKinds: [.process, .adverseEvent])
        }
        if (key == "leading" || key == "leads" || key == "lead" || key == "led") && next == "to" {
            return VerbCue(relation: "INDUCES", index: index, length: 2, objectKinds: [.process])
        }
        if (key == "result" || key == "results" || key == "resulting") && next == "in" {
            return VerbCue(relation: "INDUCES", index: index, length: 2, objectKinds: [.process])
        }
        if key.startsWithASCII("pump") || key == "exports" || key == "extrudes" {
            return VerbCue(relation: "EFFLUXED_BY", index: index, length: 1, objectKinds: [.drug], reversed: true)
        }
        if key.startsWithASCII("efflux") && next == "by" || key == "substrate" && (next == "of" || next == "for") {
            return VerbCue(relation: "EFFLUXED_BY", index: index, length: 2, objectKinds: [.gene])
        }
        if (key == "transported" || key == "carried" || key == "taken") && within(["by", "via"], 2) || key == "uptake" && (next == "by" || next == "via") {
            return VerbCue(relation: "TRANSPORTED_BY", index: index, length: 1, objectKinds: [.gene], objectsAfter: within(["by"], 2) ? "by" : "via")
        }
        return nil
    }
}
