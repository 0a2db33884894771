import Foundation

/// The small JSON the store writes into text columns (names, attributes,
/// section paths, warnings): keys sorted, so that equal attributes give
/// equal text and edges can be compared in SQL; readable with `sqlite3`.
enum JSONText {
    static func encode(_ strings: [String]) -> String {
        var out = ""
        out.reserveCapacity(strings.reduce(2) { $0 + $1.utf8.count + 3 })
        out.append("[")
        for (index, string) in strings.enumerated() {
            if index > 0 { out.append(",") }
            appendQuoted(string, to: &out)
        }
        out.append("]")
        return out
    }

    static func encode(_ dictionary: [String: String]) -> String {
        if dictionary.isEmpty { return "{}" }
        var out = ""
        out.reserveCapacity(dictionary.reduce(2) { $0 + $1.key.utf8.count + $1.value.utf8.count + 6 })
        out.append("{")
        // Pairs sorted whole: looking each value up again by key hashed every key twice.
        for (index, pair) in dictionary.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out.append(",") }
            appendQuoted(pair.key, to: &out)
            out.append(":")
            appendQuoted(pair.value, to: &out)
        }
        out.append("}")
        return out
    }

    static func decodeStrings(_ text: String) throws -> [String] {
        if text == "[]" { return [] }
        // Without a backslash no string holds a quote, so `","` can only
        // separate elements: split instead of parsing.
        if !text.utf8.contains(UInt8(ascii: "\\")), text.hasPrefix("[\""), text.hasSuffix("\"]") {
            return split(text.dropFirst(2).dropLast(2), on: "\",\"")
        }
        return try JSONDecoder().decode([String].self, from: Data(text.utf8))
    }

    static func decodeDictionary(_ text: String) throws -> [String: String] {
        if text == "{}" { return [:] }
        if !text.utf8.contains(UInt8(ascii: "\\")), text.hasPrefix("{\""), text.hasSuffix("\"}") {
            var dictionary: [String: String] = [:]
            for pair in split(text.dropFirst(2).dropLast(2), on: "\",\"") {
                let keyAndValue = split(Substring(pair), on: "\":\"", maxPieces: 2)
                guard keyAndValue.count == 2 else { return try decodeDictionaryParsing(text) }
                dictionary[keyAndValue[0]] = keyAndValue[1]
            }
            return dictionary
        }
        return try decodeDictionaryParsing(text)
    }

    /// The pieces of `text` between occurrences of the ASCII `separator`,
    /// at most `maxPieces` (the last holds the rest), compared byte by byte:
    /// loading a graph splits every node's names, and Foundation's
    /// `components(separatedBy:)` (Unicode comparison) was most of that
    /// time. An ASCII byte never occurs inside a multi-byte character, so a
    /// byte match is a character match.
    static func split(_ text: Substring, on separator: StaticString, maxPieces: Int = .max) -> [String] {
        let bytes = Array(text.utf8)
        let pattern = UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount)
        var pieces: [String] = []
        var start = 0, index = 0
        while index + pattern.count <= bytes.count, pieces.count + 1 < maxPieces {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) {
                pieces.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += pattern.count
                start = index
            } else {
                index += 1
            }
        }
        pieces.append(String(decoding: bytes[start...], as: UTF8.self))
        return pieces
    }

    private static func decodeDictionaryParsing(_ text: String) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
    }

    private static func appendQuoted(_ string: String, to out: inout String) {
        // Most names and headings need no escaping: copied whole (the bytes
        // scanned in place, appended without temporary strings).
        if !needsEscaping(string) {
            out.append("\"")
            out.append(string)
            out.append("\"")
            return
        }
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    private static func needsEscaping(_ string: String) -> Bool {
        func escaped(_ byte: UInt8) -> Bool { byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") }
        return string.utf8.withContiguousStorageIfAvailable { $0.contains(where: escaped) } ?? string.utf8.contains(where: escaped)
    }
}
