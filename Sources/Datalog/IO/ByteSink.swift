import Foundation

/// Buffered output to a file descriptor, formatting cells without going
/// through `String` (writing a few million lines must stay cheap: the
/// buffer is plain memory, and one writer owns the sink, so its fields
/// skip the dynamic exclusivity checks).
final class ByteSink {
    private static let capacity = 1 << 16
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var used = 0
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private(set) var failure: String?

    /// Everything written so far, when writing to memory.
    private(set) var captured: [UInt8] = []

    /// Standard output.
    convenience init() { self.init(descriptor: 1, owns: false) }

    /// Memory (see `captured`).
    convenience init(capturing: Void) { self.init(descriptor: -1, owns: false) }

    /// A new file at `path` (truncated if it exists).
    convenience init(path: String) throws(EvaluationError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw .cannotWrite(path: path, message: String(cString: strerror(errno)))
        }
        self.init(descriptor: fd, owns: true)
    }

    private init(descriptor: Int32, owns: Bool) {
        self.descriptor = descriptor
        ownsDescriptor = owns
        buffer = .allocate(capacity: Self.capacity)
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
        buffer.deallocate()
    }

    @inline(__always) func byte(_ b: UInt8) {
        if used == Self.capacity { flush() }
        buffer[used] = b
        used += 1
    }

    func bytes(_ b: UnsafeRawBufferPointer) {
        var rest = b
        while rest.count > 0 {
            if used == Self.capacity { flush() }
            let n = min(rest.count, Self.capacity - used)
            (buffer + used).update(from: rest.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n)
            used += n
            rest = UnsafeRawBufferPointer(rebasing: rest[n...])
        }
    }

    func text(_ s: String) {
        var s = s
        s.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
    }

    /// `n` in decimal, written straight into the buffer.
    @inline(__always)
    func number(_ n: Int64) {
        if Self.capacity - used < 20 { flush() }
        if n < 0 { buffer[used] = 45; used += 1 }
        var magnitude = n.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 { digits += 1; rest /= 10 }
        var at = used + digits
        used = at
        repeat {
            at -= 1
            buffer[at] = UInt8(48 + magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    func flush() {
        guard used > 0 else { return }
        defer { used = 0 }
        if descriptor < 0 {
            captured.append(contentsOf: UnsafeBufferPointer(start: buffer, count: used))
            return
        }
        var offset = 0
        while offset < used {
            let written = write(descriptor, buffer + offset, used - offset)
            if written <= 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                return
            }
            offset += written
        }
    }
}

extension ByteSink {
    /// Writes the rows of `relation` in output order, `delimiter` between
    /// columns, one per line, as Soufflé writes a `.csv`.
    func writeRows(of relation: Relation, database: Database, delimiter: String = "\t", rows: [Int32]? = nil) {
        let store = relation.store.pointee
        let types = relation.signature.columnTypes
        let separator = Array(delimiter.utf8)
        // A binary relation of numbers kept as a pair set is written in order
        // straight from the set (its values are non-negative, so their order
        // as unsigned is their order as numbers): no sort of the rows.
        if rows == nil, types == [.number, .number], let pairs = store.pairs {
            pairs.forEachInOrder { first, second in
                number(Int64(first))
                separator.withUnsafeBytes { bytes($0) }
                number(Int64(second))
                byte(10)
            }
            return
        }
        let order = rows ?? database.sortedRowIndices(relation)
        for r in order {
            let row = store.row(Int(r))
            for c in 0..<store.arity {
                if c > 0 { separator.withUnsafeBytes { bytes($0) } }
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
