import Testing
@testable import Datalog

/// What the planner chooses, read from `RulePlan.description`: join order,
/// index kinds, and where filters sit.
@Suite struct PlannerTests {
    /// Plans rule `rule` of `text` (in semi-naive version `versions`) over
    /// inputs of the given sizes.
    func plan(_ text: String, rule: Int = 0, versions: [Int: Version] = [:], inputs: [String: [[Value]]],
              changing: Set<String> = []) throws -> String {
        let program = try DatalogProgram.load(text).get()
        let database = Database()
        for signature in program.checked.relations.values { database.relation(for: signature) }
        for (name, rows) in inputs { try database.add(rows, to: database.relations[name]!) }
        var context = RulePlanner.Context(relations: database.relations, symbols: database.symbols, provenance: false)
        context.changing = changing
        let clause = Clause.expand(program.checked.program.rules[rule], index: rule)[0]
        var planner = RulePlanner(context: context, clause: clause)
        return try planner.compile(versions: versions, mode: .emit(clauseNumber: 1)).description
    }

    func pairs(_ n: Int, _ f: (Int) -> (Int, Int)) -> [[Value]] { (0..<n).map { let (a, b) = f($0); return [.number(Int64(a)), .number(Int64(b))] } }

    @Test func theDeltaAtomComesFirstAndTheStableRelationIsLookedUp() throws {
        let text = """
        .decl edge(x:number, y:number)
        .decl path(x:number, y:number)
        path(x, z) :- edge(y, z), path(x, y).
        """
        let plan = try plan(text, versions: [1: .delta], inputs: ["edge": pairs(50) { ($0, $0 + 1) }], changing: ["path"])
        #expect(plan == """
        0 scan path[delta] bind c0→r0 c1→r1
        1 lookup edge keys r1 bind c1→r2
        2 emit keys r0 r2
        """)
    }

    @Test func theMostSelectiveAtomIsJoinedFirstAndFiltersFollowTheirVariables() throws {
        let text = """
        .decl big(x:number, y:number)
        .decl small(x:number)
        .decl out(x:number, y:number)
        out(x, y) :- big(x, y), small(x), y != 3.
        """
        let plan = try plan(text, inputs: ["big": pairs(5000) { ($0 % 100, $0) }, "small": [[.number(7)]]])
        #expect(plan == """
        0 scan small[full] bind c0→r0
        1 lookup big keys r0 bind c1→r1
        2 compare r1 notEqual r2
        3 emit keys r0 r1
        """)
    }

    /// For each seed drug, its combos, and for each combo the second drug's
    /// targets, in an index too large for the cache: the loop over a seed's
    /// combos warms those lookups, and the answers are a nested loop's.
    @Test func aLookupLoopWarmsTheNextLargeLookupAndKeepsItsAnswers() throws {
        let text = """
        .decl combo(a:number, b:number)
        .decl targets(d:number, g:number)
        .decl seed(a:number)
        .decl hit(a:number, b:number, g:number)
        hit(a, b, g) :- seed(a), combo(a, b), targets(b, g).
        """
        let combos = pairs(30_000) { ($0 % 3000, ($0 * 7919) % 20_000) }
        let targets = pairs(40_000) { ($0 % 20_000, ($0 * 31) % 500) }
        let seeds = (0..<300).map { [Value.number(Int64($0 * 10))] }
        let description = try plan(text, inputs: ["combo": combos, "targets": targets, "seed": seeds])
        #expect(description.contains("lookup combo keys r0 bind c1→r1 (warms c1)"), "\(description)")

        let program = try DatalogProgram.load(text).get()
        let result = try program.evaluate(inputs: ["combo": combos, "targets": targets, "seed": seeds])
        var byDrug: [Int64: Set<Int64>] = [:]
        for t in targets { if case .number(let d) = t[0], case .number(let g) = t[1] { byDrug[d, default: []].insert(g) } }
        var expected = Set<[Int64]>()
        for c in combos {
            guard case .number(let a) = c[0], case .number(let b) = c[1], a % 10 == 0 else { continue }
            for g in byDrug[b, default: []] { expected.insert([a, b, g]) }
        }
        let rows = (result.tuples("hit") ?? []).map { $0.map { v -> Int64 in if case .number(let n) = v { return n } else { return -1 } } }
        #expect(Set(rows) == expected && rows.count == expected.count && !expected.isEmpty)
    }
}
