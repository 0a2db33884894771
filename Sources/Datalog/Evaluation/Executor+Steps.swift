/// The steps that end a row's way through a plan or let it pass: filters,
/// computations, the emit. `proceed` runs them in a loop, inline in the
/// loop step that produced the row, so that a row rejected by a filter
/// costs no call (a plan's innermost loop is usually a lookup followed by
/// filters, run millions of times).
extension Executor {
    /// The step's `keys` registers copied into its scratch (a probe key, a
    /// tuple to test or to emit).
    @inline(__always)
    func loadKey(_ s: UnsafeMutablePointer<Step>, _ pc: Int) -> UnsafeMutablePointer<UInt64> {
        let key = scratch + pc * scratchWidth
        let keys = s.pointee.keys
        for i in 0..<keys.count { key[i] = registers[keys[i]] }
        return key
    }

    /// Runs the steps from `start` on: filters and computations in place,
    /// stopping at the first that rejects the row; a loop or aggregate step
    /// by a call to `run`.
    @inline(__always)
    func proceed(_ start: Int) {
        var pc = start
        while true {
            let s = steps + pc
            switch s.pointee.kind {
            case .exists:
                let store = s.pointee.relation.unsafelyUnwrapped
                let key = loadKey(s, pc)
                if let filter = s.pointee.filter {
                    guard store.contains(key, filter: filter) else { return }
                } else {
                    guard store.contains(key) else { return }
                }
            case .compare:
                guard compare(s.pointee.compareOp, s.pointee.type, registers[s.pointee.a], registers[s.pointee.b]) else { return }
            case .negation:
                let store = s.pointee.relation.unsafelyUnwrapped
                let key = loadKey(s, pc)
                if let index = s.pointee.index {
                    guard index.pointee.first(key: key, rows: store.pointee.rows, arity: store.pointee.arity) < 0 else { return }
                } else {
                    guard !store.contains(key) else { return }
                }
            case .compute:
                guard let value = functors.compute(s.pointee, registers) else { return }
                registers[s.pointee.dst] = value
            case .accumulate:
                accumulators[s.pointee.slot].add(registers[s.pointee.a], s.pointee.aggregate, s.pointee.type, functors.symbols)
                return
            case .emit:
                emit(s, pc)
                return
            case .found:
                found(s, pc)
                return
            case .scan, .probe, .scanGrouped, .lookup, .aggregate:
                run(pc)
                return
            }
            pc += 1
        }
    }

    @inline(__always)
    func emit(_ s: UnsafeMutablePointer<Step>, _ pc: Int) {
        let tuple = loadKey(s, pc)
        let keys = s.pointee.keys
        let store = s.pointee.relation.unsafelyUnwrapped
        var origin: UInt64 = 0
        if state.pointee.provenance {
            var height: UInt64 = 0
            let slots = s.pointee.heightSlots
            for i in 0..<slots.count {
                let h = s.pointee.heightRelations.unsafelyUnwrapped[i].height(rows[slots[i]])
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
    func tick(_ store: UnsafeMutablePointer<RelationStore>) {
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
    func found(_ s: UnsafeMutablePointer<Step>, _ pc: Int) {
        let wanted = scratch + pc * scratchWidth
        let keys = s.pointee.keys
        for i in 0..<keys.count where registers[keys[i]] != wanted[i] { return }
        let slots = s.pointee.heightSlots
        for i in 0..<slots.count {
            let h = s.pointee.heightRelations.unsafelyUnwrapped[i].height(rows[slots[i]])
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
    func compare(_ op: ComparisonOperator, _ type: PrimitiveType, _ a: UInt64, _ b: UInt64) -> Bool {
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
    static func holds<T: Comparable>(_ op: ComparisonOperator, _ x: T, _ y: T) -> Bool {
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
