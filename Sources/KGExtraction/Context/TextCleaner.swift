import Foundation

/// Cleans what the readers leave of inline markup in a sentence: LaTeX
/// Greek letters (`$\mu$ M` → `µM`), citation markers (`[4]`, `[\[4\]](#)`),
/// a FAQ's `A:**` or `Q1:` prefix, leftover emphasis.
enum TextCleaner {
    static func clean(_ text: String) -> String {
        var result = text
        if result.has("$") {
            for (latex, letter) in [("\\mu", "µ"), ("\\beta", "β"), ("\\alpha", "α"), ("\\gamma", "γ"), ("\\kappa", "κ"), ("\\delta", "δ")] {
                result = result.replacingOccurrences(of: "$" + latex + "$", with: letter)
                result = result.replacingOccurrences(of: "$ " + latex + " $", with: letter)
            }
            result = result.replacingOccurrences(of: "µ M", with: "µM").replacingOccurrences(of: "µ L", with: "µL")
            result = result.replacingOccurrences(of: "µ g", with: "µg")
        }
        if result.has("[") { result = stripCitations(result) }
        result = stripPrefix(result)
        return result
    }

    /// `[4]`, `[\[4\]](#)`, `<sup>[1]</sup>` and the like, removed.
    static func stripCitations(_ text: String) -> String {
        var out = ""
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first {
            if first == "[" {
                var probe = scalars.dropFirst()
                while let c = probe.first, c == "\\" || c == "[" { probe = probe.dropFirst() }
                var digits = 0
                while let c = probe.first, c.value >= 48 && c.value <= 57 { probe = probe.dropFirst(); digits += 1 }
                if digits > 0 {
                    while let c = probe.first, c == "\\" || c == "]" { probe = probe.dropFirst() }
                    if probe.first == "(" , let close = probe.firstIndex(of: ")") { probe = probe[probe.index(after: close)...] }
                    scalars = probe
                    continue
                }
            }
            out.unicodeScalars.append(first)
            scalars = scalars.dropFirst()
        }
        return out
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
