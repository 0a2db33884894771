/// Terms to registers: constants become preloaded registers, variables
/// their binding register, and arithmetic, functors and aggregates
/// `compute`/`aggregate` steps writing a fresh register.
extension RulePlanner {
    /// Whether every variable `term` needs is bound (an aggregate needs only
    /// its outer variables: those that also occur outside it).
    func isComputable(_ term: Term) -> Bool {
        switch term.kind {
        case .variable(let v): return variables[v] != nil
        case .anonymous: return false
        case .string, .number, .float: return true
        case .negate(let t): return isComputable(t)
        case .binary(_, let l, let r): return isComputable(l) && isComputable(r)
        case .functor(_, let args): return args.allSatisfy(isComputable)
        case .aggregate:
            var inside: [String] = []
            term.collectVariables(into: &inside)
            return inside.allSatisfy { !outerVariables.contains($0) || variables[$0] != nil }
        }
    }

    /// The type of `term`, from the columns and literals it is made of.
    func typeOf(_ term: Term) throws -> PrimitiveType {
        switch term.kind {
        case .variable(let v):
            guard let r = variables[v] else { return .number }
            return registerTypes[r]
        case .anonymous, .number: return .number
        case .string: return .symbol
        case .float: return .float
        case .negate(let t): return try typeOf(t)
        case .binary(_, let l, let r):
            let lt = try typeOf(l), rt = try typeOf(r)
            return lt == .float || rt == .float ? .float : .number
        case .functor(let name, let args):
            switch name {
            case "cat", "substr", "lower", "upper", "to_string": return .symbol
            case "strlen", "to_number", "ord", "contains", "match", "bnot", "lnot": return .number
            case "to_float": return .float
            case "min", "max", "abs":
                let types = try args.map(typeOf)
                return types.contains(.float) ? .float : (types.first ?? .number)
            default: throw PlanError(message: "unknown functor '\(name)'", location: term.location)
            }
        case .aggregate(let agg):
            switch agg.function {
            case .count: return .number
            case .mean: return .float
            case .sum, .min, .max:
                guard let t = agg.target else { return .number }
                return try typeOfInside(agg, t)
            }
        }
    }

    /// Type of an aggregate's target, whose variables are bound inside it.
    private func typeOfInside(_ agg: Aggregate, _ target: Term) throws -> PrimitiveType {
        var names: [String] = []
        target.collectVariables(into: &names)
        for v in names where variables[v] == nil {
            for literal in agg.body {
                if case .atom(let a) = literal.kind, let rel = context.relations[a.relation] {
                    for (c, t) in a.arguments.enumerated() { if case .variable(v) = t.kind { return rel.signature.columnTypes[c] } }
                }
            }
        }
        if case .variable(let v) = target.kind, let r = variables[v] { return registerTypes[r] }
        return try typeOf(target)
    }

    func commonType(_ l: Term, _ r: Term) throws -> PrimitiveType {
        let lt = try typeOf(l), rt = try typeOf(r)
        if lt == .float || rt == .float { return .float }
        if lt == .symbol || rt == .symbol { return .symbol }
        return .number
    }

    /// The register holding `term`'s value, emitting the steps that compute
    /// it; `nil` if a variable it needs is not bound yet.
    mutating func operand(_ term: Term, expected: PrimitiveType? = nil) throws -> Int? {
        switch term.kind {
        case .variable(let v): return variables[v]
        case .anonymous: return nil
        case .string(let s): return constant(UInt64(context.symbols.intern(s)), .symbol)
        case .number(let n):
            if expected == .float { return constant(Double(n).bitPattern, .float) }
            return constant(UInt64(bitPattern: n), .number)
        case .float(let d): return constant(d.bitPattern, .float)
        case .negate(let t):
            let type = expected == .float ? .float : try typeOf(t)
            guard let a = try operand(t, expected: type) else { return nil }
            return compute(.negate, type, [a], result: type)
        case .binary(let op, let l, let r):
            let type: PrimitiveType = expected == .float ? .float : try typeOf(term)
            guard let a = try operand(l, expected: type), let b = try operand(r, expected: type) else { return nil }
            let operation: Operation = switch op {
            case .add: .add
            case .subtract: .subtract
            case .multiply: .multiply
            case .divide: .divide
            case .modulo: .modulo
            case .power: .power
            case .bitAnd: .bitAnd
            case .bitOr: .bitOr
            case .bitXor: .bitXor
            case .shiftLeft: .shiftLeft
            case .shiftRight: .shiftRight
            case .shiftRightUnsigned: .shiftRightUnsigned
            case .logicalAnd: .logicalAnd
            case .logicalOr: .logicalOr
            case .logicalXor: .logicalXor
            }
            return compute(operation, type, [a, b], result: type)
        case .functor(let name, let args):
            return try functor(name, args, term)
        case .aggregate(let agg):
            guard isComputable(term) else { return nil }
            return try aggregate(agg, term)
        }
    }

    private mutating func functor(_ name: String, _ args: [Term], _ term: Term) throws -> Int? {
        let result = try typeOf(term)
        var registers: [Int] = []
        var argType: PrimitiveType = .symbol
        for t in args {
            let expected: PrimitiveType? = (name == "min" || name == "max" || name == "abs") ? result : nil
            guard let r = try operand(t, expected: expected) else { return nil }
            registers.append(r)
        }
        if let first = args.first { argType = try typeOf(first) }
        let (operation, arity): (Operation, ClosedRange<Int>) = switch name {
        case "cat": (.cat, 1...Int.max)
        case "strlen": (.strlen, 1...1)
        case "substr": (.substr, 3...3)
        case "lower": (.lower, 1...1)
        case "upper": (.upper, 1...1)
        case "to_number": (.toNumber, 1...1)
        case "to_string": (.toString, 1...1)
        case "to_float": (.toFloat, 1...1)
        case "ord": (.ord, 1...1)
        case "contains": (.contains, 2...2)
        case "match": (.match, 2...2)
        case "min": (.min, 1...Int.max)
        case "max": (.max, 1...Int.max)
        case "abs": (.abs, 1...1)
        case "bnot": (.bitNot, 1...1)
        case "lnot": (.logicalNot, 1...1)
        default: throw PlanError(message: "unknown functor '\(name)'", location: term.location)
        }
        guard arity.contains(registers.count) else {
            throw PlanError(message: "'\(name)' does not take \(registers.count) argument(s)", location: term.location)
        }
        let type = (operation == .min || operation == .max || operation == .abs) ? result : argType
        return compute(operation, type, registers, result: result)
    }

    private mutating func compute(_ operation: Operation, _ type: PrimitiveType, _ args: [Int], result: PrimitiveType) -> Int {
        let r = newRegister(result)
        var step = Step(.compute)
        step.operation = operation
        step.type = type
        step.dst = r
        step.args = memory.list(args)
        step.a = args.first ?? 0
        step.b = args.count > 1 ? args[1] : 0
        append(step)
        bound.insert(r)
        return r
    }

    private mutating func aggregate(_ agg: Aggregate, _ term: Term) throws -> Int {
        let type = try typeOf(term)
        let slot = accumulatorCount
        accumulatorCount += 1
        let dst = newRegister(type)
        let saved = (variables, bound, current)
        current = sequences.count
        sequences.append([])
        try placeBodyForAggregate(agg.body)
        var accumulate = Step(.accumulate)
        accumulate.slot = slot
        accumulate.aggregate = agg.function
        if let target = agg.target {
            let targetType = try typeOf(target)
            guard let r = try operand(target, expected: agg.function == .mean ? nil : type) else {
                throw PlanError(message: "the aggregated expression uses a variable bound nowhere", location: target.location)
            }
            accumulate.a = r
            accumulate.type = targetType
        }
        append(accumulate)
        let sub = current
        (variables, bound, current) = saved
        var step = Step(.aggregate)
        step.slot = slot
        step.aggregate = agg.function
        step.type = accumulate.type
        step.dst = dst
        step.sub = sub
        append(step)
        bound.insert(dst)
        return dst
    }
}
