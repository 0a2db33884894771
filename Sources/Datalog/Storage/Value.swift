/// A value as the host sees it: what goes into an input relation and comes
/// out of a derived one.
///
/// ```swift
/// let row: [Value] = [.symbol("imatinib"), .number(3), .float(0.25)]
/// ```
///
/// Inside the engine a value is one 64-bit cell: a symbol's interned id, a
/// number's bits, or a float's bit pattern; the column type says which.
public enum Value: Sendable, Hashable, CustomStringConvertible {
    case symbol(String)
    case number(Int64)
    case float(Double)

    /// As Soufflé prints it in a `.csv` (symbols bare, floats with `%g`).
    public var description: String {
        switch self {
        case .symbol(let s): s
        case .number(let n): String(n)
        case .float(let d): formatFloat(d)
        }
    }

    public var type: PrimitiveType {
        switch self {
        case .symbol: .symbol
        case .number: .number
        case .float: .float
        }
    }
}

/// `%g`, as Soufflé's default stream output prints a float.
func formatFloat(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    return String(format: "%g", d)
}

extension SymbolTable {
    /// The cell for `value`, interning a symbol.
    func encode(_ value: Value) -> UInt64 {
        switch value {
        case .symbol(let s): UInt64(intern(s))
        case .number(let n): UInt64(bitPattern: n)
        case .float(let d): d.bitPattern
        }
    }

    func decode(_ cell: UInt64, as type: PrimitiveType) -> Value {
        switch type {
        case .symbol: .symbol(string(UInt32(truncatingIfNeeded: cell)))
        case .number: .number(Int64(bitPattern: cell))
        case .float: .float(Double(bitPattern: cell))
        }
    }
}

import Foundation
