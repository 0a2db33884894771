import Foundation

extension Explanation {
    /// The explanation as indented text: each premise two spaces further in,
    /// each source as `document:line  sentence`.
    ///
    /// ```
    /// addresses("clofarabine + cytarabine", "DCK down")   graph fact
    ///   Corpus/clofarabine-monograph.md:61  The combination overcomes dCK deficiency ...
    /// ```
    public func renderedText(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        var out = pad + fact
        if isGraphFact { out += "   [graph fact]" }
        if truncated { out += "   [deeper steps left out]" }
        out += "\n"
        if let rule { out += pad + "  by rule at \(rule)\n" }
        for source in sources {
            out += pad + "  \(source.document):\(source.line)  \(Self.oneLine(source.sentence))\n"
        }
        if isGraphFact && sources.isEmpty && !["node", "name", "node_attr"].contains(relation) {
            out += pad + "  (no sentence recorded)\n"
        }
        for premise in premises { out += premise.renderedText(indent: indent + 1) }
        return out
    }

    /// Explanations as pretty JSON, keys sorted.
    public static func json(_ explanations: [Explanation]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(explanations)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    }
}
