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
    func flush() {
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

    /// Rows a loop warms the next lookup for at a time.
    static let warmChunk = 16

    /// Loads, for rows `from ..< to` of a loop, the slots the next lookup
    /// will probe, then the first rows of their groups: the loads of one
    /// pass do not depend on each other, so their misses overlap, where the
    /// lookups themselves would take them one after the other.
    @inline(__always)
    private func warm(_ s: UnsafeMutablePointer<Step>, _ base: UnsafeMutablePointer<UInt64>, _ arity: Int, _ from: Int, _ to: Int) {
        let index = s.pointee.warmIndex.unsafelyUnwrapped
        let column = s.pointee.warmColumn
        var sink: UInt64 = 0
        for r in from..<to { sink &+= index.pointee.touchSlot(base[r * arity + column]) }
        for r in from..<to { sink &+= index.pointee.touchGroup(base[r * arity + column]) }
        if sink == 0x5EED { touchSink &+= 1 }
    }

    /// Runs the steps from `pc` on; loop steps are handled here, each row
    /// continuing through `proceed`.
    func run(_ pc: Int) {
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
                    proceed(pc + 1)
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
            let key = loadKey(s, pc)
            let slot = s.pointee.slot
            var r = index.pointee.first(key: key, rows: store.pointee.rows, arity: arity)
            while r >= hi { r = index.pointee.next(r) }
            while r >= lo {
                if match(s, store.pointee.rows + r * arity) {
                    rows[slot] = r
                    proceed(pc + 1)
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
                    if s.pointee.recordsRow { rows[slot] = Int(index.pointee.origins[r]) }
                    proceed(pc + 1)
                    if state.pointee.stop != nil || state.pointee.found { return }
                }
                tick(s.pointee.relation.unsafelyUnwrapped)
                if state.pointee.stop != nil { return }
                r += 1
            }
        case .lookup:
            let index = s.pointee.clustered.unsafelyUnwrapped
            let key = loadKey(s, pc)
            let cache = lookupCache + pc * (scratchWidth + 1)
            var same = cache[0] != .max
            if same { for i in 0..<s.pointee.keys.count where cache[1 + i] != key[i] { same = false; break } }
            let start: Int, count: Int
            if same {
                start = Int(cache[0] >> 32)
                count = Int(cache[0] & 0xFFFF_FFFF)
            } else {
                (start, count) = index.pointee.lookup(key)
                cache[0] = UInt64(start) << 32 | UInt64(count)
                for i in 0..<s.pointee.keys.count { cache[1 + i] = key[i] }
            }
            let arity = index.pointee.arity
            let slot = s.pointee.slot
            var r = start
            let end = start + count
            while r < end {
                let chunkEnd = min(r + Self.warmChunk, end)
                if s.pointee.warmIndex != nil && chunkEnd - r > 1 { warm(s, index.pointee.rows, arity, r, chunkEnd) }
                while r < chunkEnd {
                    if match(s, index.pointee.rows + r * arity) {
                        if s.pointee.recordsRow { rows[slot] = Int(index.pointee.origins[r]) }
                        proceed(pc + 1)
                        if state.pointee.stop != nil || state.pointee.found { return }
                    }
                    r += 1
                }
            }
        case .exists, .compare, .negation, .compute, .accumulate, .emit, .found:
            proceed(pc)
        case .aggregate:
            let slot = s.pointee.slot
            accumulators[slot] = Accumulator()
            run(s.pointee.sub)
            if state.pointee.stop != nil { return }
            guard let value = accumulators[slot].result(s.pointee.aggregate, s.pointee.type) else { return }
            registers[s.pointee.dst] = value
            proceed(pc + 1)
        }
    }
}
