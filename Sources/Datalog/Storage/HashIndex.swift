/// An index of a relation on some of its columns (the columns a rule binds
/// before it reads the relation): for each distinct key, a chain of the rows
/// that have it, newest first.
///
/// Layout: an open-addressing table of chain heads (`row + 1`, 0 = empty)
/// and one `next` link per row, so an index costs 4 bytes per row plus the
/// table, and grows incrementally as rows are added. Newest-first chains let
/// a reader that only wants rows below some limit skip the newer ones at the
/// front and stop at the first row below its lower bound.
struct HashIndex {
    let columns: [Int]
    let width: Int
    private(set) var columnPointer: UnsafeMutablePointer<Int>
    private var heads: RawBuffer<UInt32>
    private(set) var next = RawBuffer<UInt32>()
    private var mask: Int
    /// Number of distinct keys.
    private(set) var keys = 0

    init(columns: [Int]) {
        self.columns = columns
        width = columns.count
        columnPointer = .allocate(capacity: max(1, columns.count))
        columnPointer.initialize(from: columns, count: columns.count)
        heads = RawBuffer(repeating: 0, count: 64)
        mask = 63
    }

    func deallocate() {
        heads.deallocate(); next.deallocate(); columnPointer.deallocate()
    }

    @inline(__always)
    private func keyHash(row: UnsafePointer<UInt64>) -> UInt64 { hashColumns(row, columnPointer, width) }

    /// The newest row whose key columns equal `key` (one value per indexed
    /// column, in order), or -1. Follow `next(row)` for the others.
    @inline(__always)
    func first(key: UnsafePointer<UInt64>, rows: UnsafePointer<UInt64>, arity: Int) -> Int {
        var i = Int(truncatingIfNeeded: hashRow(key, width)) & mask
        let n = width
        while true {
            let v = heads[i]
            if v == 0 { return -1 }
            let row = rows + Int(v - 1) * arity
            var same = true
            for c in 0..<n where row[columnPointer[c]] != key[c] { same = false; break }
            if same { return Int(v - 1) }
            i = (i + 1) & mask
        }
    }

    /// The next older row with the same key, or -1.
    @inline(__always)
    func next(_ row: Int) -> Int { Int(next[row]) - 1 }

    /// Adds row `index` (already stored in `rows`).
    mutating func add(row index: Int, rows: UnsafePointer<UInt64>, arity: Int) {
        let row = rows + index * arity
        var i = Int(truncatingIfNeeded: keyHash(row: row)) & mask
        let n = width
        while true {
            let v = heads[i]
            if v == 0 {
                heads[i] = UInt32(index + 1)
                next.append(0)
                keys += 1
                if keys * 2 > mask { rehash(rows: rows, arity: arity) }
                return
            }
            let other = rows + Int(v - 1) * arity
            var same = true
            for c in 0..<n where other[columnPointer[c]] != row[columnPointer[c]] { same = false; break }
            if same {
                next.append(v)
                heads[i] = UInt32(index + 1)
                return
            }
            i = (i + 1) & mask
        }
    }

    private mutating func rehash(rows: UnsafePointer<UInt64>, arity: Int) {
        let size = (mask + 1) * 2
        let old = heads
        let oldMask = mask
        heads = RawBuffer(repeating: 0, count: size)
        mask = size - 1
        for j in 0...oldMask {
            let v = old[j]
            if v == 0 { continue }
            var i = Int(truncatingIfNeeded: keyHash(row: rows + Int(v - 1) * arity)) & mask
            while heads[i] != 0 { i = (i + 1) & mask }
            heads[i] = v
        }
        old.deallocate()
    }
}
