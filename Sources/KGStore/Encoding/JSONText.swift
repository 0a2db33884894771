import Foundation

/// The small JSON the store writes into text columns (names, attributes,
/// section paths, warnings): keys sorted, so that equal attributes give
/// equal text and edges can be compared in SQL; readable with `sqlite3`.
enum JSONText {
    static func encode(_ strings: [String]) -> String {
        var out = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { out += "," }
            appendQuoted(string, to: &out)
        }
        return out + "]"
    }

    static func encode(_ dictionary: [String: String]) -> String {
        if dictionary.isEmpty { return "{}" }
        var out = "{"
        for (index, key) in dictionary.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            appendQuoted(key, to: &out)
            out += ":"
            appendQuoted(dictionary[key]!, to: &out)
        }
        return out + "}"
    }

    static func decodeStrings(_ text: String) throws -> [String] {
        if text == "[]" { return [] }
        // Without a backslash no string holds a quote, so `","` can only
        // separate elements: split instead of parsing.
        if !text.utf8.contains(UInt8(ascii: "\\")), text.hasPrefix("[\""), text.hasSuffix("\"]") {
            return text.dropFirst(2).dropLast(2).components(separatedBy: "\",\"")
        }
        return try JSONDecoder().decode([String].self, from: Data(text.utf8))
    }

    static func decodeDictionary(_ text: String) throws -> [String: String] {
        if text == "{}" { return [:] }
        if !text.utf8.contains(UInt8(ascii: "\\")), text.hasPrefix("{\""), text.hasSuffix("\"}") {
            var dictionary: [String: String] = [:]
            for pair in text.dropFirst(2).dropLast(2).components(separatedBy: "\",\"") {
                guard let colon = pair.range(of: "\":\"") else { return try decodeDictionaryParsing(text) }
                dictionary[String(pair[..<colon.lowerBound])] = String(pair[colon.upperBound...])
            }
            return dictionary
        }
        return try decodeDictionaryParsing(text)
    }

    private static func decodeDictionaryParsing(_ text: String) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
    }

    private static func appendQuoted(_ string: String, to out: inout String) {
        // Most names and headings need no escaping: copy them whole.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += "\"" + string + "\""
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
}
