/// Programs back to text, for explanations and query headers: the same
/// syntax the parser reads (constants quoted and escaped).
func render(_ atom: Atom) -> String {
    "\(atom.relation)(\(atom.arguments.map(render).joined(separator: ", ")))"
}

func render(_ term: Term) -> String {
    switch term.kind {
    case .variable(let v): return v
    case .anonymous: return "_"
    case .string(let s): return quote(s)
    case .number(let n): return String(n)
    case .float(let d): return String(d)
    case .negate(let t): return "-" + render(t)
    case .binary(let op, let l, let r): return "(\(render(l)) \(op.rawValue) \(render(r)))"
    case .functor(let name, let args): return "\(name)(\(args.map(render).joined(separator: ", ")))"
    case .aggregate(let agg):
        let target = agg.target.map { " " + render($0) } ?? ""
        return "\(agg.function.rawValue)\(target) : { \(agg.body.map(render).joined(separator: ", ")) }"
    }
}

func render(_ literal: Literal) -> String {
    switch literal.kind {
    case .atom(let a): return render(a)
    case .negated(let a): return "!" + render(a)
    case .comparison(let op, let l, let r): return "\(render(l)) \(op.rawValue) \(render(r))"
    case .disjunction(let alternatives):
        return "(" + alternatives.map { $0.map(render).joined(separator: ", ") }.joined(separator: " ; ") + ")"
    }
}

func render(_ rule: Rule) -> String {
    rule.body.isEmpty ? render(rule.head) + "." : "\(render(rule.head)) :- \(rule.body.map(render).joined(separator: ", "))."
}

func quote(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
        switch c {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\t": out += "\\t"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        default: out.unicodeScalars.append(c)
        }
    }
    return out + "\""
}
