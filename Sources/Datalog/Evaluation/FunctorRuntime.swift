import Foundation

/// The string functors and arithmetic, on cells. Symbols are read from and
/// interned into the evaluation's symbol table; `match` compiles each
/// distinct pattern once.
///
/// Arithmetic on `number` wraps on overflow (two's complement, as Soufflé's
/// C++ does in practice); division or remainder by zero and `to_number`
/// of text that is not a number make the rule not fire for that binding
/// (where Soufflé's program stops with a signal). `substr` with a start
/// outside the string gives the empty string, as Soufflé's does.
final class FunctorRuntime {
    let symbols: SymbolTable
    private var regexes: [UInt64: NSRegularExpression?] = [:]

    init(symbols: SymbolTable) { self.symbols = symbols }

    /// The number at the start of `text`, read as Soufflé's `to_number`
    /// reads it (C's `strtoll` in base 10): leading white space, a sign,
    /// then as many digits as there are, the rest ignored ("12abc" is 12);
    /// nil without a digit or past 64 bits.
    static func leadingNumber(_ text: UnsafeRawBufferPointer) -> Int64? {
        var i = 0
        while i < text.count, [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(text[i]) { i += 1 }
        var negative = false
        if i < text.count, text[i] == 0x2B || text[i] == 0x2D { negative = text[i] == 0x2D; i += 1 }
        var n: Int64 = 0
        var digits = 0
        while i < text.count, text[i] >= 0x30, text[i] <= 0x39 {
            let d = Int64(text[i] - 0x30)
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (v, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            n = v
            digits += 1
            i += 1
        }
        return digits > 0 ? n : nil
    }

    func compute(_ step: Step, _ registers: UnsafeMutablePointer<UInt64>) -> UInt64? {
        let a = registers[step.a], b = registers[step.b]
        switch step.operation {
        case .copy: return a
        case .add, .subtract, .multiply, .divide, .modulo, .negate, .power,
             .bitAnd, .bitOr, .bitXor, .shiftLeft, .shiftRight, .shiftRightUnsigned, .bitNot,
             .logicalAnd, .logicalOr, .logicalXor, .logicalNot:
            return arithmetic(step.operation, step.type, a, b)
        case .min, .max:
            var best = registers[step.args[0]]
            for i in 1..<step.args.count {
                let v = registers[step.args[i]]
                let less: Bool = switch step.type {
                case .number: Int64(bitPattern: v) < Int64(bitPattern: best)
                case .float: Double(bitPattern: v) < Double(bitPattern: best)
                case .symbol: compareSymbols(v, best) < 0
                }
                if less == (step.operation == .min) && v != best { best = v }
            }
            return best
        case .abs:
            return step.type == .float ? Swift.abs(Double(bitPattern: a)).bitPattern
                : UInt64(bitPattern: Int64(bitPattern: a) < 0 ? 0 &- Int64(bitPattern: a) : Int64(bitPattern: a))
        case .cat:
            var bytes: [UInt8] = []
            for i in 0..<step.args.count {
                symbols.withBytes(UInt32(truncatingIfNeeded: registers[step.args[i]])) { bytes.append(contentsOf: $0) }
            }
            return bytes.withUnsafeBytes { UInt64(symbols.intern(bytes: $0)) }
        case .strlen:
            // Bytes, as Soufflé's std::string::size().
            return UInt64(symbols.withBytes(UInt32(truncatingIfNeeded: a)) { $0.count })
        case .substr:
            // Byte offsets, as Soufflé's std::string::substr.
            let start = Int64(bitPattern: b), length = Int64(bitPattern: registers[step.args[2]])
            // As Soufflé: a start outside the string gives "" (Soufflé also warns);
            // a length past the end, or negative (a huge size_t there), runs to the end.
            let piece: [UInt8]? = symbols.withBytes(UInt32(truncatingIfNeeded: a)) { text in
                guard start >= 0, start <= text.count else { return [] }
                let end = length < 0 ? text.count : Int(min(Int64(text.count), start &+ length))
                return Array(text[Int(start)..<end])
            }
            // Copied out first: interning may move the arena the text lives in.
            return piece.map { p in p.withUnsafeBytes { UInt64(symbols.intern(bytes: $0)) } }
        case .lower: return UInt64(symbols.intern(string(a).lowercased()))
        case .upper: return UInt64(symbols.intern(string(a).uppercased()))
        case .toNumber:
            return symbols.withBytes(UInt32(truncatingIfNeeded: a)) { Self.leadingNumber($0) }.map { UInt64(bitPattern: $0) }
        case .toString:
            let text = switch step.type {
            case .number: String(Int64(bitPattern: a))
            case .float: formatFloat(Double(bitPattern: a))
            case .symbol: string(a)
            }
            return UInt64(symbols.intern(text))
        case .toFloat:
            return step.type == .float ? a : Double(Int64(bitPattern: a)).bitPattern
        case .ord: return a
        case .contains:
            return string(b).contains(string(a)) || string(a).isEmpty ? 1 : 0
        case .match:
            guard let regex = regex(a) else { return 0 }
            let text = string(b)
            let range = NSRange(text.startIndex..., in: text)
            return regex.firstMatch(in: text, options: [.anchored], range: range).map { $0.range == range ? 1 : 0 } ?? 0
        }
    }

    @inline(__always)
    private func string(_ cell: UInt64) -> String { symbols.string(UInt32(truncatingIfNeeded: cell)) }

    private func regex(_ cell: UInt64) -> NSRegularExpression? {
        if let cached = regexes[cell] { return cached }
        let compiled = try? NSRegularExpression(pattern: "(?:" + string(cell) + ")\\z")
        regexes[cell] = compiled
        return compiled
    }

    func compareSymbols(_ a: UInt64, _ b: UInt64) -> Int {
        if a == b { return 0 }
        return symbols.withBytes(UInt32(truncatingIfNeeded: a)) { x in
            symbols.withBytes(UInt32(truncatingIfNeeded: b)) { y in
                let n = min(x.count, y.count)
                if n > 0 { let c = memcmp(x.baseAddress!, y.baseAddress!, n); if c != 0 { return Int(c) } }
                return x.count - y.count
            }
        }
    }
}

/// Arithmetic on cells of `type`; nil on division by zero.
@inline(__always)
func arithmetic(_ op: Operation, _ type: PrimitiveType, _ a: UInt64, _ b: UInt64) -> UInt64? {
    if type == .float {
        let x = Double(bitPattern: a), y = Double(bitPattern: b)
        let r: Double = switch op {
        case .add: x + y
        case .subtract: x - y
        case .multiply: x * y
        case .divide: x / y
        case .modulo: fmod(x, y)
        case .power: pow(x, y)
        default: -x
        }
        return r.bitPattern
    }
    let x = Int64(bitPattern: a), y = Int64(bitPattern: b)
    switch op {
    case .add: return UInt64(bitPattern: x &+ y)
    case .subtract: return UInt64(bitPattern: x &- y)
    case .multiply: return UInt64(bitPattern: x &* y)
    case .divide: return y == 0 ? nil : UInt64(bitPattern: x.dividedReportingOverflow(by: y).partialValue)
    case .modulo: return y == 0 ? nil : UInt64(bitPattern: x.remainderReportingOverflow(dividingBy: y).partialValue)
    case .power: return integerPower(x, y).map { UInt64(bitPattern: $0) }
    case .bitAnd: return a & b
    case .bitOr: return a | b
    case .bitXor: return a ^ b
    // Shifts by 64 or more, or negative, are undefined in C++; here they shift everything out.
    case .shiftLeft: return y < 0 || y > 63 ? 0 : a << UInt64(y)
    case .shiftRight: return UInt64(bitPattern: y < 0 || y > 63 ? (x < 0 ? -1 : 0) : x >> y)
    case .shiftRightUnsigned: return y < 0 || y > 63 ? 0 : a >> UInt64(y)
    case .bitNot: return ~a
    case .logicalAnd: return x != 0 && y != 0 ? 1 : 0
    case .logicalOr: return x != 0 || y != 0 ? 1 : 0
    case .logicalXor: return (x != 0) != (y != 0) ? 1 : 0
    case .logicalNot: return x == 0 ? 1 : 0
    default: return UInt64(bitPattern: 0 &- x)
    }
}

/// `x ^ y` on numbers, wrapping as multiplication does; a negative power
/// is the truncated fraction (0 unless x is 1 or -1), none for 0 ^ -n.
func integerPower(_ x: Int64, _ y: Int64) -> Int64? {
    if y < 0 {
        switch x {
        case 0: return nil
        case 1: return 1
        case -1: return y % 2 == 0 ? 1 : -1
        default: return 0
        }
    }
    var result: Int64 = 1, base = x, e = y
    while e > 0 {
        if e & 1 == 1 { result = result &* base }
        base = base &* base
        e >>= 1
    }
    return result
}

/// The running state of one aggregate over its group.
struct Accumulator {
    var count: Int64 = 0
    var value: UInt64 = 0
    var floatSum: Double = 0

    mutating func add(_ v: UInt64, _ function: Aggregate.Function, _ type: PrimitiveType, _ symbols: SymbolTable) {
        defer { count += 1 }
        switch function {
        case .count: break
        case .sum:
            if type == .float { value = (Double(bitPattern: value) + Double(bitPattern: v)).bitPattern }
            else { value = UInt64(bitPattern: Int64(bitPattern: value) &+ Int64(bitPattern: v)) }
        case .mean:
            floatSum += type == .float ? Double(bitPattern: v) : Double(Int64(bitPattern: v))
        case .min, .max:
            if count == 0 { value = v; return }
            let less: Bool = switch type {
            case .number: Int64(bitPattern: v) < Int64(bitPattern: value)
            case .float: Double(bitPattern: v) < Double(bitPattern: value)
            case .symbol: FunctorRuntime(symbols: symbols).compareSymbols(v, value) < 0
            }
            if less == (function == .min) && v != value { value = v }
        }
    }

    /// The aggregate, or nil where it has no value (min, max, mean of nothing).
    func result(_ function: Aggregate.Function, _ type: PrimitiveType) -> UInt64? {
        switch function {
        case .count: return UInt64(bitPattern: count)
        case .sum: return value
        case .mean: return count == 0 ? nil : (floatSum / Double(count)).bitPattern
        case .min, .max: return count == 0 ? nil : value
        }
    }
}
