import Foundation

/// Buffered output to a file descriptor, formatting cells without going
/// through `String` (writing a few million lines must stay cheap).
final class ByteSink {
    private var buffer: [UInt8] = []
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private(set) var failure: String?

    /// Everything written so far, when writing to memory.
    private(set) var captured: [UInt8] = []

    /// Standard output.
    init() {
        descriptor = 1
        ownsDescriptor = false
        buffer.reserveCapacity(1 << 16)
    }

    /// Memory (see `captured`).
    init(capturing: Void) {
        descriptor = -1
        ownsDescriptor = false
    }

    /// A new file at `path` (truncated if it exists).
    init(path: String) throws(EvaluationError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw .cannotWrite(path: path, message: String(cString: strerror(errno)))
        }
        descriptor = fd
        ownsDescriptor = true
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
    }

    @inline(__always) func byte(_ b: UInt8) {
        buffer.append(b)
        if buffer.count >= 1 << 16 { flush() }
    }

    func bytes(_ b: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: b)
        if buffer.count >= 1 << 16 { flush() }
    }

    func text(_ s: String) {
        var s = s
        s.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
    }

    func number(_ n: Int64) {
        if n == 0 { byte(48); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var magnitude = n.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while magnitude > 0 {
                d[count] = UInt8(48 + magnitude % 10)
                magnitude /= 10
                count += 1
            }
            if n < 0 { byte(45) }
            while count > 0 { count -= 1; byte(d[count]) }
        }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        if descriptor < 0 {
            captured += buffer
            buffer.removeAll(keepingCapacity: true)
            return
        }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension ByteSink {
    /// Writes the rows of `relation` in output order, `delimiter` between
    /// columns, one per line, as Soufflé writes a `.csv`.
    func writeRows(of relation: Relation, database: Database, delimiter: String = "\t", rows: [Int32]? = nil) {
        let store = relation.store.pointee
        let types = relation.signature.columnTypes
        let order = rows ?? database.sortedRowIndices(relation)
        for r in order {
            let row = store.row(Int(r))
            for c in 0..<store.arity {
                if c > 0 { text(delimiter) }
                cell(row[c], types[c], database.symbols)
            }
            byte(10)
        }
    }

    func cell(_ value: UInt64, _ type: PrimitiveType, _ symbols: SymbolTable) {
        switch type {
        case .number: number(Int64(bitPattern: value))
        case .float: text(formatFloat(Double(bitPattern: value)))
        case .symbol: symbols.withBytes(UInt32(truncatingIfNeeded: value)) { bytes($0) }
        }
    }
}
