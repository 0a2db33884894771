/// An index of a relation that no longer changes (an input, or a relation of
/// an earlier stratum): a copy of its rows grouped by key, and a hash table
/// from key to the group's place in the copy.
///
/// A probe of a `HashIndex` costs a memory miss for the table, one for the
/// first row and one per further row of the chain (rows with the same key
/// were inserted at different times, far apart). Here the rows of a key are
/// contiguous, so a probe costs the table slot and one run of rows — which
/// is what makes joins of large inputs (the `kg` workloads) fast.
struct ClusteredIndex {
    let columns: [Int]
    let width: Int
    let arity: Int
    private let columnPointer: UnsafeMutablePointer<Int>
    /// Rows grouped by key, `arity` cells each.
    private(set) var rows: UnsafeMutablePointer<UInt64>
    /// Rows copied.
    let count: Int
    /// For each copied row, its row number in the relation (for provenance and explanations).
    private(set) var origins: UnsafeMutablePointer<UInt32>
    /// `start << 32 | count` per key (count ≥ 1), 0 for an empty slot.
    private var slots: UnsafeMutablePointer<UInt64>
    private let mask: Int

    init(columns: [Int], store: RelationStore) {
        self.columns = columns
        width = columns.count
        arity = store.arity
        columnPointer = .allocate(capacity: max(1, columns.count))
        columnPointer.initialize(from: columns, count: columns.count)
        let n = store.count
        count = n
        // Sized by distinct keys (load ≤ 2/3): a small table stays in cache.
        let keys = store.distinctCount(on: columns)
        var size = 16
        while size * 2 < keys * 3 { size *= 2 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        rows = .allocate(capacity: max(1, n * max(1, arity)))
        origins = .allocate(capacity: max(1, n))
        // Pass 1: find each row's key slot (keeping the first row of a key as its
        // representative) and count rows per key, in `slots` as count << 32 | representative.
        let slotOfRow = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, n))
        defer { slotOfRow.deallocate() }
        for r in 0..<n {
            let row = store.row(r)
            var i = Int(truncatingIfNeeded: hash(row: row)) & mask
            while true {
                let v = slots[i]
                if v == 0 { slots[i] = 1 << 32 | UInt64(r); break }
                if sameKey(store.row(Int(v & 0xFFFF_FFFF)), row) { slots[i] = v + (1 << 32); break }
                i = (i + 1) & mask
            }
            slotOfRow[r] = UInt32(i)
        }
        // Pass 2: starts by prefix sums, in slot order; slots become start << 32 | count.
        var start: UInt64 = 0
        for i in 0..<size where slots[i] != 0 {
            let count = slots[i] >> 32
            slots[i] = start << 32 | 0
            start += count
        }
        // Pass 3: copy each row to its group (the count grows back to its value).
        for r in 0..<n {
            let i = Int(slotOfRow[r])
            let v = slots[i]
            let at = Int(v >> 32) + Int(v & 0xFFFF_FFFF)
            (rows + at * arity).update(from: store.row(r), count: arity)
            origins[at] = UInt32(r)
            slots[i] = v + 1
        }
    }

    func deallocate() {
        columnPointer.deallocate(); rows.deallocate(); origins.deallocate(); slots.deallocate()
    }

    @inline(__always)
    private func hash(row: UnsafePointer<UInt64>) -> UInt64 { hashColumns(row, columnPointer, width) }

    @inline(__always)
    private func sameKey(_ a: UnsafePointer<UInt64>, _ b: UnsafePointer<UInt64>) -> Bool {
        for i in 0..<width where a[columnPointer[i]] != b[columnPointer[i]] { return false }
        return true
    }

    /// The memory of the table and the rows.
    var bytes: Int { (mask + 1) * 8 + count * (arity * 8 + 4) }

    /// Loads the table slot a lookup of the one-column `key` reads first.
    @inline(__always)
    func touchSlot(_ key: UInt64) -> UInt64 {
        slots[Int(truncatingIfNeeded: combineHash(keyHashSeed, key)) & mask]
    }

    /// Loads the first row of the group in that slot (once the slot is in cache).
    @inline(__always)
    func touchGroup(_ key: UInt64) -> UInt64 {
        let v = slots[Int(truncatingIfNeeded: combineHash(keyHashSeed, key)) & mask]
        return v == 0 ? 0 : rows[Int(v >> 32) * arity]
    }

    /// The group of rows whose key columns equal `key` (one value per
    /// indexed column, in order): copied rows `start ..< start + count`.
    @inline(__always)
    func lookup(_ key: UnsafePointer<UInt64>) -> (start: Int, count: Int) {
        var i = Int(truncatingIfNeeded: hashRow(key, width)) & mask
        while true {
            let v = slots[i]
            if v == 0 { return (0, 0) }
            let start = Int(v >> 32)
            let row = rows + start * arity
            var same = true
            for c in 0..<width where row[columnPointer[c]] != key[c] { same = false; break }
            if same { return (start, Int(v & 0xFFFF_FFFF)) }
            i = (i + 1) & mask
        }
    }
}
