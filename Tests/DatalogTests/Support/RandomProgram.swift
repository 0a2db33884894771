/// Random Datalog programs for differential testing, written both in the
/// query language and in SQL (SQLite: recursive rules as `WITH RECURSIVE ...
/// UNION`). Deterministic for a seed (SplitMix64).
///
/// Shape, so that SQLite can express it: base relations `b0`..`b2`
/// (binary) and `u` (unary) over numbers 0..<6; derived relations `d0`,
/// `d1`, ... each defined after the ones it reads; a rule of `di` may read
/// `di` itself once (linear recursion), the base relations and earlier
/// derived ones, negate a base or earlier relation, and compare bound
/// variables with each other or with constants.
struct RandomProgram {
    struct Atom { var relation: String; var args: [String] }  // args: variable names or number literals
    struct Rule {
        var head: Atom
        var positive: [Atom]
        var negated: [Atom]
        var comparisons: [(String, String, String)]  // lhs, op, rhs
    }

    var arity: [String: Int] = ["b0": 2, "b1": 2, "b2": 2, "u": 1]
    var facts: [String: [[Int64]]] = [:]
    var derived: [String] = []
    var rules: [String: [Rule]] = [:]

    init(seed: UInt64) {
        var g = SplitMix64(state: seed)
        for (name, n) in arity {
            var rows = Set<[Int64]>()
            for _ in 0..<g.below(12) { rows.insert((0..<n).map { _ in Int64(g.below(6)) }) }
            facts[name] = rows.sorted { $0.lexicographicallyPrecedes($1) }
        }
        let count = 1 + g.below(3)
        for i in 0..<count {
            let name = "d\(i)"
            let a = 1 + g.below(2)
            arity[name] = a
            var list: [Rule] = []
            var hasBase = false
            for _ in 0..<(1 + g.below(3)) {
                let recursive = hasBase && g.chance(50)
                let rule = Self.rule(&g, head: name, arity: a, readable: ["b0", "b1", "b2", "u"] + derived,
                                     recursive: recursive, arities: arity)
                hasBase = hasBase || !recursive
                list.append(rule)
            }
            rules[name] = list
            derived.append(name)
        }
    }

    private static func rule(_ g: inout SplitMix64, head: String, arity: Int, readable: [String], recursive: Bool,
                             arities: [String: Int]) -> Rule {
        let variables = ["x", "y", "z", "w"]
        var bound: [String] = []
        var positive: [Atom] = []
        func term() -> String {
            if g.chance(12) { return String(g.below(6)) }
            // Prefer joining on a variable already used.
            if !bound.isEmpty && g.chance(55) { return bound[g.below(bound.count)] }
            return variables[g.below(variables.count)]
        }
        func atom(_ relation: String) -> Atom {
            let n = arities[relation]!
            let args = (0..<n).map { _ in term() }
            for a in args where Int(a) == nil && !bound.contains(a) { bound.append(a) }
            return Atom(relation: relation, args: args)
        }
        if recursive { positive.append(atom(head)) }
        for _ in 0..<(1 + g.below(2)) { positive.append(atom(readable[g.below(readable.count)])) }
        if bound.isEmpty { positive.append(Atom(relation: "u", args: ["x"])); bound.append("x") }
        var negated: [Atom] = []
        if g.chance(35) {
            let relation = readable[g.below(readable.count)]
            negated.append(Atom(relation: relation, args: (0..<arities[relation]!).map { _ in
                g.chance(15) ? String(g.below(6)) : bound[g.below(bound.count)]
            }))
        }
        var comparisons: [(String, String, String)] = []
        if g.chance(40) {
            let ops = ["<", "<=", ">", ">=", "!=", "="]
            let lhs = bound[g.below(bound.count)]
            let rhs = g.chance(50) ? bound[g.below(bound.count)] : String(g.below(6))
            comparisons.append((lhs, ops[g.below(ops.count)], rhs))
        }
        let head = Atom(relation: head, args: (0..<arity).map { _ in g.chance(10) ? String(g.below(6)) : bound[g.below(bound.count)] })
        return Rule(head: head, positive: positive, negated: negated, comparisons: comparisons)
    }

    // MARK: As Datalog

    var datalog: String {
        var lines: [String] = []
        for name in arity.keys.sorted() {
            let columns = (0..<arity[name]!).map { "c\($0): number" }.joined(separator: ", ")
            lines.append(".decl \(name)(\(columns))")
        }
        for name in derived {
            for r in rules[name]! {
                var body = r.positive.map(Self.render)
                body += r.negated.map { "!" + Self.render($0) }
                body += r.comparisons.map { "\($0.0) \($0.1) \($0.2)" }
                lines.append("\(Self.render(r.head)) :- \(body.joined(separator: ", ")).")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func render(_ a: Atom) -> String { "\(a.relation)(\(a.args.joined(separator: ", ")))" }

    // MARK: As SQL

    var sql: String {
        var out: [String] = []
        for name in arity.keys.sorted() where !derived.contains(name) {
            let columns = (0..<arity[name]!).map { "c\($0) INTEGER" }.joined(separator: ", ")
            out.append("CREATE TABLE \(name)(\(columns));")
            for row in facts[name] ?? [] {
                out.append("INSERT INTO \(name) VALUES(\(row.map(String.init).joined(separator: ", ")));")
            }
        }
        for name in derived {
            let a = arity[name]!
            let columns = (0..<a).map { "c\($0)" }.joined(separator: ", ")
            let list = rules[name]!
            let base = list.filter { !$0.positive.contains { $0.relation == name } }
            let recursive = list.filter { $0.positive.contains { $0.relation == name } }
            var selects = base.map { select($0, self: name, cte: "r") }
            if selects.isEmpty { selects = ["SELECT \((0..<a).map { _ in "NULL" }.joined(separator: ", ")) WHERE 0"] }
            selects += recursive.map { select($0, self: name, cte: "r") }
            out.append("CREATE TABLE \(name) AS WITH RECURSIVE r(\(columns)) AS (\(selects.joined(separator: " UNION "))) SELECT DISTINCT * FROM r;")
        }
        for name in derived {
            out.append("SELECT '#\(name)';")
            out.append("SELECT * FROM \(name);")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One rule as a SELECT; its reference to the relation being defined reads the CTE.
    private func select(_ rule: Rule, self name: String, cte: String) -> String {
        var from: [String] = []
        var conditions: [String] = []
        var column: [String: String] = [:]
        for (i, atom) in rule.positive.enumerated() {
            let table = atom.relation == name ? cte : atom.relation
            from.append("\(table) AS t\(i)")
            for (c, arg) in atom.args.enumerated() {
                let ref = "t\(i).c\(c)"
                if Int(arg) != nil { conditions.append("\(ref) = \(arg)") }
                else if let first = column[arg] { conditions.append("\(ref) = \(first)") }
                else { column[arg] = ref }
            }
        }
        func value(_ arg: String) -> String { Int(arg) != nil ? arg : column[arg]! }
        for atom in rule.negated {
            let matches = atom.args.enumerated().map { "n.c\($0.offset) = \(value($0.element))" }.joined(separator: " AND ")
            conditions.append("NOT EXISTS (SELECT 1 FROM \(atom.relation) AS n WHERE \(matches))")
        }
        for (l, op, r) in rule.comparisons {
            conditions.append("\(value(l)) \(op == "=" ? "=" : op) \(value(r))")
        }
        let head = rule.head.args.map(value).joined(separator: ", ")
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return "SELECT \(head) FROM \(from.joined(separator: ", "))\(whereClause)"
    }
}
