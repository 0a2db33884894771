/// Text made safe for XML 1.0: markup characters escaped, and characters
/// XML 1.0 cannot carry at all (most C0 controls, lone surrogates are
/// impossible in Swift strings) replaced by a space.
enum XMLText {
    /// Escapes `text` for element content and for double-quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // Inside attributes, newlines and tabs would be normalised to spaces by
            // every reader; write them as references so they survive.
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Ids safe as XML `NMTOKEN`s, as GraphML requires for node, edge and key ids.
///
/// Readable ids are kept readable (`Drug:clofarabine`,
/// `ResistanceMechanism:DCK_down`); every character outside ASCII letters,
/// digits and `. - _ :` becomes `_`, and a clash between two ids that
/// collapse to the same token is broken with a numeric suffix.
struct NMTokenAllocator {
    private var used: Set<String> = []

    /// A token for `raw`, unique among the tokens this allocator gave out.
    mutating func token(for raw: String) -> String {
        let base = Self.sanitise(raw)
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }

    static func sanitise(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_:".unicodeScalars.contains(scalar))
            out.unicodeScalars.append(allowed ? scalar : "_")
        }
        return out.isEmpty ? "_" : out
    }
}
