/// The built-in functors of the language, with their argument and result
/// types, shared by the checker (types, arity) and the evaluator.
///
/// ```swift
/// BuiltinFunctor.named("substr")?.arguments   // [.symbol, .number, .number]
/// ```
///
/// `contains` and `match` are constraints in Soufflé; here they are
/// functors returning the number 1 (true) or 0 (false), and the parser
/// writes the literal `match(re, s)` as the comparison `match(re, s) = 1`
/// and `!match(re, s)` as `match(re, s) = 0`.
public struct BuiltinFunctor: Sendable, Hashable {
    public enum Argument: Sendable, Hashable {
        case exactly(PrimitiveType)
        /// A number or a float (`to_string`, `to_float`, `abs`).
        case numeric
        /// Any type, the same for all arguments (`min`, `max`).
        case any
    }

    public var name: String
    public var arguments: [Argument]
    /// `cat`, `min` and `max` take one or more arguments, each as the first.
    public var isVariadic: Bool
    /// The result type; `nil` when it is the arguments' type (`min`, `max`, `abs`).
    public var result: PrimitiveType?
    /// One line for hints: `substr(s: symbol, start: number, length: number) -> symbol`.
    public var synopsis: String

    public static let all: [BuiltinFunctor] = [
        .init(name: "cat", arguments: [.exactly(.symbol)], isVariadic: true, result: .symbol,
              synopsis: "cat(s: symbol, ...) -> symbol"),
        .init(name: "strlen", arguments: [.exactly(.symbol)], isVariadic: false, result: .number,
              synopsis: "strlen(s: symbol) -> number"),
        .init(name: "substr", arguments: [.exactly(.symbol), .exactly(.number), .exactly(.number)], isVariadic: false,
              result: .symbol, synopsis: "substr(s: symbol, start: number, length: number) -> symbol"),
        .init(name: "contains", arguments: [.exactly(.symbol), .exactly(.symbol)], isVariadic: false, result: .number,
              synopsis: "contains(needle: symbol, s: symbol)"),
        .init(name: "match", arguments: [.exactly(.symbol), .exactly(.symbol)], isVariadic: false, result: .number,
              synopsis: "match(regex: symbol, s: symbol)"),
        .init(name: "lower", arguments: [.exactly(.symbol)], isVariadic: false, result: .symbol,
              synopsis: "lower(s: symbol) -> symbol"),
        .init(name: "to_number", arguments: [.exactly(.symbol)], isVariadic: false, result: .number,
              synopsis: "to_number(s: symbol) -> number"),
        .init(name: "to_string", arguments: [.numeric], isVariadic: false, result: .symbol,
              synopsis: "to_string(n: number or float) -> symbol"),
        // Soufflé's other functors, which the evaluator also implements.
        .init(name: "upper", arguments: [.exactly(.symbol)], isVariadic: false, result: .symbol,
              synopsis: "upper(s: symbol) -> symbol"),
        .init(name: "ord", arguments: [.exactly(.symbol)], isVariadic: false, result: .number,
              synopsis: "ord(s: symbol) -> number (the symbol's ordinal)"),
        .init(name: "to_float", arguments: [.numeric], isVariadic: false, result: .float,
              synopsis: "to_float(n: number) -> float"),
        .init(name: "min", arguments: [.any], isVariadic: true, result: nil,
              synopsis: "min(a, b, ...) -> the smallest, all of one type"),
        .init(name: "max", arguments: [.any], isVariadic: true, result: nil,
              synopsis: "max(a, b, ...) -> the largest, all of one type"),
        .init(name: "abs", arguments: [.numeric], isVariadic: false, result: nil,
              synopsis: "abs(n: number or float) -> the same type"),
        // The unary operators `bnot x` and `lnot x` parse to these.
        .init(name: "bnot", arguments: [.exactly(.number)], isVariadic: false, result: .number,
              synopsis: "bnot x: the bits of number x inverted"),
        .init(name: "lnot", arguments: [.exactly(.number)], isVariadic: false, result: .number,
              synopsis: "lnot x: 1 if number x is 0, else 0"),
    ]

    /// The functor called `name`, if it is built in.
    public static func named(_ name: String) -> BuiltinFunctor? {
        all.first { $0.name == name }
    }
}
