import Foundation

/// Cleans what the readers leave of inline markup in a sentence: LaTeX
/// Greek letters (`$\mu$ M` → `µM`), citation markers (`[4]`, `[\[4\]](#)`),
/// a FAQ's `A:**` or `Q1:` prefix, leftover emphasis.
enum TextCleaner {
    static func clean(_ text: String) -> String {
        var result = text
        if result.has("$") {
            // Foundation's replacement is slow even when nothing matches: ask first.
            for (latex, letter) in [("\\mu", "µ"), ("\\beta", "β"), ("\\alpha", "α"), ("\\gamma", "γ"), ("\\kappa", "κ"), ("\\delta", "δ")] {
                for spelled in ["$" + latex + "$", "$ " + latex + " $"] where result.has(spelled) {
                    result = result.replacingOccurrences(of: spelled, with: letter)
                }
            }
            for (spelled, joined) in [("µ M", "µM"), ("µ L", "µL"), ("µ g", "µg")] where result.has(spelled) {
                result = result.replacingOccurrences(of: spelled, with: joined)
            }
        }
        if result.has("[") { result = stripCitations(result) }
        result = stripPrefix(result)
        return result
    }

    /// `[4]`, `[\[4\]](#)`, `<sup>[1]</sup>` and the like, removed.
    static func stripCitations(_ text: String) -> String {
        // Over UTF-8 bytes: every byte tested is ASCII, which never occurs
        // inside a multi-byte scalar, so this reads as the scalars would.
        text.withUTF8Bytes { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            let count = bytes.count
            var index = 0
            while index < count {
                if bytes[index] == UInt8(ascii: "[") {
                    var probe = index + 1
                    while probe < count, bytes[probe] == UInt8(ascii: "\\") || bytes[probe] == UInt8(ascii: "[") { probe += 1 }
                    var digits = 0
                    while probe < count, bytes[probe] >= UInt8(ascii: "0"), bytes[probe] <= UInt8(ascii: "9") { probe += 1; digits += 1 }
                    if digits > 0 {
                        while probe < count, bytes[probe] == UInt8(ascii: "\\") || bytes[probe] == UInt8(ascii: "]") { probe += 1 }
                        if probe < count, bytes[probe] == UInt8(ascii: "("), let close = (probe..<count).first(where: { bytes[$0] == UInt8(ascii: ")") }) {
                            probe = close + 1
                        }
                        index = probe
                        continue
                    }
                }
                out.append(bytes[index])
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The numbers of the citation markers in a text: `[4][5]` → `[4][5]`.
    static func citations(in text: String) -> String {
        var found: [String] = []
        var current = ""
        var inside = false
        for scalar in text.unicodeScalars {
            if scalar == "[" { inside = true; current = ""; continue }
            if inside && scalar.value >= 48 && scalar.value <= 57 { current.unicodeScalars.append(scalar); continue }
            if inside && scalar == "]" && !current.isEmpty { found.append("[\(current)]") }
            if scalar != "\\" { inside = false }
        }
        return found.joined()
    }

    static func stripPrefix(_ text: String) -> String {
        // Most sentences start with none of " ", "*", "A", "Q": nothing to strip.
        guard let lead = text.utf8.first, lead == UInt8(ascii: " ") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "A") || lead == UInt8(ascii: "Q") else {
            return text
        }
        var scalars = Substring(text)
        while let first = scalars.first, first == " " || first == "*" { scalars = scalars.dropFirst() }
        // "A:", "A1:", "Q2:", "A:**"
        if let first = scalars.first, first == "A" || first == "Q" {
            var probe = scalars.dropFirst()
            while let c = probe.first, c.isNumber { probe = probe.dropFirst() }
            if probe.first == ":" {
                probe = probe.dropFirst()
                while let c = probe.first, c == " " || c == "*" { probe = probe.dropFirst() }
                return String(probe)
            }
        }
        return String(scalars)
    }
}
