import Datalog
import KGGraph

/// Rebuilds why a tuple holds from the evaluated relations: a rule whose
/// head matches the tuple and whose positive body atoms all match tuples
/// the evaluation holds (negated atoms checked absent once bound) is one
/// step of a derivation; its body tuples are explained in turn, down to the
/// graph's relations, whose tuples are explained by their sentences.
///
/// Because every relation is already at its fixpoint, any rule instance
/// found this way is a true justification. Comparisons over
/// functors and aggregates are not re-checked (the evaluation did). A tuple met again on the same
/// path is marked and not expanded, so recursive rules end.
final class ExplanationBuilder {
    let evaluation: Evaluation
    let session: GraphQuerySession
    let depthLimit: Int
    private var path: Set<String> = []
    private var cache: [String: [[Value]]] = [:]

    init(evaluation: Evaluation, session: GraphQuerySession, depthLimit: Int) {
        self.evaluation = evaluation
        self.session = session
        self.depthLimit = depthLimit
    }

    typealias Binding = [String: Value]

    func explain(_ relation: String, _ tuple: [Value]) -> Explanation {
        let fact = Explanation.atom(relation, tuple)
        let values = tuple.map(\.description)
        if session.relations.isGraphRelation(relation) {
            let edges = session.facts.edges(for: relation, tuple)
            return Explanation(fact: fact, relation: relation, values: values,
                               sources: Explanation.sources(of: [], edges: edges), isGraphFact: true)
        }
        guard !path.contains(fact), path.count < depthLimit else {
            return Explanation(fact: fact, relation: relation, values: values, truncated: true)
        }
        path.insert(fact)
        defer { path.remove(fact) }
        let program = evaluation.program.checked.program
        for rule in program.rules where rule.head.relation == relation {
            guard let start = match(rule.head.arguments, tuple, Binding()) else { continue }
            guard let (binding, used) = solve(rule.body, start) else { continue }
            _ = binding
            let premises = used.map { explain($0.relation, $0.tuple) }
            let location = "\(rule.location.file):\(rule.location.line)"
            return Explanation(fact: fact, relation: relation, values: values,
                               rule: rule.isFact ? "\(location) (a fact of the program)" : location, premises: premises)
        }
        return Explanation(fact: fact, relation: relation, values: values, rule: "(no rule instance found)")
    }

    /// Binds `terms` to `tuple`; nil when a constant or a bound variable disagrees.
    func match(_ terms: [Term], _ tuple: [Value], _ binding: Binding) -> Binding? {
        guard terms.count == tuple.count else { return nil }
        var out = binding
        for (term, value) in zip(terms, tuple) {
            switch term.kind {
            case .variable(let name):
                if let bound = out[name] { if bound != value { return nil } } else { out[name] = value }
            case .string(let text): if value != .symbol(text) { return nil }
            case .number(let n): if value != .number(n) && value != .float(Double(n)) { return nil }
            case .float(let d): if value != .float(d) { return nil }
            default: continue
            }
        }
        return out
    }

    /// The first way to satisfy `body` under `binding`, and the atoms it used.
    func solve(_ body: [Literal], _ binding: Binding) -> (Binding, [(relation: String, tuple: [Value])])? {
        guard let first = body.first else { return (binding, []) }
        let rest = Array(body.dropFirst())
        switch first.kind {
        case .atom(let atom):
            for tuple in candidates(atom, binding) {
                guard let next = match(atom.arguments, tuple, binding) else { continue }
                if let (final, used) = solve(rest, next) { return (final, [(atom.relation, tuple)] + used) }
            }
            return nil
        case .negated(let atom):
            // Checked when its variables are bound; the evaluation already guarantees it held.
            if let tuple = ground(atom.arguments, binding), evaluation.contains(atom.relation, tuple) { return nil }
            return solve(rest, binding)
        case .disjunction(let alternatives):
            for alternative in alternatives {
                if let found = solve(alternative + rest, binding) { return found }
            }
            return nil
        case .comparison(let op, let left, let right):
            // `x = constant-or-bound-variable` binds; other comparisons are checked when both sides are plain values.
            var next = binding
            if op == .equal, case .variable(let name) = left.kind, next[name] == nil, let value = plain(right, binding) {
                next[name] = value
            } else if op == .equal, case .variable(let name) = right.kind, next[name] == nil, let value = plain(left, binding) {
                next[name] = value
            } else if let a = plain(left, binding), let b = plain(right, binding), !Self.holds(op, a, b) {
                return nil
            }
            return solve(rest, next)
        }
    }

    /// Tuples of the atom's relation agreeing with its bound columns.
    private func candidates(_ atom: Atom, _ binding: Binding) -> [[Value]] {
        guard let rows = tuples(atom.relation) else { return [] }
        let fixed: [(Int, Value)] = atom.arguments.enumerated().compactMap { index, term in plain(term, binding).map { (index, $0) } }
        if fixed.isEmpty { return rows }
        return rows.filter { row in fixed.allSatisfy { $0.0 < row.count && row[$0.0] == $0.1 } }
    }

    /// A relation's tuples, decoded once per explanation.
    private func tuples(_ relation: String) -> [[Value]]? {
        if let rows = cache[relation] { return rows }
        let rows = evaluation.tuples(relation)
        cache[relation] = rows
        return rows
    }

    private func ground(_ terms: [Term], _ binding: Binding) -> [Value]? {
        var out: [Value] = []
        for term in terms {
            guard let value = plain(term, binding) else { return nil }
            out.append(value)
        }
        return out
    }

    /// A term's value when it is a constant or a bound variable.
    private func plain(_ term: Term, _ binding: Binding) -> Value? {
        switch term.kind {
        case .variable(let name): binding[name]
        case .string(let text): .symbol(text)
        case .number(let n): .number(n)
        case .float(let d): .float(d)
        default: nil
        }
    }

    static func holds(_ op: ComparisonOperator, _ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return compare(op, x, y)
        case (.float(let x), .float(let y)): return compare(op, x, y)
        case (.symbol(let x), .symbol(let y)): return compare(op, x, y)
        default: return op == .notEqual
        }
    }

    private static func compare<T: Comparable>(_ op: ComparisonOperator, _ x: T, _ y: T) -> Bool {
        switch op {
        case .equal: x == y
        case .notEqual: x != y
        case .less: x < y
        case .lessOrEqual: x <= y
        case .greater: x > y
        case .greaterOrEqual: x >= y
        }
    }
}
