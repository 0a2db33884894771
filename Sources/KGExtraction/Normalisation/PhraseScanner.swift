/// Which of a fixed list of ASCII phrases occur in a text, found in one
/// pass over its bytes: the answer of `text.has(phrase)` for every phrase at
/// once. A section context asks some sixty phrases of each heading or
/// label; sixty `memchr` scans of a short text cost far more than one walk
/// that, at each byte, looks the next two bytes up in a bitmap and compares
/// only the phrases starting with them.
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
    }

    func scan(_ text: String) -> Found {
        var text = text
        return text.withUTF8 { scan($0) }
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
        // Tables and text are read at every byte: without bounds checks.
        return pairs.withUnsafeBufferPointer { pairs -> Found? in
            Self.lowered.withUnsafeBufferPointer { lowered -> Found? in
                @inline(__always) func byte(_ index: Int) -> UInt8 { lowering ? lowered[Int(text[index])] : text[index] }
                var first = byte(0)
                for start in 0..<(count - 1) {
                    let second = byte(start + 1)
                    defer { first = second }
                    // Only İ (C4 B0) and the Kelvin sign (E2 84 AA) lower-case to ASCII.
                    if lowering && first >= 0xC4
                        && (first == 0xC4 && second == 0xB0 || first == 0xE2 && second == 0x84 && start + 2 < count && text[start + 2] == 0xAA) { return nil }
                    let pair = Int(first) << 8 | Int(second)
                    guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                    for position in firstStarts[Int(first)]..<firstStarts[Int(first) + 1] {
                        let phrase = order[position]
                        let from = offsets[phrase], length = offsets[phrase + 1] - from
                        guard start + length <= count, second == bytes[from + 1] else { continue }
                        var matched = 2
                        while matched < length && byte(start + matched) == bytes[from + matched] { matched += 1 }
                        if matched == length { found.insert(phrase) }
                    }
                }
                return found
            }
        }
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
        var text = text
        return text.withUTF8 { scan($0, lowering: true) } ?? scan(text.lowercasedFast())
    }
}
