import Foundation

/// The small JSON the store writes into text columns (names, attributes,
/// section paths, warnings): keys sorted, so that equal attributes give
/// equal text and edges can be compared in SQL; readable with `sqlite3`.
enum JSONText {
    static func encode(_ strings: [String]) -> String {
        var out: [UInt8] = []
        append(strings, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func encode(_ dictionary: [String: String]) -> String {
        if dictionary.isEmpty { return "{}" }
        var out: [UInt8] = []
        append(dictionary, to: &out)
        return String(decoding: out, as: UTF8.self)
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
}
