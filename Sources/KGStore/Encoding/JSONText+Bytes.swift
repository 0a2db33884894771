extension JSONText {
    /// `strings` as a JSON array, appended to `out` in UTF-8: what
    /// ``encode(_:)-([String])`` returns, written straight into a buffer
    /// (the store's rows are built that way, without a String per value).
    ///
    /// ```swift
    /// var out: [UInt8] = []
    /// JSONText.append(["a", "b\"c"], to: &out)   // ["a","b\"c"]
    /// ```
    static func append(_ strings: [String], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, string) in strings.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendQuoted(string, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// `strings` as a JSON array in sorted order, appended to `out`: a set
    /// of one (most nodes' names) is written without sorting a copy.
    static func append(_ strings: Set<String>, to out: inout [UInt8]) {
        guard strings.count > 1 else {
            out.append(UInt8(ascii: "["))
            if let only = strings.first { appendQuoted(only, to: &out) }
            out.append(UInt8(ascii: "]"))
            return
        }
        append(strings.sorted(), to: &out)
    }

    /// `dictionary` as a JSON object with its keys sorted, appended to `out`.
    static func append(_ dictionary: [String: String], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        // Pairs sorted whole: looking each value up again by key hashed every key twice.
        for (index, pair) in dictionary.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendQuoted(pair.key, to: &out)
            out.append(UInt8(ascii: ":"))
            appendQuoted(pair.value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// `string` quoted: `"` and `\` escaped, control characters as `\n`,
    /// `\r`, `\t` or `\u00XX`; everything else (all of Unicode) as it is.
    private static func appendQuoted(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // In place when contiguous (native strings are): `withUTF8` would need a var copy.
        if string.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &out) }) == nil {
            var copy = string
            copy.withUTF8 { appendEscaped($0, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // Most names and headings need no escaping: copied whole.
        guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            out.append(contentsOf: bytes)
            return
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: out.append(byte)
            }
        }
    }
}
