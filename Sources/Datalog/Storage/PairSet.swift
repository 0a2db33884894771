/// A set of binary tuples whose values both fit in 32 bits (interned
/// symbols, most numbers), grouped by the first value: a table of groups,
/// and per group an open-addressing set of its second values in a shared
/// arena.
///
/// Why grouped rather than one flat hash set: a rule derives its tuples a
/// few first values at a time (`path(x, z) :- path(x, y), edge(y, z)` emits
/// every `(x, _)` of one delta row together, and delta rows come grouped by
/// `x` because they were emitted that way). A flat set of 4 million tuples
/// is 64 MB, and each insert is a cache and TLB miss; a group's set is a few
/// kilobytes that stay in cache while its tuples arrive. (Soufflé gets the
/// same locality from B-tree insertion hints.) Groups also grow one at a
/// time, so the set never rehashes all its tuples at once.
///
/// A group's second values are kept in one of two containers, whichever is
/// smaller (as Roaring bitmaps choose): an open-addressing hash block, or,
/// when the values are dense in a small range (node numbers, interned
/// symbols), a bitmap of that range, where an insert is one bit test.
///
/// Layout: a group is four `UInt32` in `groups`: its first value, its count
/// (0 = free slot), either its only second value (count 1) or the offset of
/// its block in `arena`, and the block's size in words if it is a bitmap
/// (0 for a hash block, whose capacity follows from the count:
/// `capacity(for:)`). `UInt32.max` marks an empty hash slot, so a second
/// value may not be `UInt32.max` (the owner keeps such tuples in its
/// row-form set instead).
///
/// ```swift
/// var set = PairSet()
/// set.insert(first: 7, second: 3)   // true
/// set.insert(first: 7, second: 3)   // false: already there
/// set.contains(first: 7, second: 3) // true
/// ```
struct PairSet {
    private var groups: RawBuffer<UInt32>
    private var groupMask: Int
    /// Number of distinct first values.
    private(set) var groupCount = 0
    private var arena = RawBuffer<UInt32>()
    /// Blocks given back by groups that outgrew them: per log2 of capacity,
    /// the offset of the first plus one (0 = none); a free block's first
    /// word links to the next the same way. (Plain memory rather than an
    /// array of arrays, so that the set is a trivial value: reading it
    /// through a pointer copies no references.)
    private var freeBlocks = RawBuffer<UInt32>(repeating: 0, count: 33)
    private(set) var count = 0

    static let emptySlot = UInt32.max

    init() {
        groups = RawBuffer(repeating: 0, count: 16 * 4)
        groupMask = 15
    }

    func deallocate() { groups.deallocate(); arena.deallocate(); freeBlocks.deallocate() }

    /// Whether `first, second` can be kept here.
    @inline(__always)
    static func fits(first: UInt64, second: UInt64) -> Bool { first >> 32 == 0 && second < UInt64(emptySlot) }

    /// The block capacity of a group of `count` ≥ 2 values: a power of two
    /// at least 4, filled at most 3/4.
    @inline(__always)
    static func capacity(for count: Int) -> Int {
        let need = (count * 4 + 2) / 3
        return need <= 4 ? 4 : 1 << (Int.bitWidth - (need - 1).leadingZeroBitCount)
    }

    @inline(__always)
    private static func slotHash(_ value: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(value) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// The group entry of `first`, or the free entry where it would go.
    @inline(__always)
    private func entry(_ first: UInt32) -> UnsafeMutablePointer<UInt32> {
        let table = groups.base.unsafelyUnwrapped
        var i = Int(truncatingIfNeeded: mixHash(UInt64(first))) & groupMask
        while true {
            let e = table + i * 4
            if e[1] == 0 || e[0] == first { return e }
            i = (i + 1) & groupMask
        }
    }

    @inline(__always)
    func contains(first: UInt32, second: UInt32) -> Bool {
        let e = entry(first)
        let n = Int(e[1])
        if n == 0 { return false }
        if n == 1 { return e[2] == second }
        let words = Int(e[3])
        if words != 0 {
            let w = Int(second >> 5)
            return w < words && arena[Int(e[2]) + w] & (1 << (second & 31)) != 0
        }
        let mask = Self.capacity(for: n) - 1
        let block = arena.base.unsafelyUnwrapped + Int(e[2])
        var j = Self.slotHash(second) & mask
        while true {
            let v = block[j]
            if v == second { return true }
            if v == Self.emptySlot { return false }
            j = (j + 1) & mask
        }
    }

    /// Loads the slot an insert of `first, second` reads first (to warm the
    /// cache before a batch of inserts).
    @inline(__always)
    func touch(first: UInt32, second: UInt32) -> UInt32 {
        let e = groups.base.unsafelyUnwrapped + (Int(truncatingIfNeeded: mixHash(UInt64(first))) & groupMask) * 4
        let n = Int(e[1])
        guard n > 1, e[0] == first else { return e[0] }
        if e[3] != 0 { return arena[Int(e[2]) + min(Int(second >> 5), Int(e[3]) - 1)] }
        return arena[Int(e[2]) + (Self.slotHash(second) & (Self.capacity(for: n) - 1))]
    }

    /// Adds the pair; false if it was there. `second` must not be `UInt32.max`.
    @inline(__always)
    mutating func insert(first: UInt32, second: UInt32) -> Bool {
        let e = entry(first)
        let n = Int(e[1])
        if n == 0 {
            e[0] = first; e[1] = 1; e[2] = second; e[3] = 0
            groupCount += 1
            count += 1
            if groupCount * 4 > groupMask * 3 { growGroups() }
            return true
        }
        if e[3] != 0 { return insert(bit: second, group: e) }
        if n == 1 {
            if e[2] == second { return false }
            let only = e[2]
            let offset = allocateBlock(capacity: 4, fill: Self.emptySlot)
            let block = arena.base.unsafelyUnwrapped + offset
            Self.place(only, in: block, mask: 3)
            Self.place(second, in: block, mask: 3)
            e[1] = 2; e[2] = UInt32(offset)
            count += 1
            return true
        }
        let capacity = Self.capacity(for: n)
        var block = arena.base.unsafelyUnwrapped + Int(e[2])
        var j = Self.slotHash(second) & (capacity - 1)
        while true {
            let v = block[j]
            if v == second { return false }
            if v == Self.emptySlot { break }
            j = (j + 1) & (capacity - 1)
        }
        let grown = Self.capacity(for: n + 1)
        if grown == capacity {
            block[j] = second
        } else {
            // The arena may move while the new block is taken: find the old one after.
            let old = Int(e[2])
            var largest = second
            for k in 0..<capacity where block[k] != Self.emptySlot { largest = max(largest, block[k]) }
            let words = Self.bitmapWords(covering: largest)
            if words <= grown {
                let offset = allocateBlock(capacity: words, fill: 0)
                let base = arena.base.unsafelyUnwrapped
                for k in 0..<capacity where base[old + k] != Self.emptySlot { Self.setBit(base[old + k], in: base + offset) }
                Self.setBit(second, in: base + offset)
                release(block: old, capacity: capacity)
                e[1] = UInt32(n + 1); e[2] = UInt32(offset); e[3] = UInt32(words)
                count += 1
                return true
            }
            let offset = allocateBlock(capacity: grown, fill: Self.emptySlot)
            let base = arena.base.unsafelyUnwrapped
            block = base + offset
            for k in 0..<capacity where base[old + k] != Self.emptySlot {
                Self.place(base[old + k], in: block, mask: grown - 1)
            }
            Self.place(second, in: block, mask: grown - 1)
            release(block: old, capacity: capacity)
            e[2] = UInt32(offset)
        }
        e[1] = UInt32(n + 1)
        count += 1
        return true
    }

    /// Inserts into a group kept as a bitmap, widening it when `value` is
    /// past its end, or going back to a hash block when the bitmap would be
    /// more than twice as large as one (a few large values).
    private mutating func insert(bit value: UInt32, group e: UnsafeMutablePointer<UInt32>) -> Bool {
        let w = Int(value >> 5)
        var words = Int(e[3])
        if w >= words {
            let n = Int(e[1])
            let needed = Self.bitmapWords(covering: value)
            let old = Int(e[2])
            if needed > 2 * Self.capacity(for: n + 1) {
                let capacity = Self.capacity(for: n + 1)
                let offset = allocateBlock(capacity: capacity, fill: Self.emptySlot)
                let base = arena.base.unsafelyUnwrapped
                for k in 0..<words where base[old + k] != 0 {
                    var bits = base[old + k]
                    while bits != 0 {
                        Self.place(UInt32(k << 5 | bits.trailingZeroBitCount), in: base + offset, mask: capacity - 1)
                        bits &= bits - 1
                    }
                }
                Self.place(value, in: base + offset, mask: capacity - 1)
                release(block: old, capacity: words)
                e[1] = UInt32(n + 1); e[2] = UInt32(offset); e[3] = 0
                count += 1
                return true
            }
            let offset = allocateBlock(capacity: needed, fill: 0)
            let base = arena.base.unsafelyUnwrapped
            (base + offset).update(from: base + old, count: words)
            release(block: old, capacity: words)
            e[2] = UInt32(offset); e[3] = UInt32(needed)
            words = needed
        }
        let word = arena.base.unsafelyUnwrapped + Int(e[2]) + w
        let bit: UInt32 = 1 << (value & 31)
        if word.pointee & bit != 0 { return false }
        word.pointee |= bit
        e[1] += 1
        count += 1
        return true
    }

    /// Words of a bitmap holding values `0 ... largest`: a power of two, at least 4.
    @inline(__always)
    static func bitmapWords(covering largest: UInt32) -> Int {
        let need = Int(largest >> 5) + 1
        return need <= 4 ? 4 : 1 << (Int.bitWidth - (need - 1).leadingZeroBitCount)
    }

    @inline(__always)
    private static func setBit(_ value: UInt32, in bitmap: UnsafeMutablePointer<UInt32>) {
        bitmap[Int(value >> 5)] |= 1 << (value & 31)
    }

    @inline(__always)
    private static func place(_ value: UInt32, in block: UnsafeMutablePointer<UInt32>, mask: Int) {
        var j = slotHash(value) & mask
        while block[j] != emptySlot { j = (j + 1) & mask }
        block[j] = value
    }

    /// A block of `capacity` words set to `fill` (empty hash slots, or a
    /// clear bitmap): a freed one if any, else new at the arena's end.
    private mutating func allocateBlock(capacity: Int, fill: UInt32) -> Int {
        let offset: Int
        let size = capacity.trailingZeroBitCount
        if freeBlocks[size] != 0 {
            offset = Int(freeBlocks[size] - 1)
            freeBlocks[size] = arena[offset]
            (arena.base.unsafelyUnwrapped + offset).update(repeating: fill, count: capacity)
        } else {
            offset = arena.count
            precondition(offset + capacity <= Int(UInt32.max), "a relation's set cannot grow past 16 GB")
            arena.append(repeating: fill, count: capacity)
        }
        return offset
    }

    /// Puts a block on the free list of its size.
    private mutating func release(block offset: Int, capacity: Int) {
        let size = capacity.trailingZeroBitCount
        arena[offset] = freeBlocks[size]
        freeBlocks[size] = UInt32(offset + 1)
    }

    private mutating func growGroups() {
        let old = groups
        let oldSize = groupMask + 1
        let size = oldSize * 2
        groups = RawBuffer(repeating: 0, count: size * 4)
        groupMask = size - 1
        let table = groups.base.unsafelyUnwrapped
        for g in 0..<oldSize where old[g * 4 + 1] != 0 {
            var i = Int(truncatingIfNeeded: mixHash(UInt64(old[g * 4]))) & groupMask
            while table[i * 4 + 1] != 0 { i = (i + 1) & groupMask }
            (table + i * 4).update(from: old.base.unsafelyUnwrapped + g * 4, count: 4)
        }
        old.deallocate()
    }
}
