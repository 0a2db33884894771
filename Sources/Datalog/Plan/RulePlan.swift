/// A compiled rule version: steps, the registers they use (constants
/// preloaded), and the memory behind them. Compiled once per stratum
/// evaluation and run once per iteration.
final class RulePlan {
    let steps: UnsafeMutablePointer<Step>
    let stepCount: Int
    let registerCount: Int
    /// Registers holding constants, and their values.
    let constants: [(register: Int, value: UInt64)]
    let slotCount: Int
    let accumulatorCount: Int
    /// For explanation searches: head columns preloaded into registers.
    let headRegisters: [(column: Int, register: Int)]
    /// Per slot, the relation its loop reads (for explanations).
    let slotRelations: [String]
    /// The slots of the body's own atoms (not those inside aggregates), in
    /// the order the rule writes them: the premises of a derivation.
    let premiseSlots: [Int]
    let clause: Clause
    let memory: PlanMemory

    init(steps: [Step], registerCount: Int, constants: [(Int, UInt64)], slotCount: Int, accumulatorCount: Int,
         headRegisters: [(Int, Int)], slotRelations: [String], premiseSlots: [Int], clause: Clause, memory: PlanMemory) {
        self.steps = .allocate(capacity: max(1, steps.count))
        self.steps.initialize(from: steps, count: steps.count)
        stepCount = steps.count
        self.registerCount = registerCount
        self.constants = constants
        self.slotCount = slotCount
        self.accumulatorCount = accumulatorCount
        self.headRegisters = headRegisters
        self.slotRelations = slotRelations
        self.premiseSlots = premiseSlots
        self.clause = clause
        self.memory = memory
    }

    deinit {
        steps.deinitialize(count: stepCount)
        steps.deallocate()
    }
}

/// An error in a program that the checks let through but the planner cannot
/// compile (an unknown functor, a variable bound nowhere).
struct PlanError: Error, Sendable {
    var message: String
    var location: SourceLocation
}
