/// A key press, decoded from the bytes a terminal sends in raw mode.
enum Key: Equatable, Sendable {
    case character(Character)
    case enter, tab, backspace, delete
    case left, right, up, down, home, end
    case wordLeft, wordRight
    /// Ctrl-A ... Ctrl-Z that have a meaning of their own.
    case control(Character)
    /// A sequence the editor ignores (function keys, mouse, ...).
    case unknown
}

/// Turns raw terminal bytes into ``Key``s, keeping an incomplete escape
/// sequence or UTF-8 character until its remaining bytes arrive.
///
/// ```swift
/// var decoder = KeyDecoder()
/// decoder.feed([0x1B, 0x5B, 0x44, 0x61])   // [.left, .character("a")]
/// ```
struct KeyDecoder {
    private var pending: [UInt8] = []

    mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        while !pending.isEmpty {
            guard let (key, length) = Self.decode(pending) else { break }
            keys.append(key)
            pending.removeFirst(length)
        }
        return keys
    }

    /// Bytes waiting for the rest of a sequence (a lone ESC, say).
    var hasPending: Bool { !pending.isEmpty }

    /// Gives up on an incomplete sequence: a lone ESC key press.
    mutating func flush() -> [Key] {
        defer { pending = [] }
        return pending.isEmpty ? [] : [.unknown]
    }

    /// The first key of `bytes` and how many bytes it took; nil when more bytes are needed.
    static func decode(_ bytes: [UInt8]) -> (Key, Int)? {
        let first = bytes[0]
        switch first {
        case 0x0D, 0x0A: return (.enter, 1)
        case 0x09: return (.tab, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x1B: return decodeEscape(bytes)
        case 0x01...0x1A:
            return (.control(Character(Unicode.Scalar(first + 0x60))), 1)
        case 0x00..<0x20: return (.unknown, 1)
        default: return decodeUTF8(bytes)
        }
    }

    private static func decodeEscape(_ bytes: [UInt8]) -> (Key, Int)? {
        guard bytes.count >= 2 else { return nil }
        switch bytes[1] {
        case UInt8(ascii: "["), UInt8(ascii: "O"):
            // CSI: parameters (digits and ';') then a final byte in @...~.
            var index = 2
            while index < bytes.count, (0x30...0x3F).contains(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            let parameters = String(decoding: bytes[2..<index], as: UTF8.self)
            let length = index + 1
            switch (bytes[index], parameters) {
            case (UInt8(ascii: "A"), _): return (.up, length)
            case (UInt8(ascii: "B"), _): return (.down, length)
            case (UInt8(ascii: "C"), let p): return (p.hasSuffix("5") ? .wordRight : .right, length)
            case (UInt8(ascii: "D"), let p): return (p.hasSuffix("5") ? .wordLeft : .left, length)
            case (UInt8(ascii: "H"), _): return (.home, length)
            case (UInt8(ascii: "F"), _): return (.end, length)
            case (UInt8(ascii: "~"), "1"), (UInt8(ascii: "~"), "7"): return (.home, length)
            case (UInt8(ascii: "~"), "4"), (UInt8(ascii: "~"), "8"): return (.end, length)
            case (UInt8(ascii: "~"), "3"): return (.delete, length)
            default: return (.unknown, length)
            }
        case UInt8(ascii: "b"): return (.wordLeft, 2)
        case UInt8(ascii: "f"): return (.wordRight, 2)
        default: return (.unknown, 2)
        }
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> (Key, Int)? {
        let first = bytes[0]
        let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
        guard bytes.count >= length else { return nil }
        let text = String(decoding: bytes[0..<length], as: UTF8.self)
        return (text.first.map(Key.character) ?? .unknown, length)
    }
}
