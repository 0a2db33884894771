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
        /// `to_string` takes a number or a float.
        case numeric
    }

    public var name: String
    public var arguments: [Argument]
    /// `cat` takes one or more arguments, all of the first argument's type.
    public var isVariadic: Bool
    public var result: PrimitiveType
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
    ]

    /// The functor called `name`, if it is built in.
    public static func named(_ name: String) -> BuiltinFunctor? {
        all.first { $0.name == name }
    }
}
