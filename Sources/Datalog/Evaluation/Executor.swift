import Foundation

/// Mutable state of a run, kept behind a pointer so the inner loops update
/// it without exclusivity checks.
struct ExecutionState {
    /// New tuples inserted by this evaluation so far, and the cap.
    var derived = 0
    var derivedLimit = Int.max
    /// Emits until the next look at the clock.
    var untilClockCheck = 4096
    /// Monotonic nanoseconds after which to stop (`UInt64.max`: never).
    var deadline: UInt64 = .max
    var stop: StopReason? = nil
    /// The relation being inserted into when a limit was hit.
    var stoppedIn: UnsafeMutablePointer<RelationStore>? = nil
    var provenance = false
    /// Explanation searches: the wanted tuple's height (body rows must be lower).
    var wantedHeight: UInt64 = 0
    var found = false

    enum StopReason: Sendable { case derivedLimit, deadline }
}

@inline(__always) func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Head tuples of one plan waiting for a batched insert.
struct PendingTuples {
    var store: UnsafeMutablePointer<RelationStore>?
    var tuples = RawBuffer<UInt64>()
    var origins = RawBuffer<UInt64>()
    var count = 0
}

/// Runs a `RulePlan`: nested loops over its steps with one preallocated
/// register file. Nothing is allocated per tuple except by string functors.
final class Executor {
    let plan: RulePlan
    let steps: UnsafeMutablePointer<Step>
    let registers: UnsafeMutablePointer<UInt64>
    let rows: UnsafeMutablePointer<Int>
    /// Per step, room for one tuple (probe keys, emitted tuples).
    let scratch: UnsafeMutablePointer<UInt64>
    let scratchWidth: Int
    /// Per `lookup` step, its last key and result (`start << 32 | count`,
    /// `UInt64.max` when empty): the relation does not change, and a lookup
    /// nested in loops that do not bind its key repeats the same key.
    let lookupCache: UnsafeMutablePointer<UInt64>
    let accumulators: UnsafeMutablePointer<Accumulator>
    let state: UnsafeMutablePointer<ExecutionState>
    let functors: FunctorRuntime
    /// The relation the plan derives (named when a limit stops it).
    let headStore: UnsafeMutablePointer<RelationStore>?
    /// Head tuples waiting to be inserted in one batch (see `insertBatch`).
    let pending: UnsafeMutablePointer<PendingTuples>

    init(plan: RulePlan, state: UnsafeMutablePointer<ExecutionState>, functors: FunctorRuntime) {
        self.plan = plan
        steps = plan.steps
        registers = .allocate(capacity: max(1, plan.registerCount))
        registers.initialize(repeating: 0, count: max(1, plan.registerCount))
        for (r, v) in plan.constants { registers[r] = v }
        rows = .allocate(capacity: max(1, plan.slotCount))
        rows.initialize(repeating: 0, count: max(1, plan.slotCount))
        var width = 1
        for i in 0..<plan.stepCount { width = max(width, plan.steps[i].keys.count) }
        scratchWidth = width
        scratch = .allocate(capacity: width * max(1, plan.stepCount))
        scratch.initialize(repeating: 0, count: width * max(1, plan.stepCount))
        lookupCache = .allocate(capacity: (width + 1) * max(1, plan.stepCount))
        lookupCache.initialize(repeating: .max, count: (width + 1) * max(1, plan.stepCount))
        accumulators = .allocate(capacity: max(1, plan.accumulatorCount))
        accumulators.initialize(repeating: Accumulator(), count: max(1, plan.accumulatorCount))
        self.state = state
        self.functors = functors
        pending = .allocate(capacity: 1)
        pending.initialize(to: PendingTuples())
        headStore = (0..<plan.stepCount).first { plan.steps[$0].kind == .emit }.flatMap { plan.steps[$0].relation }
    }

    deinit {
        registers.deallocate(); rows.deallocate(); scratch.deallocate(); accumulators.deallocate()
        lookupCache.deallocate()
        pending.pointee.tuples.deallocate(); pending.pointee.origins.deallocate()
        pending.deinitialize(count: 1); pending.deallocate()
    }

    /// Runs the whole plan once.
    func run() {
        guard plan.stepCount > 0 else { return }
        run(0)
        flush()
    }

    /// Inserts the pending head tuples, counting new ones against the cap.
    private func flush() {
        guard pending.pointee.count > 0, let store = pending.pointee.store else { return }
        pending.pointee.tuples.reserve(1)  // nullary heads append no cells
        let state = self.state
        let origins = state.pointee.provenance ? UnsafePointer(pending.pointee.origins.base) : nil
        _ = store.pointee.insertBatch(pending.pointee.tuples.base.unsafelyUnwrapped, count: pending.pointee.count,
                                      origins: origins) { _ in
            state.pointee.derived += 1
            if state.pointee.derived > state.pointee.derivedLimit {
                state.pointee.stop = .derivedLimit
                state.pointee.stoppedIn = store
                return false
            }
            return true
        }
        pending.pointee.count = 0
        pending.pointee.tuples.removeAll()
        pending.pointee.origins.removeAll()
    }

    @inline(__always)
    private func range(_ store: UnsafeMutablePointer<RelationStore>, _ version: Version) -> (Int, Int) {
        switch version {
        case .full: (0, store.pointee.stableEnd)
        case .delta: (store.pointee.deltaStart, store.pointee.stableEnd)
        case .old: (0, store.pointee.deltaStart)
        }
    }

    /// Copies the bound columns of `row` into registers; false if a checked column differs.
    @inline(__always)
    private func match(_ s: UnsafeMutablePointer<Step>, _ row: UnsafePointer<UInt64>) -> Bool {
        let checks = s.pointee.checkColumns.count
        if checks > 0 {
            let binds = s.pointee.bindColumns.count
            for i in 0..<binds { registers[s.pointee.bindRegisters[i]] = row[s.pointee.bindColumns[i]] }
            for i in 0..<checks where row[s.pointee.checkColumns[i]] != registers[s.pointee.checkRegisters[i]] { return false }
            return true
        }
        let binds = s.pointee.bindColumns
        let regs = s.pointee.bindRegisters
        switch binds.count {
        case 0: break
        case 1: registers[regs[0]] = row[binds[0]]
        case 2: registers[regs[0]] = row[binds[0]]; registers[regs[1]] = row[binds[1]]
        default: for i in 0..<binds.count { registers[regs[i]] = row[binds[i]] }
        }
        return true
    }

    private func run(_ pc: Int) {
        let s = steps + pc
        switch s.pointee.kind {
        case .scan:
            let store = s.pointee.relation.unsafelyUnwrapped
            let (lo, hi) = range(store, s.pointee.version)
            let arity = store.pointee.arity
            let slot = s.pointee.slot
            var r = lo
            while r < hi {
                if match(s, store.pointee.rows + r * arity) {
                    rows[slot] = r
                    run(pc + 1)
                    if state.pointee.stop != nil || state.pointee.found { return }
                }
                tick(store)
                if state.pointee.stop != nil { return }
                r += 1
            }
        case .probe:
            let store = s.pointee.relation.unsafelyUnwrapped
            let (lo, hi) = range(store, s.pointee.version)
            let arity = store.pointee.arity
            let index = s.pointee.index.unsafelyUnwrapped
            let key = scratch + pc * scratchWidth
            let keys = s.pointee.keys
            for i in 0..<keys.count { key[i] = registers[keys[i]] }
            let slot = s.pointee.slot
            var r = index.pointee.first(key: key, rows: store.pointee.rows, arity: arity)
            while r >= hi { r = index.pointee.next(r) }
            while r >= lo {
                if match(s, store.pointee.rows + r * arity) {
                    rows[slot] = r
                    run(pc + 1)
                    if state.pointee.stop != nil || state.pointee.found { return }
                }
                r = index.pointee.next(r)
            }
        case .scanGrouped:
            let index = s.pointee.clustered.unsafelyUnwrapped
            let count = s.pointee.relation.unsafelyUnwrapped.pointee.count
            let arity = index.pointee.arity
            let slot = s.pointee.slot
            var r = 0
            while r < count {
                if match(s, index.pointee.rows + r * arity) {
                    rows[slot] = Int(index.pointee.origins[r])
                    run(pc + 1)
                    if state.pointee.stop != nil || state.pointee.found { return }
                }
                tick(s.pointee.relation.unsafelyUnwrapped)
                if state.pointee.stop != nil { return }
                r += 1
            }
        case .lookup:
            let index = s.pointee.clustered.unsafelyUnwrapped
            let key = scratch + pc * scratchWidth
            let keys = s.pointee.keys
            for i in 0..<keys.count { key[i] = registers[keys[i]] }
            let cache = lookupCache + pc * (scratchWidth + 1)
            var same = cache[0] != .max
            if same { for i in 0..<keys.count where cache[1 + i] != key[i] { same = false; break } }
            let start: Int, count: Int
            if same {
                start = Int(cache[0] >> 32)
                count = Int(cache[0] & 0xFFFF_FFFF)
            } else {
                (start, count) = index.pointee.lookup(key)
                cache[0] = UInt64(start) << 32 | UInt64(count)
                for i in 0..<keys.count { cache[1 + i] = key[i] }
            }
            let arity = index.pointee.arity
            let slot = s.pointee.slot
            var r = start
            while r < start + count {
                if match(s, index.pointee.rows + r * arity) {
                    rows[slot] = Int(index.pointee.origins[r])
                    run(pc + 1)
                    if state.pointee.stop != nil || state.pointee.found { return }
                }
                r += 1
            }
        case .exists:
            let store = s.pointee.relation.unsafelyUnwrapped
            let key = scratch + pc * scratchWidth
            let keys = s.pointee.keys
            for i in 0..<keys.count { key[i] = registers[keys[i]] }
            if let filter = s.pointee.filter {
                if store.pointee.contains(key, filter: filter) { run(pc + 1) }
            } else if store.pointee.contains(key) {
                run(pc + 1)
            }
        case .compare:
            if compare(s.pointee.compareOp, s.pointee.type, registers[s.pointee.a], registers[s.pointee.b]) { run(pc + 1) }
        case .negation:
            let store = s.pointee.relation.unsafelyUnwrapped
            let key = scratch + pc * scratchWidth
            let keys = s.pointee.keys
            for i in 0..<keys.count { key[i] = registers[keys[i]] }
            if let index = s.pointee.index {
                if index.pointee.first(key: key, rows: store.pointee.rows, arity: store.pointee.arity) >= 0 { return }
            } else if store.pointee.contains(key) {
                return
            }
            run(pc + 1)
        case .compute:
            guard let value = functors.compute(s.pointee, registers) else { return }
            registers[s.pointee.dst] = value
            run(pc + 1)
        case .aggregate:
            let slot = s.pointee.slot
            accumulators[slot] = Accumulator()
            run(s.pointee.sub)
            if state.pointee.stop != nil { return }
            guard let value = accumulators[slot].result(s.pointee.aggregate, s.pointee.type) else { return }
            registers[s.pointee.dst] = value
            run(pc + 1)
        case .accumulate:
            accumulators[s.pointee.slot].add(registers[s.pointee.a], s.pointee.aggregate, s.pointee.type, functors.symbols)
        case .emit:
            emit(s, pc)
        case .found:
            found(s, pc)
        }
    }

    @inline(__always)
    private func emit(_ s: UnsafeMutablePointer<Step>, _ pc: Int) {
        let tuple = scratch + pc * scratchWidth
        let keys = s.pointee.keys
        for i in 0..<keys.count { tuple[i] = registers[keys[i]] }
        let store = s.pointee.relation.unsafelyUnwrapped
        var origin: UInt64 = 0
        if state.pointee.provenance {
            var height: UInt64 = 0
            let slots = s.pointee.heightSlots
            for i in 0..<slots.count {
                let h = s.pointee.heightRelations.unsafelyUnwrapped[i].pointee.height(rows[slots[i]])
                if h > height { height = h }
            }
            origin = UInt64(s.pointee.clause) << 32 | (height + 1)
        }
        pending.pointee.store = store
        pending.pointee.tuples.append(from: tuple, count: keys.count)
        if state.pointee.provenance { pending.pointee.origins.append(origin) }
        pending.pointee.count += 1
        if pending.pointee.count >= 1024 { flush() }
        tick(store)
    }

    /// Counts work towards the next look at the clock (every 4096 emits or
    /// rows scanned, so that a join deriving nothing still meets its deadline).
    @inline(__always)
    private func tick(_ store: UnsafeMutablePointer<RelationStore>) {
        state.pointee.untilClockCheck -= 1
        if state.pointee.untilClockCheck <= 0 {
            state.pointee.untilClockCheck = 4096
            if state.pointee.deadline != .max && monotonicNanoseconds() > state.pointee.deadline {
                state.pointee.stop = .deadline
                state.pointee.stoppedIn = headStore ?? store
            }
        }
    }

    /// Explanation search: the head matches the wanted tuple (held in the
    /// scratch of this step) and every body row is lower than it.
    private func found(_ s: UnsafeMutablePointer<Step>, _ pc: Int) {
        let wanted = scratch + pc * scratchWidth
        let keys = s.pointee.keys
        for i in 0..<keys.count where registers[keys[i]] != wanted[i] { return }
        let slots = s.pointee.heightSlots
        for i in 0..<slots.count {
            let h = s.pointee.heightRelations.unsafelyUnwrapped[i].pointee.height(rows[slots[i]])
            if h >= state.pointee.wantedHeight && state.pointee.wantedHeight > 0 { return }
        }
        state.pointee.found = true
    }

    /// Sets the tuple an explanation search looks for.
    func setWanted(_ tuple: [UInt64]) {
        guard let pc = (0..<plan.stepCount).first(where: { steps[$0].kind == .found }) else { return }
        for (i, v) in tuple.enumerated() { scratch[pc * scratchWidth + i] = v }
        for (column, register) in plan.headRegisters { registers[register] = tuple[column] }
    }

    @inline(__always)
    private func compare(_ op: ComparisonOperator, _ type: PrimitiveType, _ a: UInt64, _ b: UInt64) -> Bool {
        switch type {
        case .number: return Self.holds(op, Int64(bitPattern: a), Int64(bitPattern: b))
        case .float: return Self.holds(op, Double(bitPattern: a), Double(bitPattern: b))
        case .symbol:
            // Interned ids are equal exactly when the texts are; order needs the texts.
            switch op {
            case .equal: return a == b
            case .notEqual: return a != b
            default: return Self.holds(op, functors.compareSymbols(a, b), 0)
            }
        }
    }

    @inline(__always)
    private static func holds<T: Comparable>(_ op: ComparisonOperator, _ x: T, _ y: T) -> Bool {
        switch op {
        case .equal: return x == y
        case .notEqual: return x != y
        case .less: return x < y
        case .lessOrEqual: return x <= y
        case .greater: return x > y
        case .greaterOrEqual: return x >= y
        }
    }
}
