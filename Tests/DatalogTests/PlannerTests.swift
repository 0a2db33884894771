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
}
