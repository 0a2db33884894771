/// A blocked Bloom filter over a relation's packed tuple keys: 16 bits per
/// tuple, three bits set per key in one 64-bit word. It answers "certainly
/// not there" for all but about 1% of absent tuples from a table small
/// enough to stay in cache (128 KB for 40,000 tuples), before the
/// relation's set — larger, and two memory misses per probe — is touched.
/// Joins that test many candidate tuples of an input relation, most of
/// them absent, spend their time there. (At 8 bits and two per key, one
/// absent tuple in 16 got through, and those misses cost more than the
/// filter saved.)
struct MembershipFilter {
    private var words: RawBuffer<UInt64>
    private let mask: Int

    /// Built over the packed keys of a relation that no longer changes.
    init(store: RelationStore) {
        var size = 64
        while size * 64 < store.count * 16 { size *= 2 }
        words = RawBuffer(repeating: 0, count: size)
        mask = size - 1
        for r in 0..<store.count {
            guard let key = store.key(store.row(r)) else { continue }
            let h = mixHash(key)
            words[Int(truncatingIfNeeded: h) & mask] |= Self.bits(h)
        }
    }

    func deallocate() { words.deallocate() }

    @inline(__always)
    private static func bits(_ h: UInt64) -> UInt64 { 1 << ((h >> 40) & 63) | 1 << ((h >> 46) & 63) | 1 << ((h >> 52) & 63) }

    /// False if the key with this `mixHash` is certainly absent.
    @inline(__always)
    func mayContain(hash h: UInt64) -> Bool {
        let b = Self.bits(h)
        return words[Int(truncatingIfNeeded: h) & mask] & b == b
    }
}
