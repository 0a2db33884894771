/// One instruction of a compiled rule. A rule version compiles to a straight
/// sequence of steps, run as nested loops: each `scan`/`probe` loops over
/// the rows that match what is bound so far and runs the rest of the
/// sequence for each; filters stop a branch; `emit` inserts the head tuple.
///
/// Steps are plain values with raw pointers into memory the `RulePlan` owns,
/// so running one involves no reference counting and no allocation.
struct Step {
    enum Kind: UInt8 {
        /// Loop over the rows of `relation` in `version`'s range.
        case scan
        /// Loop over the rows whose `index` key equals the `keys` registers.
        case probe
        /// Loop over every row of a relation that no longer changes, in the
        /// order of its `clustered` copy (grouped by the next step's key).
        case scanGrouped
        /// Loop over the rows of the `clustered` index group matching the `keys` registers.
        case lookup
        /// Continue only if the relation holds the `keys` tuple (an atom with every column bound).
        case exists
        /// Continue only if `compare(a, b)` holds.
        case compare
        /// Continue only if no row matches `keys` (`-1` = any value).
        case negation
        /// `registers[dst] = op(args)`; a failure (division by zero, bad number) stops the branch.
        case compute
        /// Run the sub-plan at `sub`, then put the aggregate into `dst`.
        case aggregate
        /// End of an aggregate's sub-plan: add `registers[a]` to accumulator `slot`.
        case accumulate
        /// Insert the `keys` registers as a tuple of `relation`.
        case emit
        /// End of an explanation search: compare with the wanted tuple, record rows.
        case found
    }

    var kind: Kind
    var relation: UnsafeMutablePointer<RelationStore>? = nil
    var version: Version = .full
    var index: UnsafeMutablePointer<HashIndex>? = nil
    var clustered: UnsafeMutablePointer<ClusteredIndex>? = nil
    /// For `exists` on a large stable relation: its Bloom filter.
    var filter: UnsafeMutablePointer<MembershipFilter>? = nil
    /// A scan of a relation that no longer changes (it may be read grouped).
    var stable = false
    /// For a loop whose rows supply the key of the next lookup: that lookup's
    /// index and the column of the key, so the loop can warm the cache for
    /// a chunk of rows' probes before running them (see `Executor.warm`).
    var warmIndex: UnsafeMutablePointer<ClusteredIndex>? = nil
    var warmColumn: Int = 0
    /// Registers forming the probe key, the emitted tuple or a negation's tuple.
    var keys: Int32List = .empty
    /// `(column, register)` pairs to copy from a matching row.
    var bindColumns: Int32List = .empty
    var bindRegisters: Int32List = .empty
    /// `(column, register)` pairs a matching row must equal.
    var checkColumns: Int32List = .empty
    var checkRegisters: Int32List = .empty
    /// Where a loop records its current row (for provenance and explanations).
    var slot: Int = -1
    /// Whether something reads the row this loop records: an explanation
    /// search (every row), or provenance (rows of derived relations, whose
    /// heights bound the new tuple's). A clustered copy's row number is a
    /// load of its own, skipped when nothing reads it.
    var recordsRow = false
    var compareOp: ComparisonOperator = .equal
    var operation: Operation = .copy
    var type: PrimitiveType = .number
    var dst: Int = 0
    var a: Int = 0
    var b: Int = 0
    var args: Int32List = .empty
    var aggregate: Aggregate.Function = .count
    var sub: Int = 0
    /// For `emit`: the clause number recorded as provenance, and the slots
    /// of the body rows whose heights bound the new tuple's height.
    var clause: Int = 0
    var heightSlots: Int32List = .empty
    var heightRelations: UnsafeMutablePointer<UnsafeMutablePointer<RelationStore>>? = nil

    init(_ kind: Kind) { self.kind = kind }
}

/// Which rows of a relation an atom reads (semi-naive evaluation).
enum Version: UInt8 {
    /// Everything stable: `0 ..< stableEnd`.
    case full
    /// The last iteration's news: `deltaStart ..< stableEnd`.
    case delta
    /// What was known before the last iteration: `0 ..< deltaStart`.
    case old
}

/// What a `compute` step does.
enum Operation: Equatable {
    case copy
    case add, subtract, multiply, divide, modulo, negate, power
    case bitAnd, bitOr, bitXor, shiftLeft, shiftRight, shiftRightUnsigned, bitNot
    case logicalAnd, logicalOr, logicalXor, logicalNot
    case cat, strlen, substr, lower, upper, toNumber, toString, toFloat, ord
    case contains, match
    case min, max, abs
}

/// A fixed list of 32-bit integers in plan-owned memory.
struct Int32List {
    var base: UnsafeMutablePointer<Int32>?
    var count: Int

    static var empty: Int32List { Int32List(base: nil, count: 0) }

    @inline(__always) subscript(i: Int) -> Int { Int(base.unsafelyUnwrapped[i]) }
}

/// Owns the memory of a plan's lists.
final class PlanMemory {
    private var blocks: [UnsafeMutableRawPointer] = []

    func list(_ values: [Int]) -> Int32List {
        guard !values.isEmpty else { return .empty }
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: values.count)
        for (i, v) in values.enumerated() { p[i] = Int32(v) }
        blocks.append(UnsafeMutableRawPointer(p))
        return Int32List(base: p, count: values.count)
    }

    func pointers(_ values: [UnsafeMutablePointer<RelationStore>]) -> UnsafeMutablePointer<UnsafeMutablePointer<RelationStore>>? {
        guard !values.isEmpty else { return nil }
        let p = UnsafeMutablePointer<UnsafeMutablePointer<RelationStore>>.allocate(capacity: values.count)
        p.initialize(from: values, count: values.count)
        blocks.append(UnsafeMutableRawPointer(p))
        return p
    }

    deinit { for b in blocks { b.deallocate() } }
}
