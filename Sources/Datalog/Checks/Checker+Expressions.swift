extension Checker {
    /// The type of an expression, or `nil` when it cannot be known (an
    /// unbound variable, already an error elsewhere). With `report`, misuse
    /// is reported: arithmetic on symbols, mixed number and float, unknown
    /// functors, wrong functor arity or argument types.
    mutating func infer(_ term: Term, _ types: inout RuleTypes, report: Bool) -> PrimitiveType? {
        switch term.kind {
        case .variable(let name): return types.variables[name]?.type
        case .anonymous: return nil
        case .string: return .symbol
        case .number: return .number
        case .float: return .float
        case .negate(let inner):
            let type = infer(inner, &types, report: report)
            if type == .symbol {
                if report { error("cannot negate \(inner.described), a symbol", at: term.location) }
                return nil
            }
            return type
        case .binary(let op, let left, let right):
            return inferArithmetic(op, left, right, at: term.location, &types, report: report)
        case .functor(let name, let arguments):
            return inferFunctor(name, arguments, at: term.location, &types, report: report)
        case .aggregate(let aggregate):
            guard let target = aggregate.target else { return .number }
            let type = infer(target, &types, report: report)
            // min and max order symbols too (lexicographically, as Soufflé); sum and mean need numbers.
            if type == .symbol, aggregate.function == .sum || aggregate.function == .mean {
                if report {
                    error("'\(aggregate.function.rawValue)' needs numbers or floats, but \(target.described) is a symbol", at: target.location,
                          hint: "count the tuples with 'count : { ... }'")
                }
                return nil
            }
            return aggregate.function == .mean ? .float : type
        }
    }

    mutating func inferArithmetic(_ op: ArithmeticOperator, _ left: Term, _ right: Term, at location: SourceLocation,
                                  _ types: inout RuleTypes, report: Bool) -> PrimitiveType? {
        let leftType = infer(left, &types, report: report)
        let rightType = infer(right, &types, report: report)
        for (side, type) in [(left, leftType), (right, rightType)] where type == .symbol {
            if report {
                error("'\(op.rawValue)' needs numbers or floats, but \(side.described) is a symbol", at: side.location,
                      hint: op == .add ? "join symbols with cat(a, b)" : nil)
            }
            return nil
        }
        if op.isIntegerOnly, let float = [(left, leftType), (right, rightType)].first(where: { $0.1 == .float }) {
            if report { error("'\(op.rawValue)' needs numbers, not floats", at: float.0.location) }
            return nil
        }
        if let leftType, let rightType, leftType != rightType {
            if report {
                error("'\(op.rawValue)' mixes \(leftType.withArticle) and \(rightType.withArticle)", at: location,
                      hint: Checker.conversionHint(left, leftType, right, rightType))
            }
            return nil
        }
        let type = leftType ?? rightType
        return type
    }

    mutating func inferFunctor(_ name: String, _ arguments: [Term], at location: SourceLocation,
                               _ types: inout RuleTypes, report: Bool) -> PrimitiveType? {
        let argumentTypes = arguments.map { infer($0, &types, report: report) }
        guard let functor = BuiltinFunctor.named(name) else {
            if report {
                error("unknown functor '\(name)'", at: location,
                      hint: Suggestions.hint(for: name, among: BuiltinFunctor.all.map(\.name))
                          ?? "the functors are " + BuiltinFunctor.all.map(\.name).joined(separator: ", "))
            }
            return nil
        }
        let arityOK = functor.isVariadic ? arguments.count >= 1 : arguments.count == functor.arguments.count
        guard arityOK else {
            if report {
                let expected = functor.isVariadic ? "at least 1 argument" : functor.arguments.count == 1 ? "1 argument" : "\(functor.arguments.count) arguments"
                error("'\(name)' takes \(expected), but \(arguments.count) \(arguments.count == 1 ? "is" : "are") given", at: location,
                      hint: functor.synopsis)
            }
            return functor.result ?? argumentTypes.compactMap { $0 }.first
        }
        var common: (type: PrimitiveType, index: Int)?
        for (index, (argument, type)) in zip(arguments, argumentTypes).enumerated() {
            guard let type else { continue }
            let expected = functor.isVariadic ? functor.arguments[0] : functor.arguments[index]
            let fits: Bool, wanted: String
            switch expected {
            case .exactly(let primitive): (fits, wanted) = (type == primitive, primitive.withArticle)
            case .numeric: (fits, wanted) = (type.isNumeric, "a number or a float")
            case .any: (fits, wanted) = (common == nil || common!.type == type, common.map { "\($0.type.withArticle) (as argument \($0.index + 1) is)" } ?? "")
            }
            if common == nil { common = (type, index) }
            if !fits && report {
                error("argument \(index + 1) of '\(name)' must be \(wanted), but \(argument.described) is \(type.withArticle)",
                      at: argument.location, hint: functor.synopsis)
            }
        }
        return functor.result ?? common?.type
    }
}
