import Foundation

/// Reads Soufflé facts files: one tuple per line, fields separated by a
/// delimiter (tab by default), symbols bare, numbers in decimal.
///
/// Works on the file's bytes: each symbol field is interned straight from
/// the buffer, each number parsed in place, so loading a million lines costs
/// no `String` per field. A bad line is an error naming `file:line:column`.
struct FactReader {
    let symbols: SymbolTable

    func read(path: String, into relation: Relation, delimiter: String = "\t") throws(EvaluationError) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .cannotRead(path: path, message: "no such file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(path: path, message: "it is not a readable file")
        }
        let separator = Array((delimiter.isEmpty ? "\t" : delimiter).utf8)
        let failure: EvaluationError? = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> EvaluationError? in
            do throws(EvaluationError) { try parse(bytes, file: path, separator: separator, into: relation) } catch { return error }
            return nil
        }
        if let failure { throw failure }
        relation.store.pointee.settle()
    }

    /// Lines parsed, interned and inserted together: the symbol table and
    /// the relation's set are larger than the caches, so each step first
    /// touches what the batch will look up (see `RelationStore.insertBatch`).
    static let batchLines = 256

    func parse(_ bytes: UnsafeRawBufferPointer, file: String, separator: [UInt8], into relation: Relation) throws(EvaluationError) {
        let types = relation.signature.columnTypes
        let arity = types.count
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        var lines = 0
        var at = 0
        while at < count { at = Self.find(10, base, at, count) + 1; lines += 1 }
        relation.store.pointee.reserve(rows: lines + 1)
        let width = max(1, arity)
        let batch = Self.batchLines
        let single = separator.count == 1 ? separator[0] : nil
        // Per line of the batch: each field's start and end, each symbol's hash, the tuple.
        let spans = UnsafeMutablePointer<Int>.allocate(capacity: batch * width * 2)
        let hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: batch * width)
        hashes.initialize(repeating: 0, count: batch * width)
        let tuples = UnsafeMutablePointer<UInt64>.allocate(capacity: batch * width)
        let lineNumbers = UnsafeMutablePointer<Int>.allocate(capacity: batch), lineStarts = UnsafeMutablePointer<Int>.allocate(capacity: batch)
        defer { spans.deallocate(); hashes.deallocate(); tuples.deallocate(); lineNumbers.deallocate(); lineStarts.deallocate() }
        var lineStart = 0
        var line = 0
        while lineStart < count {
            // 1. Split up to `batch` lines into fields (a line with the wrong number ends the batch).
            var n = 0
            var failure: EvaluationError? = nil
            while n < batch && lineStart < count {
                line += 1
                var lineEnd = Self.find(10, base, lineStart, count)
                let next = lineEnd + 1
                if lineEnd > lineStart && bytes[lineEnd - 1] == 13 { lineEnd -= 1 }
                if lineEnd == lineStart && arity > 0 { lineStart = next; continue }
                var field = 0
                var position = lineStart
                while true {
                    var end: Int
                    if let single {
                        end = Self.find(single, base, position, lineEnd)
                    } else {
                        end = position
                        while end < lineEnd && !matches(separator, bytes, end) { end += 1 }
                    }
                    guard field < arity else {
                        failure = .facts(location: location(file, line, bytes, lineStart, position),
                                         message: "more than \(arity) fields; '\(relation.name)' has \(arity) columns")
                        break
                    }
                    spans[(n * width + field) * 2] = position
                    spans[(n * width + field) * 2 + 1] = end
                    field += 1
                    if end >= lineEnd { break }
                    position = end + separator.count
                }
                if failure == nil && field != arity {
                    failure = .facts(location: location(file, line, bytes, lineStart, lineEnd),
                                     message: "\(field) field(s); '\(relation.name)' has \(arity) columns")
                }
                if failure != nil { break }
                lineNumbers[n] = line
                lineStarts[n] = lineStart
                n += 1
                lineStart = next
            }
            // 2. Hash the symbols and touch their slots; 3. intern them and parse the numbers.
            var sink: UInt64 = 0
            for i in 0..<n {
                for c in 0..<arity where types[c] == .symbol {
                    let k = i * width + c
                    let h = hashBytes(UnsafeRawBufferPointer(rebasing: bytes[spans[k * 2]..<spans[k * 2 + 1]]))
                    hashes[k] = h
                    sink &+= symbols.touch(hash: h)
                }
            }
            if sink == 0x5EED { touchSink &+= 1 }
            for i in 0..<n {
                for c in 0..<arity {
                    let k = i * width + c
                    do {
                        tuples[k] = try value(bytes, spans[k * 2], spans[k * 2 + 1], types[c], hash: hashes[k],
                                              file: file, line: lineNumbers[i], lineStart: lineStarts[i])
                    } catch {
                        insert(tuples, count: i, into: relation)
                        throw error
                    }
                }
            }
            // 4. Insert the batch.
            insert(tuples, count: n, into: relation)
            if let failure { throw failure }
        }
    }

    private func insert(_ tuples: UnsafeMutablePointer<UInt64>, count: Int, into relation: Relation) {
        guard count > 0 else { return }
        _ = relation.store.pointee.insertBatch(tuples, count: count, origins: nil) { _ in true }
    }

    /// The position of the first `byte` in `from ..< to`, or `to` (memchr
    /// compares many bytes at a time).
    @inline(__always)
    static func find(_ byte: UInt8, _ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        guard from < to, let p = memchr(base + from, Int32(byte), to - from) else { return to }
        return UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self)) - base
    }

    @inline(__always)
    private func matches(_ separator: [UInt8], _ bytes: UnsafeRawBufferPointer, _ at: Int) -> Bool {
        if separator.count == 1 { return bytes[at] == separator[0] }
        guard at + separator.count <= bytes.count else { return false }
        for k in 0..<separator.count where bytes[at + k] != separator[k] { return false }
        return true
    }

    private func value(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int, _ type: PrimitiveType, hash: UInt64,
                       file: String, line: Int, lineStart: Int) throws(EvaluationError) -> UInt64 {
        switch type {
        case .symbol:
            return UInt64(symbols.intern(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), hash: hash))
        case .number:
            var i = start
            var negative = false
            if i < end && (bytes[i] == 45 || bytes[i] == 43) { negative = bytes[i] == 45; i += 1 }
            var n: Int64 = 0
            var ok = i < end
            while i < end {
                let d = bytes[i]
                guard d >= 48 && d <= 57 else { ok = false; break }
                let (m, o1) = n.multipliedReportingOverflow(by: 10)
                let (s, o2) = negative ? m.subtractingReportingOverflow(Int64(d - 48)) : m.addingReportingOverflow(Int64(d - 48))
                if o1 || o2 { ok = false; break }
                n = s
                i += 1
            }
            guard ok else {
                let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                throw .facts(location: location(file, line, bytes, lineStart, start),
                             message: "expected a number, found '\(text)'")
            }
            return UInt64(bitPattern: n)
        case .float:
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            guard let d = Double(text.trimmingCharacters(in: .whitespaces)) else {
                throw .facts(location: location(file, line, bytes, lineStart, start), message: "expected a float, found '\(text)'")
            }
            return d.bitPattern
        }
    }

    /// 1-based column in Unicode scalars (UTF-8 continuation bytes not counted).
    private func location(_ file: String, _ line: Int, _ bytes: UnsafeRawBufferPointer, _ lineStart: Int, _ at: Int) -> SourceLocation {
        var column = 1
        for i in lineStart..<min(at, bytes.count) where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(file: file, line: line, column: column)
    }
}
