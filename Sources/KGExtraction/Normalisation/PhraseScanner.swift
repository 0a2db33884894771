#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which of a fixed list of ASCII phrases occur in a text, found in one
/// pass over its bytes: the answer of `text.has(phrase)` for every phrase at
/// once. A section context asks some sixty phrases of each heading or
/// label; sixty `memchr` scans of a short text cost far more than one walk.
///
/// The walk is Wu and Manber's: a window as long as the shortest phrase
/// slides over the text, and the two bytes that end it say how far it may
/// jump (no phrase can start in the bytes jumped over); only where they
/// end some phrase's first window are the phrases starting there compared.
/// Most windows jump by several bytes.
///
/// ```swift
/// let scanner = PhraseScanner(["side effect", "rare"])
/// let found = scanner.scan("rare side effects")
/// found.contains(0), found.contains(1)   // true, true
/// ```
struct PhraseScanner: Sendable {
    /// The phrases found in a text, as bits by phrase number.
    struct Found: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        func contains(_ phrase: Int) -> Bool {
            phrase < 64 ? low & (1 << UInt64(phrase)) != 0 : high & (1 << UInt64(phrase - 64)) != 0
        }

        func containsAny(_ phrases: Range<Int>) -> Bool { phrases.contains { contains($0) } }

        mutating func insert(_ phrase: Int) {
            if phrase < 64 { low |= 1 << UInt64(phrase) } else { high |= 1 << UInt64(phrase - 64) }
        }
    }

    /// The phrases' bytes, one after another; phrase `n` is `bytes[offsets[n]..<offsets[n + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]
    /// Phrase numbers ordered by first byte: those starting with byte `b`
    /// are `order[firstStarts[b]..<firstStarts[b + 1]]`.
    private let order: [Int]
    private let firstStarts: [Int]
    /// One bit per pair of bytes (the first byte in the high half of the
    /// index) that starts some phrase: 8 KB, which stays in the first-level
    /// cache while a text is scanned. Pairs with a byte of 0x80 or more
    /// never start a phrase.
    private let pairs: [UInt64]

    /// The shortest phrase's length: the window.
    private let window: Int
    /// For each pair of ASCII bytes (seven bits each), how far a window
    /// ending with them may move on; 0 where some phrase's first window ends with them.
    private let shifts: [UInt8]

    /// Each byte as the scan reads it when lowering: ASCII capitals as
    /// lower case, every other byte as it is (one load instead of two tests).
    private static let lowered: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    init(_ phrases: [String]) {
        precondition(phrases.count <= 128 && phrases.allSatisfy { $0.utf8.count >= 2 && $0.utf8.allSatisfy { $0 < 0x80 } },
                     "at most 128 ASCII phrases of two bytes or more")
        var bytes: [UInt8] = [], offsets = [0]
        for phrase in phrases {
            bytes += phrase.utf8
            offsets.append(bytes.count)
        }
        order = phrases.indices.sorted { (phrases[$0].utf8.first!, $0) < (phrases[$1].utf8.first!, $1) }
        var firstStarts = [Int](repeating: 0, count: 257)
        for phrase in phrases { firstStarts[Int(phrase.utf8.first!) + 1] += 1 }
        for byte in 0..<256 { firstStarts[byte + 1] += firstStarts[byte] }
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        for phrase in phrases {
            let utf8 = Array(phrase.utf8)
            let index = Int(utf8[0]) << 8 | Int(utf8[1])
            pairs[index >> 6] |= 1 << UInt64(index & 63)
        }
        self.bytes = bytes
        self.offsets = offsets
        self.firstStarts = firstStarts
        self.pairs = pairs
        let window = phrases.map(\.utf8.count).min() ?? 2
        var shifts = [UInt8](repeating: UInt8(min(window - 1, 255)), count: 1 << 14)
        for phrase in phrases {
            let utf8 = Array(phrase.utf8)
            for end in 1..<window {
                let block = Int(utf8[end - 1]) << 7 | Int(utf8[end])
                shifts[block] = min(shifts[block], UInt8(min(window - 1 - end, 255)))
            }
        }
        self.window = window
        self.shifts = shifts
    }

    func scan(_ text: String) -> Found {
        text.withUTF8Bytes { scan($0) }
    }

    func scan(_ text: UnsafeBufferPointer<UInt8>) -> Found {
        scan(text, lowering: false) ?? Found()
    }

    /// The scan, reading ASCII capitals as lower case when `lowering`; nil
    /// (when lowering) if the text has a scalar whose lower case is ASCII.
    @inline(__always)
    private func scan(_ text: UnsafeBufferPointer<UInt8>, lowering: Bool) -> Found? {
        var found = Found()
        let count = text.count
        guard count >= 2 else { return found }
        // Only İ (C4 B0) and the Kelvin sign (E2 84 AA) lower-case to ASCII: looked for apart, with memchr.
        if lowering && (Self.has(text, 0xC4, then: [0xB0]) || Self.has(text, 0xE2, then: [0x84, 0xAA])) { return nil }
        guard count >= window else { return found }
        // Tables and text are read at every window: without bounds checks.
        return shifts.withUnsafeBufferPointer { shifts -> Found? in
            Self.lowered.withUnsafeBufferPointer { lowered -> Found? in
                @inline(__always) func byte(_ index: Int) -> UInt8 { lowering ? lowered[Int(text[index])] : text[index] }
                var start = 0
                let last = count - window
                while start <= last {
                    let before = byte(start + window - 2), end = byte(start + window - 1)
                    // A window ending in a byte of 0x80 or more ends no phrase's first window.
                    guard before | end < 0x80 else { start += window - 1; continue }
                    let shift = Int(shifts[Int(before) << 7 | Int(end)])
                    if shift > 0 { start += shift; continue }
                    let first = byte(start), second = byte(start + 1)
                    let pair = Int(first) << 8 | Int(second)
                    if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                        for position in firstStarts[Int(first)]..<firstStarts[Int(first) + 1] {
                            let phrase = order[position]
                            let from = offsets[phrase], length = offsets[phrase + 1] - from
                            guard start + length <= count, second == bytes[from + 1] else { continue }
                            var matched = 2
                            while matched < length && byte(start + matched) == bytes[from + matched] { matched += 1 }
                            if matched == length { found.insert(phrase) }
                        }
                    }
                    start += 1
                }
                return found
            }
        }
    }

    /// Whether `text` has the byte `lead` followed by the bytes `then`.
    private static func has(_ text: UnsafeBufferPointer<UInt8>, _ lead: UInt8, then: [UInt8]) -> Bool {
        guard let base = text.baseAddress else { return false }
        var offset = 0
        while offset < text.count, let hit = memchr(base + offset, Int32(lead), text.count - offset) {
            let index = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if index + then.count < text.count, then.indices.allSatisfy({ text[index + 1 + $0] == then[$0] }) { return true }
            offset = index + 1
        }
        return false
    }
}

extension PhraseScanner {
    /// Scans the text as `text.lowercasedFast()` reads (the phrases being
    /// lower-case ASCII), without building that string: ASCII capitals are
    /// read as lower case. Other scalars that change when lower-cased change
    /// into non-ASCII, which no phrase contains, except İ and the Kelvin
    /// sign (checked over every scalar): a text with one of them is
    /// lower-cased first.
    func scanLowercased(_ text: String) -> Found {
        text.withUTF8Bytes { scan($0, lowering: true) } ?? scan(text.lowercasedFast())
    }
}
