import Datalog
import KGGraph

/// Why a tuple holds: the rule that derived it and the tuples that rule
/// used, recursively, down to graph facts; and for each graph fact, the
/// documents, lines and sentences it was read from.
///
/// ```
/// resistance_addressed("clofarabine", "DCK down", "clofarabine + cytarabine")
///   by rule at Queries/resistance-combinations.dl:42
///   confers_resistance_to("DCK down", "clofarabine")   graph fact
///     Corpus/clofarabine-monograph.md:57  Reduced dCK activity confers resistance ...
/// ```
public struct Explanation: Sendable, Hashable, Codable {
    /// The tuple as an atom: `addresses("clofarabine + cytarabine", "DCK down")`.
    public var fact: String
    public var relation: String
    public var values: [String]
    /// Where the rule that derived it is (`file:line:column`) and its text; nil for a graph fact.
    public var rule: String?
    /// The rule's text, when the engine gave it (`addressed(d, m, c) :- ...`).
    public var ruleText: String?
    /// The tuples the rule used, each explained in turn.
    public var premises: [Explanation]
    /// For a graph fact: every sentence that states it.
    public var sources: [Source]
    /// True when the tuple is one of the graph's relations.
    public var isGraphFact: Bool
    /// Set when the explanation was cut below the depth limit.
    public var truncated: Bool

    public struct Source: Sendable, Hashable, Codable {
        public var document: String
        public var line: Int
        public var sentence: String
        /// The edge it supports, as `subject RELATION object`.
        public var statement: String

        public init(document: String, line: Int, sentence: String, statement: String) {
            self.document = document
            self.line = line
            self.sentence = sentence
            self.statement = statement
        }
    }

    public init(fact: String, relation: String, values: [String], rule: String? = nil, premises: [Explanation] = [],
                sources: [Source] = [], isGraphFact: Bool = false, truncated: Bool = false) {
        self.fact = fact
        self.relation = relation
        self.values = values
        self.rule = rule
        self.premises = premises
        self.sources = sources
        self.isGraphFact = isGraphFact
        self.truncated = truncated
    }

    /// Every graph fact under this explanation, in order, without repeats.
    public var graphFacts: [Explanation] {
        var seen: Set<String> = []
        var out: [Explanation] = []
        func walk(_ node: Explanation) {
            if node.isGraphFact, seen.insert(node.fact).inserted { out.append(node) }
            node.premises.forEach(walk)
        }
        walk(self)
        return out
    }

    /// An atom with its values quoted as Datalog constants.
    public static func atom(_ relation: String, _ values: [Value]) -> String {
        "\(relation)(\(values.map(constant).joined(separator: ", ")))"
    }

    /// A value as Datalog source: symbols quoted and escaped, numbers bare.
    public static func constant(_ value: Value) -> String {
        switch value {
        case .symbol(let text):
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t") + "\""
        default: value.description
        }
    }

    static func sources(of evidence: [Evidence], edges: [Edge]) -> [Source] {
        var out: [Source] = []
        var seen: Set<Evidence> = []
        for edge in edges {
            for piece in edge.evidence.sorted(by: { ($0.document, $0.line) < ($1.document, $1.line) }) where seen.insert(piece).inserted {
                out.append(Source(document: piece.document, line: piece.line, sentence: piece.sentence,
                                  statement: "\(edge.subject.id) \(edge.relation) \(edge.object.id)"))
            }
        }
        return out
    }
}
