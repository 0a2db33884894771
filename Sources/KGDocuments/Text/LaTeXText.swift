/// Inline LaTeX as pages exported from PDFs carry it (`$\mu$M`,
/// `$1 \times 10^4$`, `$\beta$-actin`), turned into plain text.
enum LaTeXText {
    static let commands: [String: String] = [
        "mu": "μ", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "Delta": "Δ", "kappa": "κ",
        "lambda": "λ", "sigma": "σ", "tau": "τ", "theta": "θ", "pi": "π", "omega": "ω", "epsilon": "ε",
        "times": "×", "cdot": "·", "pm": "±", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "approx": "≈",
        "sim": "~", "circ": "°", "degree": "°", "rightarrow": "→", "to": "→", "%": "%", "infty": "∞",
        "neq": "≠", "ne": "≠", ",": " ", ";": " ", " ": " ", "quad": " ",
    ]

    /// `$…$` at `start` when it looks like math (a backslash command, `^` or
    /// `_`): its text and source length. Prices ("$5") are left alone.
    /// A single symbol swallows one space before a unit or hyphen (`$\mu$ M` → μM).
    static func inlineMath(_ bytes: [UInt8], at start: Int, end: Int) -> (text: [UInt8], length: Int)? {
        var close = start + 1
        let limit = min(end, start + 200)
        while close < limit, bytes[close] != 0x24 { close += 1 }
        guard close < limit, close > start + 1 else { return nil }
        let body = bytes[(start + 1)..<close]
        guard body.contains(0x5C) || body.contains(0x5E) || body.contains(0x5F) else { return nil }
        let text = render(Array(body))
        // A unit prefix set apart from its unit ("$\mu$ M", "$\beta$ -actin") reads as one word.
        var length = close + 1 - start
        let isSingleSymbol = text.count >= 2 && text.count <= 3 && text[0] >= 0xC0
        if isSingleSymbol, close + 2 < end, bytes[close + 1] == 0x20,
           (0x41...0x5A).contains(bytes[close + 2] & 0xDF) || bytes[close + 2] == 0x2D {
            length += 1
        }
        return (text, length)
    }

    private static func render(_ body: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < body.count {
            let byte = body[index]
            switch byte {
            case 0x5C:
                var nameEnd = index + 1
                while nameEnd < body.count, (0x41...0x5A).contains(body[nameEnd] & 0xDF), body[nameEnd] < 0x80 { nameEnd += 1 }
                if nameEnd == index + 1, nameEnd < body.count { nameEnd += 1 }
                let name = String(decoding: body[(index + 1)..<nameEnd], as: UTF8.self)
                if let text = commands[name] {
                    if text == "×" || text == "→" || text == "≈" || text == "≤" || text == "≥" {
                        output.append(contentsOf: Array(" \(text) ".utf8))
                    } else {
                        output.append(contentsOf: Array(text.utf8))
                    }
                } else if name != "mathrm" && name != "text" && name != "mathit" && name != "left" && name != "right" {
                    output.append(contentsOf: Array(name.utf8))
                }
                index = nameEnd
            case 0x7B, 0x7D:
                index += 1
            default:
                output.append(byte)
                index += 1
            }
        }
        var folded: [UInt8] = []
        for byte in output where !(byte == 0x20 && (folded.isEmpty || folded.last == 0x20)) { folded.append(byte) }
        while folded.last == 0x20 { folded.removeLast() }
        return folded
    }
}
