/// Compiles one clause, in one semi-naive version, into a `RulePlan`.
///
/// Join order: the delta atom first (it is the smallest input of a recursive
/// version), then repeatedly the atom with the most bound arguments, ties to
/// the smallest relation; comparisons, assignments (`x = expr`) and negations
/// go in as soon as their variables are bound, so they prune early. An atom
/// with bound arguments is read through a hash index on those columns, which
/// the planner creates on the relation (and the relation keeps up to date).
struct RulePlanner {
    /// How the planner sees the database.
    struct Context {
        var relations: [String: Relation]
        var symbols: SymbolTable
        /// Whether plans must record each body row they use (provenance,
        /// explanations): if not, an atom with every column bound becomes a
        /// membership test of the relation's set.
        var provenance: Bool
        /// Relations being derived in the current stratum (their sets hold
        /// tuples the current iteration must not see yet).
        var changing: Set<String> = []
        /// Relations no rule derives: every row has height 0, so even with
        /// provenance a fully bound atom of one can be a membership test
        /// (evaluation only; explanations need the rows).
        var underived: Set<String> = []
    }

    enum Mode {
        /// Insert the head into its relation, recording `clause` as provenance.
        case emit(clauseNumber: Int)
        /// Find the body rows of a known head tuple (explanations).
        case explain
    }

    let context: Context
    let clause: Clause
    let memory = PlanMemory()

    // Registers.
    var registerTypes: [PrimitiveType] = []
    var constants: [(Int, UInt64)] = []
    var constantRegisters: [UInt64: [(PrimitiveType, Int)]] = [:]
    var variables: [String: Int] = [:]
    var bound: Set<Int> = []

    // Output: sequence 0 is the main one; aggregates add sub-sequences.
    var sequences: [[Step]] = [[]]
    var current = 0
    var slotCount = 0
    var slotRelations: [String] = []
    var accumulatorCount = 0
    /// Slots of the main sequence's atoms, and their relations.
    var bodySlots: [(Int, UnsafeMutablePointer<RelationStore>)] = []
    /// The body position of each of `bodySlots`' atoms.
    var bodyPositions: [Int] = []
    var headRegisters: [(Int, Int)] = []
    /// Variables occurring outside every aggregate: inside an aggregate, these
    /// are the outer (grouping) ones; the others are the aggregate's own.
    var outerVariables: Set<String> = []

    init(context: Context, clause: Clause) {
        self.context = context
        self.clause = clause
        var names: [String] = []
        for t in clause.head.arguments { t.collectVariables(into: &names, aggregates: false) }
        for l in clause.body { l.collectVariables(into: &names, aggregates: false) }
        outerVariables = Set(names)
    }

    // MARK: Driver

    /// Compiles the clause with the given versions of its body atoms (by
    /// body index; absent = `.full`).
    mutating func compile(versions: [Int: Version], mode: Mode) throws -> RulePlan {
        if case .explain = mode {
            for (column, term) in clause.head.arguments.enumerated() {
                if case .variable(let v) = term.kind, variables[v] == nil {
                    let r = newRegister(columnType(clause.head.relation, column))
                    variables[v] = r
                    bound.insert(r)
                    headRegisters.append((column, r))
                }
            }
        }
        try placeBody(clause.body, versions: versions, main: true)
        var keys: [Int] = []
        for term in clause.head.arguments {
            guard let r = try operand(term) else {
                throw PlanError(message: "a head argument is bound by no atom of the body", location: term.location)
            }
            keys.append(r)
        }
        guard let head = context.relations[clause.head.relation] else {
            throw PlanError(message: "unknown relation '\(clause.head.relation)'", location: clause.head.location)
        }
        var step: Step
        switch mode {
        case .emit(let number):
            step = Step(.emit)
            step.clause = number
        case .explain:
            step = Step(.found)
        }
        step.relation = head.store
        step.keys = memory.list(keys)
        // Input relations' rows all have height 0: only derived ones bound the new tuple's height.
        let heightSlots = zip(bodySlots, bodyPositions).filter { slot, position in
            guard case .atom(let atom) = clause.body[position].kind else { return true }
            return !context.underived.contains(atom.relation)
        }.map(\.0)
        step.heightSlots = memory.list(heightSlots.map(\.0))
        let readSlots: Set<Int>
        switch mode {
        case .explain: readSlots = Set(bodySlots.map(\.0))
        case .emit: readSlots = context.provenance ? Set(heightSlots.map(\.0)) : []
        }
        step.heightRelations = memory.pointers(heightSlots.map(\.1))
        append(step)
        for i in sequences[0].indices where sequences[0][i].slot >= 0 {
            sequences[0][i].recordsRow = readSlots.contains(sequences[0][i].slot)
        }
        groupOuterScans()
        warmNextLookups()
        return link()
    }

    /// A large stable relation scanned and then joined on one of its columns
    /// is read grouped by that column: consecutive rows then probe with the
    /// same key, and find what they probe in cache (rows in insertion order
    /// probe all over memory). Applies to the main sequence.
    private mutating func groupOuterScans() {
        var steps = sequences[0]
        for i in steps.indices.dropLast() where steps[i].kind == .scan && steps[i].stable {
            let next = steps[i + 1]
            guard next.kind == .lookup || next.kind == .probe, next.keys.count > 0,
                  let store = steps[i].relation, store.pointee.count >= 4096 else { continue }
            let key = next.keys[0]
            let binds = steps[i].bindRegisters
            guard let k = (0..<binds.count).first(where: { binds[$0] == key }) else { continue }
            steps[i].kind = .scanGrouped
            steps[i].clustered = store.pointee.clusteredIndex(on: [steps[i].bindColumns[k]])
        }
        sequences[0] = steps
    }

    /// A lookup loop followed (past filters) by a lookup of a large index
    /// keyed on one column it binds warms that lookup's probes a chunk of rows ahead: the probes of
    /// a large index miss the cache, and misses taken together overlap.
    private mutating func warmNextLookups() {
        var steps = sequences[0]
        for i in steps.indices where steps[i].kind == .lookup {
            var j = i + 1
            while j < steps.count, [.compare, .exists, .negation].contains(steps[j].kind) { j += 1 }
            guard j < steps.count, steps[j].kind == .lookup, steps[j].keys.count == 1,
                  let index = steps[j].clustered, index.pointee.width == 1,
                  index.pointee.bytes >= 1 << 18 else { continue }  // a smaller index stays in cache
            let binds = steps[i].bindRegisters
            guard let k = (0..<binds.count).first(where: { binds[$0] == steps[j].keys[0] }) else { continue }
            steps[i].warmIndex = index
            steps[i].warmColumn = steps[i].bindColumns[k]
        }
        sequences[0] = steps
    }

    /// Lays the sequences out one after the other and resolves `sub` links.
    private func link() -> RulePlan {
        var starts: [Int] = []
        var all: [Step] = []
        for s in sequences { starts.append(all.count); all += s }
        for i in all.indices where all[i].kind == .aggregate { all[i].sub = starts[all[i].sub] }
        return RulePlan(steps: all, registerCount: registerTypes.count, constants: constants, slotCount: slotCount,
                        accumulatorCount: accumulatorCount, headRegisters: headRegisters, slotRelations: slotRelations,
                        premiseSlots: zip(bodySlots, bodyPositions).sorted { $0.1 < $1.1 }.map(\.0.0), clause: clause, memory: memory)
    }

    // MARK: Body

    private mutating func placeBody(_ body: [Literal], versions: [Int: Version], main: Bool) throws {
        var atoms: [(Int, Atom)] = []
        var others: [Literal] = []
        for (i, literal) in body.enumerated() {
            switch literal.kind {
            case .atom(let a) where !isConstraint(a): atoms.append((i, a))
            case .disjunction:
                throw PlanError(message: "disjunction inside an aggregate is not supported", location: literal.location)
            default: others.append(literal)
            }
        }
        while true {
            var progress = true
            while progress {
                progress = false
                var k = 0
                while k < others.count {
                    if try place(others[k]) { others.remove(at: k); progress = true } else { k += 1 }
                }
            }
            guard !atoms.isEmpty else { break }
            let pick = chooseAtom(atoms, versions: versions)
            let (index, atom) = atoms.remove(at: pick)
            others += try placeAtom(atom, version: versions[index] ?? .full, main: main, position: index)
        }
        if let stuck = others.first {
            var names: [String] = []
            stuck.collectVariables(into: &names)
            let unbound = names.filter { variables[$0] == nil }
            throw PlanError(message: "variable '\(unbound.first ?? "?")' is not bound by a positive atom", location: stuck.location)
        }
    }

    mutating func placeBodyForAggregate(_ body: [Literal]) throws {
        try placeBody(body, versions: [:], main: false)
    }

    private func isConstraint(_ atom: Atom) -> Bool {
        (atom.relation == "contains" || atom.relation == "match") && context.relations[atom.relation] == nil
    }

    /// The delta atom if there is one; else the atom expected to match the
    /// fewest rows per binding so far (its size over the number of distinct
    /// keys on its bound columns), ties to the one with more bound columns.
    private func chooseAtom(_ atoms: [(Int, Atom)], versions: [Int: Version]) -> Int {
        if let delta = atoms.firstIndex(where: { versions[$0.0] == .delta }) { return delta }
        var best = 0
        var bestEstimate = Double.infinity
        var bestBound = -1
        for (k, (_, atom)) in atoms.enumerated() {
            let columns = atom.arguments.indices.filter { !isAnonymous(atom.arguments[$0]) && isComputable(atom.arguments[$0]) }
            guard let relation = context.relations[atom.relation] else { return k }
            let size = Double(relation.count)
            let estimate = columns.isEmpty ? size : size / Double(max(1, relation.store.pointee.distinctCount(on: columns)))
            if estimate < bestEstimate || (estimate == bestEstimate && columns.count > bestBound) {
                best = k; bestEstimate = estimate; bestBound = columns.count
            }
        }
        return best
    }

    private func isAnonymous(_ t: Term) -> Bool { if case .anonymous = t.kind { return true } else { return false } }

    /// Places `atom`; returns the equalities left to check for arguments
    /// that are expressions over variables not bound yet (`fib(i - 1, a)`
    /// read before `i` is bound binds a fresh variable, checked against
    /// `i - 1` once `i` is).
    private mutating func placeAtom(_ atom: Atom, version: Version, main: Bool, position: Int) throws -> [Literal] {
        var deferred: [Literal] = []
        guard let relation = context.relations[atom.relation] else {
            throw PlanError(message: "unknown relation '\(atom.relation)'", location: atom.location)
        }
        var keyColumns: [Int] = [], keyRegisters: [Int] = []
        var bindColumns: [Int] = [], bindRegisters: [Int] = []
        var checkColumns: [Int] = [], checkRegisters: [Int] = []
        var fresh: [String: Int] = [:]
        for (column, term) in atom.arguments.enumerated() {
            if case .anonymous = term.kind { continue }
            if case .variable(let v) = term.kind, variables[v] == nil {
                if let r = fresh[v] {
                    checkColumns.append(column); checkRegisters.append(r)
                } else {
                    let r = newRegister(relation.signature.columnTypes[column])
                    fresh[v] = r
                    bindColumns.append(column); bindRegisters.append(r)
                }
                continue
            }
            guard isComputable(term), let r = try operand(term, expected: relation.signature.columnTypes[column]) else {
                let name = "$\(position).\(column)"
                let r = newRegister(relation.signature.columnTypes[column])
                fresh[name] = r
                bindColumns.append(column); bindRegisters.append(r)
                deferred.append(Literal(.comparison(.equal, Term(.variable(name), location: term.location), term),
                                        location: term.location))
                continue
            }
            keyColumns.append(column); keyRegisters.append(r)
        }
        for (v, r) in fresh { variables[v] = r; bound.insert(r) }
        if keyColumns.count == relation.arity, relation.arity > 0, version == .full,
           !context.provenance || context.underived.contains(atom.relation),
           !context.changing.contains(atom.relation) {
            var step = Step(.exists)
            step.relation = relation.store
            step.filter = relation.store.pointee.membershipFilter()
            step.keys = memory.list(keyRegisters)
            append(step)
            return deferred
        }
        let stable = version == .full && !context.changing.contains(atom.relation)
        var step = Step(keyColumns.isEmpty ? .scan : (stable ? .lookup : .probe))
        step.stable = stable
        step.relation = relation.store
        step.version = version
        if !keyColumns.isEmpty {
            if stable {
                step.clustered = relation.store.pointee.clusteredIndex(on: keyColumns)
            } else {
                step.index = relation.store.pointee.index(on: keyColumns)
            }
        }
        step.keys = memory.list(keyRegisters)
        step.bindColumns = memory.list(bindColumns)
        step.bindRegisters = memory.list(bindRegisters)
        step.checkColumns = memory.list(checkColumns)
        step.checkRegisters = memory.list(checkRegisters)
        step.slot = slotCount
        slotRelations.append(atom.relation)
        if main { bodySlots.append((slotCount, relation.store)); bodyPositions.append(position) }
        slotCount += 1
        append(step)
        return deferred
    }

    /// Places a non-atom literal if its variables allow; returns whether it did.
    private mutating func place(_ literal: Literal) throws -> Bool {
        switch literal.kind {
        case .atom(let a):
            guard a.arguments.allSatisfy(isComputable) else { return false }
            var registers: [Int] = []
            for t in a.arguments { registers.append(try operand(t, expected: .symbol)!) }
            guard registers.count == 2 else {
                throw PlanError(message: "'\(a.relation)' takes two arguments", location: a.location)
            }
            let r = newRegister(.number)
            var step = Step(.compute)
            step.operation = a.relation == "contains" ? .contains : .match
            step.dst = r
            step.args = memory.list(registers)
            append(step)
            bound.insert(r)
            try appendCompare(.equal, .number, r, constant(1, .number))
            return true
        case .negated(let a):
            guard a.arguments.allSatisfy({ isAnonymous($0) || isComputable($0) }) else { return false }
            guard let relation = context.relations[a.relation] else {
                throw PlanError(message: "unknown relation '\(a.relation)'", location: a.location)
            }
            var keys: [Int] = []
            var columns: [Int] = []
            for (column, t) in a.arguments.enumerated() where !isAnonymous(t) {
                keys.append(try operand(t, expected: relation.signature.columnTypes[column])!)
                columns.append(column)
            }
            var step = Step(.negation)
            step.relation = relation.store
            step.keys = memory.list(keys)
            if columns.count < relation.arity { step.index = relation.store.pointee.index(on: columns) }
            append(step)
            return true
        case .comparison(let op, let lhs, let rhs):
            if op == .equal {
                if case .variable(let v) = lhs.kind, variables[v] == nil, isComputable(rhs) {
                    variables[v] = try operand(rhs)!
                    return true
                }
                if case .variable(let v) = rhs.kind, variables[v] == nil, isComputable(lhs) {
                    variables[v] = try operand(lhs)!
                    return true
                }
            }
            guard isComputable(lhs), isComputable(rhs) else { return false }
            let type = try commonType(lhs, rhs)
            let a = try operand(lhs, expected: type)!, b = try operand(rhs, expected: type)!
            try appendCompare(op, type, a, b)
            return true
        case .disjunction:
            throw PlanError(message: "disjunction inside an aggregate is not supported", location: literal.location)
        }
    }

    private mutating func appendCompare(_ op: ComparisonOperator, _ type: PrimitiveType, _ a: Int, _ b: Int) throws {
        var step = Step(.compare)
        step.compareOp = op
        step.type = type
        step.a = a
        step.b = b
        append(step)
    }

    // MARK: Helpers

    mutating func newRegister(_ type: PrimitiveType) -> Int {
        registerTypes.append(type)
        return registerTypes.count - 1
    }

    mutating func append(_ step: Step) { sequences[current].append(step) }

    func columnType(_ relation: String, _ column: Int) -> PrimitiveType {
        context.relations[relation]?.signature.columnTypes[column] ?? .symbol
    }

    /// A register holding `value` of `type` (shared between uses).
    mutating func constant(_ value: UInt64, _ type: PrimitiveType) -> Int {
        if let r = constantRegisters[value]?.first(where: { $0.0 == type })?.1 { return r }
        let r = newRegister(type)
        constants.append((r, value))
        constantRegisters[value, default: []].append((type, r))
        bound.insert(r)
        return r
    }
}
