/// An open-addressing hash set of 64-bit keys (a unary tuple, or a binary
/// tuple of two 32-bit values packed high/low), for duplicate elimination
/// with one memory access per probe.
///
/// `UInt64.max` marks an empty slot; the key equal to it is kept aside in
/// `holdsMax`.
struct TupleKeySet {
    private var slots: RawBuffer<UInt64>
    private var mask: Int
    private(set) var count = 0
    private var holdsMax = false

    init() {
        slots = RawBuffer(repeating: .max, count: 16)
        mask = 15
    }

    func deallocate() { slots.deallocate() }

    @inline(__always) func touch(_ hash: UInt64) -> UInt64 { slots[Int(truncatingIfNeeded: hash) & mask] }

    @inline(__always)
    func contains(_ key: UInt64, hash: UInt64) -> Bool {
        if key == .max { return holdsMax }
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let v = slots[i]
            if v == key { return true }
            if v == .max { return false }
            i = (i + 1) & mask
        }
    }

    /// Adds `key` (whose `mixHash` is `hash`); false if it was there.
    @inline(__always)
    mutating func insert(_ key: UInt64, hash: UInt64) -> Bool {
        if key == .max {
            if holdsMax { return false }
            holdsMax = true
            count += 1
            return true
        }
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let v = slots[i]
            if v == key { return false }
            if v == .max { break }
            i = (i + 1) & mask
        }
        slots[i] = key
        count += 1
        if count * 4 > mask * 3 { grow() }
        return true
    }

    private mutating func grow() {
        let old = slots
        let oldSize = mask + 1
        let size = oldSize * 2
        slots = RawBuffer(repeating: .max, count: size)
        mask = size - 1
        for j in 0..<oldSize {
            let k = old[j]
            if k == .max { continue }
            var i = Int(truncatingIfNeeded: mixHash(k)) & mask
            while slots[i] != .max { i = (i + 1) & mask }
            slots[i] = k
        }
        old.deallocate()
    }
}
