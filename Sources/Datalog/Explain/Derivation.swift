/// Why a tuple holds: the rule that derived it and the tuples that rule used,
/// recursively, down to input facts.
///
/// ```swift
/// let result = try program.evaluate(inputs: ["edge": [[.number(1), .number(2)], [.number(2), .number(3)]]],
///                                   options: .init(explanations: true))
/// if let why = result.explain("path", [.number(1), .number(3)]) {
///     print(why.rendered())
/// }
/// // path(1, 3)  by path(x, z) :- path(x, y), edge(y, z).  [paths.dl:4:1]
/// //   path(1, 2)  by path(x, y) :- edge(x, y).  [paths.dl:3:1]
/// //     edge(1, 2)  (input)
/// //   edge(2, 3)  (input)
/// ```
///
/// Among the derivations of a tuple, the one found is of least height: the
/// engine records each tuple's first rule and height (as Soufflé does) and
/// rebuilds the premises on demand, looking for body tuples lower than it.
/// Negated atoms and comparisons of the rule held but are not premises.
public struct Derivation: Sendable, Hashable {
    public var relation: String
    public var tuple: [Value]
    /// nil for an input fact (given by the host or read from a facts file).
    public var rule: DerivationRule?
    /// The body tuples the rule used, in the order of the rule's atoms as planned.
    public var premises: [Derivation]

    public init(relation: String, tuple: [Value], rule: DerivationRule?, premises: [Derivation]) {
        self.relation = relation
        self.tuple = tuple
        self.rule = rule
        self.premises = premises
    }

    /// Whether this is an input fact.
    public var isInput: Bool { rule == nil }

    /// The tuple as an atom: `path(1, "a")`.
    public var atom: String {
        "\(relation)(\(tuple.map { v in if case .symbol(let s) = v { quote(s) } else { v.description } }.joined(separator: ", ")))"
    }

    /// An indented tree, one tuple per line, each with its rule and place.
    public func rendered(indent: String = "  ") -> String {
        var lines: [String] = []
        render(depth: 0, indent: indent, into: &lines)
        return lines.joined(separator: "\n")
    }

    private func render(depth: Int, indent: String, into lines: inout [String]) {
        let prefix = String(repeating: indent, count: depth)
        if let rule {
            lines.append("\(prefix)\(atom)  by \(rule.text)  [\(rule.location)]")
        } else {
            lines.append("\(prefix)\(atom)  (input)")
        }
        for p in premises { p.render(depth: depth + 1, indent: indent, into: &lines) }
    }
}

/// The rule of a derivation step: where it is and what it says.
public struct DerivationRule: Sendable, Hashable {
    /// Index of the rule in `Program.rules`.
    public var index: Int
    public var location: SourceLocation
    /// The rule as text (`path(x, z) :- path(x, y), edge(y, z).`).
    public var text: String
}
