import Foundation

/// Chooses how to decode a page's bytes, and says what was wrong with them.
///
/// Order: a byte-order mark; for HTML a charset declared in the first 1024
/// bytes (`<meta charset>`, `http-equiv` content, or an XML declaration's
/// `encoding`); then UTF-8 when the bytes
/// are valid UTF-8, else Windows-1252 with a warning. A file whose first 64 KB
/// is more than 10 % NUL or control bytes is binary: warned about and not read.
/// Stray NUL bytes in a text file are left out, with a warning.
struct EncodingDetector {
    var encoding: SourceEncoding = .utf8
    var bomLength = 0
    var isBinary = false
    var warnings: [DocumentWarning] = []

    static func detect(_ bytes: [UInt8], format: DocumentFormat, path: String) -> EncodingDetector {
        var result = EncodingDetector()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            result.bomLength = 3
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            result.encoding = .utf16LittleEndian
            result.bomLength = 2
            return result
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            result.encoding = .utf16BigEndian
            result.bomLength = 2
            return result
        }
        // Counted in one pass over raw bytes (closures over the array's
        // elements cost several times as much).
        let (nulCount, controls, sampleCount) = bytes.withUnsafeBufferPointer { buffer in
            var nuls = 0
            var controls = 0
            let sampleCount = min(buffer.count, 65_536)
            let raw = UnsafeRawBufferPointer(buffer)
            var index = 0
            while index < buffer.count {
                // Eight bytes at a time while none is below 0x20 (the test may
                // flag a word wrongly, never miss one: flagged words are looked at byte by byte).
                if index + 8 <= buffer.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 { index += 8; continue }
                }
                let end = min(index + 8, buffer.count)
                while index < end {
                    let byte = buffer[index]
                    if byte < 0x20 {
                        if byte == 0 { nuls += 1 }
                        if index < sampleCount, byte == 0 || (byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) { controls += 1 }
                    }
                    index += 1
                }
            }
            return (nuls, controls, sampleCount)
        }
        if controls * 10 > sampleCount {
            result.isBinary = true
            result.warnings.append(DocumentWarning(path: path,
                message: "binary file (\(nulCount) NUL bytes, \(controls) control bytes in the first \(sampleCount)); not read as text"))
            return result
        }
        if nulCount > 0, let first = bytes.firstIndex(of: 0) {
            let (line, column) = EncodingDetector.place(of: first, in: bytes)
            result.warnings.append(DocumentWarning(path: path, line: line, column: column,
                message: "\(nulCount) NUL byte\(nulCount == 1 ? "" : "s") in the text; left out"))
        }
        var declared: SourceEncoding?
        if format == .html, result.bomLength == 0, let label = declaredCharset(bytes) {
            declared = SourceEncoding(label: label)
            if declared == nil {
                result.warnings.append(DocumentWarning(path: path,
                    message: "declared charset '\(label)' is not supported; read as UTF-8 or Windows-1252 by content"))
            }
        }
        let invalid = UTF8Validation.firstInvalidOffset(in: bytes, range: result.bomLength..<bytes.count)
        switch (declared, invalid) {
        case (.windows1252?, _):
            result.encoding = .windows1252
        case (_, nil):
            result.encoding = .utf8
        case (_, let offset?):
            result.encoding = .windows1252
            let (line, column) = EncodingDetector.place(of: offset, in: bytes)
            let claim = declared == .utf8 ? "declared UTF-8 but is" : "is"
            result.warnings.append(DocumentWarning(path: path, line: line, column: column,
                message: "\(claim) not valid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) here); read as Windows-1252"))
        }
        return result
    }

    /// Line and column (bytes, 1-based) of a raw offset, for warnings made before decoding.
    static func place(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    /// The charset an HTML page declares in its first 1024 bytes.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        // <meta charset="…">, <meta http-equiv content="…; charset=…">, or XHTML's <?xml encoding="…"?>.
        guard let range = head.range(of: "charset=") ?? (head.hasPrefix("<?xml") ? head.range(of: "encoding=") : nil) else {
            return nil
        }
        var label = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        label = label.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return label.isEmpty ? nil : String(label)
    }
}
