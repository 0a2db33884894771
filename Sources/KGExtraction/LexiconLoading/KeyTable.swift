/// A read-only hash table from phrase keys to values, built once when the
/// lexicon loads, for the recogniser's probes (one per word, several per
/// candidate name).
///
/// Why not a `Dictionary`: its seeded SipHash costs more than the rest of
/// a probe for keys of a few bytes, and a multi-word probe would first have
/// to join the words' keys into a new string. Here the hash is FNV-1a over
/// the key's UTF-8 bytes, which `KeyHash` also computes word by word (words
/// joined by one space), so a phrase is probed straight from its tokens.
///
/// ```swift
/// let table = KeyTable(["acute myeloid leukemia": 1])
/// var hash = KeyHash()
/// for word in ["acute", "myeloid", "leukemia"] { hash.addWord(word) }
/// table.value(hash: hash.value) { $0 == "acute myeloid leukemia" }   // 1
/// table["acute myeloid leukemia"]                                     // 1
/// ```
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [String] = []
    private var values: [Value] = []
    /// Open addressing, linear probing. A slot holds the upper bits of its
    /// key's hash and the key's index + 1 in the lower ones (0: empty), so
    /// that a probe for a word the table lacks, which most words are,
    /// reads one array, not a second one at a random place for each slot
    /// it passes (those cache misses were most of a probe's time).
    private var slots: [UInt64]
    private var mask: Int

    /// The bits of a slot that hold the index + 1 (up to 16 million keys).
    private static var indexBits: UInt64 { 0xFF_FFFF }

    init(_ entries: [String: Value]) {
        precondition(UInt64(entries.count) < Self.indexBits, "too many keys for a KeyTable")
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        // In key order, so that the table does not depend on hash seeds.
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            let hash = KeyHash.of(key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & ~Self.indexBits | UInt64(keys.count + 1)
            keys.append(key)
            values.append(value)
        }
    }

    @inline(__always)
    subscript(key: String) -> Value? {
        value(hash: KeyHash.of(key)) { $0 == key }
    }

    /// The value of the key with this `KeyHash` for which `matches` holds.
    @inline(__always)
    func value(hash: UInt64, matches: (String) -> Bool) -> Value? {
        let tag = hash & ~Self.indexBits
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & ~Self.indexBits == tag {
                let index = Int(entry & Self.indexBits) - 1
                if matches(keys[index]) { return values[index] }
            }
            slot = (slot + 1) & mask
        }
    }
}

/// FNV-1a over UTF-8 bytes, finished with a mix so that low bits (the
/// table's slot) depend on every byte; built up word by word as `KeyTable`
/// keys are written (words joined by one space).
struct KeyHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325
    private var words = 0

    var value: UInt64 {
        var mixed = state
        mixed ^= mixed >> 33
        mixed &*= 0xff51_afd7_ed55_8ccd
        mixed ^= mixed >> 33
        return mixed
    }

    @inline(__always) private mutating func add(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// Appends a word, after a space unless it is the first.
    mutating func addWord(_ word: String) {
        if words > 0 { add(byte: UInt8(ascii: " ")) }
        words += 1
        add(word)
    }

    /// Over the bytes in place (iterating a `String.UTF8View` costs more than hashing).
    private mutating func add(_ text: String) {
        text.withUTF8Bytes { bytes in
            for byte in bytes { add(byte: byte) }
        }
    }

    static func of(_ key: String) -> UInt64 {
        var hash = KeyHash()
        hash.add(key)
        return hash.value
    }
}

/// Whether `key` is the keys of `tokens[first..<end]` joined by single
/// spaces (the `KeyTable` key of those words), without joining them;
/// `exact` compares their case-sensitive keys.
func isJoinedKey(_ key: String, _ tokens: [Token], _ first: Int, _ end: Int, exact: Bool) -> Bool {
    // Over contiguous bytes: iterating `UTF8View`s cost a call per byte.
    return key.withUTF8Bytes { keyBytes in
        var position = 0
        for index in first..<end {
            if index > first {
                guard position < keyBytes.count, keyBytes[position] == UInt8(ascii: " ") else { return false }
                position += 1
            }
            let word = exact ? tokens[index].exactKey : tokens[index].key
            let matched = word.withUTF8Bytes { wordBytes -> Bool in
                guard position + wordBytes.count <= keyBytes.count else { return false }
                for offset in 0..<wordBytes.count where keyBytes[position + offset] != wordBytes[offset] { return false }
                return true
            }
            guard matched else { return false }
            position += word.utf8.count
        }
        return position == keyBytes.count
    }
}
