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

    func parse(_ bytes: UnsafeRawBufferPointer, file: String, separator: [UInt8], into relation: Relation) throws(EvaluationError) {
        let types = relation.signature.columnTypes
        let arity = types.count
        var tuple = [UInt64](repeating: 0, count: max(1, arity))
        let count = bytes.count
        var lineStart = 0
        var line = 0
        while lineStart < count {
            line += 1
            var lineEnd = lineStart
            while lineEnd < count && bytes[lineEnd] != 10 { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == 13 { lineEnd -= 1 }
            if lineEnd == lineStart && arity > 0 { lineStart = next; continue }
            var field = 0
            var position = lineStart
            while true {
                var end = position
                while end < lineEnd && !matches(separator, bytes, end) { end += 1 }
                guard field < arity else {
                    throw .facts(location: location(file, line, bytes, lineStart, position),
                                 message: "more than \(arity) fields; '\(relation.name)' has \(arity) columns")
                }
                tuple[field] = try value(bytes, position, end, types[field], file: file, line: line, lineStart: lineStart)
                field += 1
                if end >= lineEnd { break }
                position = end + separator.count
            }
            guard field == arity else {
                throw .facts(location: location(file, line, bytes, lineStart, lineEnd),
                             message: "\(field) field(s); '\(relation.name)' has \(arity) columns")
            }
            _ = tuple.withUnsafeBufferPointer { relation.store.pointee.insert($0.baseAddress!) }
            lineStart = next
        }
    }

    @inline(__always)
    private func matches(_ separator: [UInt8], _ bytes: UnsafeRawBufferPointer, _ at: Int) -> Bool {
        if separator.count == 1 { return bytes[at] == separator[0] }
        guard at + separator.count <= bytes.count else { return false }
        for k in 0..<separator.count where bytes[at + k] != separator[k] { return false }
        return true
    }

    private func value(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int, _ type: PrimitiveType,
                       file: String, line: Int, lineStart: Int) throws(EvaluationError) -> UInt64 {
        switch type {
        case .symbol:
            return UInt64(symbols.intern(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<end])))
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
