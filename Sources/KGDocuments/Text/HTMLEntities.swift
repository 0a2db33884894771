/// Character references (`&amp;`, `&#946;`, `&#x3B2;`) decoded in Markdown and
/// plain text. HTML pages have theirs decoded by libxml2.
enum HTMLEntities {
    /// Named references seen on drug pages; an unknown name stays as written.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "laquo": "«", "raquo": "»", "bull": "•", "middot": "·", "deg": "°", "plusmn": "±", "times": "×",
        "divide": "÷", "micro": "µ", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "minus": "−",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "kappa": "κ", "lambda": "λ", "mu": "μ",
        "sup1": "¹", "sup2": "²", "sup3": "³", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "reg": "®", "copy": "©", "trade": "™", "sect": "§", "para": "¶", "euro": "€", "pound": "£",
        "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "oacute": "ó", "uuml": "ü", "ouml": "ö",
        "auml": "ä", "ccedil": "ç", "ntilde": "ñ", "szlig": "ß", "rarr": "→", "larr": "←", "shy": "",
        "zwnj": "", "zwj": "", "thinsp": " ", "ensp": " ", "emsp": " ",
    ]

    /// Decodes the reference starting with `&` at `index`: its text and its
    /// length in bytes, or nil when there is no well-formed reference there.
    static func decode(_ bytes: [UInt8], at index: Int, end: Int) -> (text: [UInt8], length: Int)? {
        var cursor = index + 1
        let limit = min(end, index + 33)
        while cursor < limit, bytes[cursor] != 0x3B /* ; */ {
            let byte = bytes[cursor]
            let isNameByte = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                || (0x61...0x7A).contains(byte) || byte == 0x23 /* # */
            guard isNameByte else { return nil }
            cursor += 1
        }
        guard cursor < limit, cursor > index + 1 else { return nil }
        let name = String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self)
        let length = cursor + 1 - index
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32? = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (Array(String(Character(scalar)).utf8), length)
        }
        guard let text = named[name] else { return nil }
        return (Array(text.utf8), length)
    }
}
