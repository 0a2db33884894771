/// Rebuilds derivations on demand from what evaluation recorded per tuple
/// (its clause and height): for a tuple of height *h* derived by clause *c*,
/// runs *c*'s body with the head bound to the tuple, looking for body rows
/// all lower than *h* — there is one, since that is how the tuple was first
/// derived — and recurses into them. Heights strictly decrease, so the
/// search ends at input facts (height 0).
final class Explainer {
    let database: Database
    let clauses: [Clause]
    let rules: [Rule]
    private var plans: [Int: Executor] = [:]
    private let state: UnsafeMutablePointer<ExecutionState>
    private let functors: FunctorRuntime

    init(database: Database, clauses: [Clause], rules: [Rule]) {
        self.database = database
        self.clauses = clauses
        self.rules = rules
        state = .allocate(capacity: 1)
        state.initialize(to: ExecutionState())
        functors = FunctorRuntime(symbols: database.symbols)
    }

    deinit {
        plans.removeAll()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    func explain(_ relation: Relation, row: Int, depthLimit: Int) -> Derivation {
        let store = relation.store.pointee
        let values = (0..<store.arity).map { database.symbols.decode(store.row(row)[$0], as: relation.signature.columnTypes[$0]) }
        guard let provenance = store.provenance else {
            return Derivation(relation: relation.name, tuple: values, rule: nil, premises: [])
        }
        let origin = provenance[row]
        let clauseNumber = Int(origin >> 32)
        guard clauseNumber > 0, clauseNumber <= clauses.count else {
            return Derivation(relation: relation.name, tuple: values, rule: nil, premises: [])
        }
        let clause = clauses[clauseNumber - 1]
        let rule = rules[clause.rule]
        let described = DerivationRule(index: clause.rule, location: rule.location, text: render(rule))
        guard depthLimit > 0, let executor = executor(for: clauseNumber) else {
            return Derivation(relation: relation.name, tuple: values, rule: described, premises: [])
        }
        let tuple = (0..<store.arity).map { store.row(row)[$0] }
        state.pointee.found = false
        state.pointee.stop = nil
        state.pointee.wantedHeight = origin & 0xFFFF_FFFF
        executor.setWanted(tuple)
        executor.run()
        guard state.pointee.found else {
            return Derivation(relation: relation.name, tuple: values, rule: described, premises: [])
        }
        let premises = executor.plan.premiseSlots.map { (executor.plan.slotRelations[$0], executor.rows[$0]) }
        return Derivation(relation: relation.name, tuple: values, rule: described, premises: premises.compactMap { name, r in
            database.relations[name].map { explain($0, row: r, depthLimit: depthLimit - 1) }
        })
    }

    private func executor(for clauseNumber: Int) -> Executor? {
        if let e = plans[clauseNumber] { return e }
        let context = RulePlanner.Context(relations: database.relations, symbols: database.symbols, provenance: false)
        var planner = RulePlanner(context: context, clause: clauses[clauseNumber - 1])
        guard let plan = try? planner.compile(versions: [:], mode: .explain) else { return nil }
        let e = Executor(plan: plan, state: state, functors: functors)
        plans[clauseNumber] = e
        return e
    }
}
