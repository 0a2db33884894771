/// Evaluates a checked program's strata in order over a `Database`.
///
/// A non-recursive stratum runs each of its clauses once. A recursive one
/// runs semi-naively: first the clauses that read no relation of the
/// stratum, then, until nothing new appears, every version of each
/// recursive clause, where version *i* reads the last iteration's news
/// (delta) at its *i*-th recursive atom, what was known before at the
/// earlier ones (old), and everything at the later ones (full) — so each
/// combination of tuples is joined once. New tuples go straight into the
/// relation; the delta is a range of row numbers.
struct StratumEvaluator {
    let program: CheckedProgram
    let database: Database
    let options: EvaluationOptions
    /// Every clause of the program; provenance names clause `k` as `k + 1`.
    let clauses: [Clause]
    let clausesByRule: [[Int]]

    init(program: CheckedProgram, database: Database, options: EvaluationOptions) {
        self.program = program
        self.database = database
        self.options = options
        var clauses: [Clause] = []
        var byRule: [[Int]] = []
        for (i, rule) in program.program.rules.enumerated() {
            var numbers: [Int] = []
            for c in Clause.expand(rule, index: i) { numbers.append(clauses.count); clauses.append(c) }
            byRule.append(numbers)
        }
        self.clauses = clauses
        clausesByRule = byRule
    }

    func run() throws(EvaluationError) {
        let state = UnsafeMutablePointer<ExecutionState>.allocate(capacity: 1)
        state.initialize(to: ExecutionState())
        defer { state.deinitialize(count: 1); state.deallocate() }
        if let limit = options.maxDerivedTuples { state.pointee.derivedLimit = limit }
        if let seconds = options.timeLimit {
            state.pointee.deadline = monotonicNanoseconds() &+ UInt64(max(0, seconds) * 1e9)
        }
        state.pointee.provenance = options.explanations
        if options.explanations {
            for r in database.relations.values { r.store.pointee.recordProvenance() }
        }
        let functors = FunctorRuntime(symbols: database.symbols)
        let context = RulePlanner.Context(relations: database.relations, symbols: database.symbols,
                                          provenance: options.explanations)
        for stratum in program.strata {
            try evaluate(stratum, context: context, state: state, functors: functors)
            for name in stratum.relations { database.relations[name]?.store.pointee.settle() }
        }
    }

    private func evaluate(_ stratum: Stratum, context: RulePlanner.Context,
                          state: UnsafeMutablePointer<ExecutionState>, functors: FunctorRuntime) throws(EvaluationError) {
        // Clauses reading a relation of their own stratum run semi-naively even if
        // the stratum is not marked recursive: then order within it cannot matter.
        let recursive = Set(stratum.relations)
        let numbers = stratum.ruleIndices.flatMap { clausesByRule[$0] }
        let members = stratum.relations.compactMap { database.relations[$0]?.store }
        // Everything already in the stratum's relations (inputs, facts) is stable.
        for m in members { m.pointee.deltaStart = 0; m.pointee.stableEnd = m.pointee.count }
        var base: [Int] = [], recursiveClauses: [Int] = []
        for n in numbers {
            if clauses[n].recursiveAtoms(recursive).isEmpty { base.append(n) } else { recursiveClauses.append(n) }
        }
        for n in base {
            let plan = try compile(n, versions: [:], context: context)
            try execute(plan, state: state, functors: functors)
        }
        guard !recursiveClauses.isEmpty else { return }
        // First iteration: every tuple so far is news.
        for m in members { m.pointee.deltaStart = 0; m.pointee.stableEnd = m.pointee.count }
        var executors: [Executor] = []
        for n in recursiveClauses {
            let atoms = clauses[n].recursiveAtoms(recursive)
            for (k, position) in atoms.enumerated() {
                var versions: [Int: Version] = [:]
                for (j, other) in atoms.enumerated() { versions[other] = j < k ? .old : (j == k ? .delta : .full) }
                versions[position] = .delta
                executors.append(Executor(plan: try compile(n, versions: versions, context: context),
                                          state: state, functors: functors))
            }
        }
        while members.contains(where: { $0.pointee.stableEnd > $0.pointee.deltaStart }) {
            for e in executors {
                e.run()
                try check(state)
            }
            for m in members { m.pointee.deltaStart = m.pointee.stableEnd; m.pointee.stableEnd = m.pointee.count }
        }
    }

    private func compile(_ number: Int, versions: [Int: Version], context: RulePlanner.Context) throws(EvaluationError) -> RulePlan {
        var planner = RulePlanner(context: context, clause: clauses[number])
        do {
            return try planner.compile(versions: versions, mode: .emit(clauseNumber: number + 1))
        } catch let error as PlanError {
            throw .unsupported(location: error.location, message: error.message)
        } catch {
            throw .unsupported(location: clauses[number].head.location, message: "\(error)")
        }
    }

    private func execute(_ plan: RulePlan, state: UnsafeMutablePointer<ExecutionState>, functors: FunctorRuntime) throws(EvaluationError) {
        Executor(plan: plan, state: state, functors: functors).run()
        try check(state)
    }

    private func check(_ state: UnsafeMutablePointer<ExecutionState>) throws(EvaluationError) {
        guard let reason = state.pointee.stop else { return }
        let store = state.pointee.stoppedIn
        let relation = database.relations.values.first { $0.store == store }
        let name = relation?.name ?? "?"
        let size = relation?.count ?? 0
        switch reason {
        case .derivedLimit: throw .tooManyTuples(limit: state.pointee.derivedLimit, relation: name, size: size)
        case .deadline: throw .deadlineExceeded(seconds: options.timeLimit ?? 0, relation: name, size: size)
        }
    }
}

/// How to evaluate: limits and whether to record what explanations need.
///
/// ```swift
/// let options = EvaluationOptions(timeLimit: 2, maxDerivedTuples: 1_000_000, explanations: true)
/// ```
public struct EvaluationOptions: Sendable, Hashable {
    /// Seconds after which evaluation stops with `EvaluationError.deadlineExceeded`.
    public var timeLimit: Double?
    /// How many new tuples evaluation may derive before it stops with `EvaluationError.tooManyTuples`.
    public var maxDerivedTuples: Int?
    /// Record each derived tuple's rule and height, so that `Evaluation.explain` can rebuild its derivation.
    public var explanations: Bool

    public init(timeLimit: Double? = nil, maxDerivedTuples: Int? = nil, explanations: Bool = false) {
        self.timeLimit = timeLimit
        self.maxDerivedTuples = maxDerivedTuples
        self.explanations = explanations
    }
}
