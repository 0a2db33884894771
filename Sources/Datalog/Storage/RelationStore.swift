/// The tuples of one relation: rows of `arity` 64-bit cells stored one after
/// the other in insertion order, a hash set over whole rows for duplicate
/// elimination, and the hash indexes the plan asked for.
///
/// Rows are never removed or moved, so a row number is a stable name for a
/// tuple, and "the tuples added since iteration k" is a range of row numbers:
/// semi-naive evaluation needs no separate delta and new relations, only the
/// row where each iteration started (`deltaStart`, `stableEnd`).
///
/// It is a plain struct reached through a pointer (see `Relation`), so the
/// evaluator's inner loops touch it with no reference counting or
/// exclusivity checks.
struct RelationStore {
    let arity: Int
    /// `arity` cells per row; at least one cell is allocated so the base
    /// pointer exists even for nullary relations.
    private(set) var cells = RawBuffer<UInt64>()
    private(set) var count = 0
    private var set: RawBuffer<UInt32>
    private var setMask: Int
    private(set) var indexes: [UnsafeMutablePointer<HashIndex>] = []
    /// With explanations on: per row, `rule << 32 | height` (rule 0 = input).
    var provenance: RawBuffer<UInt64>?

    /// Rows `0 ..< stableEnd` are what the current iteration reads as the
    /// whole relation; `deltaStart ..< stableEnd` is the last iteration's news.
    var deltaStart = 0
    var stableEnd = 0

    init(arity: Int) {
        self.arity = arity
        cells.reserve(max(arity, 1) * 16)
        set = RawBuffer(repeating: 0, count: 16)
        setMask = 15
    }

    func deallocate() {
        cells.deallocate(); set.deallocate()
        for index in indexes { index.pointee.deallocate(); index.deinitialize(count: 1); index.deallocate() }
        provenance?.deallocate()
    }

    @inline(__always) var rows: UnsafeMutablePointer<UInt64> { cells.base.unsafelyUnwrapped }

    @inline(__always) func row(_ index: Int) -> UnsafeMutablePointer<UInt64> { rows + index * arity }

    @inline(__always)
    private func rowEquals(_ index: Int, _ tuple: UnsafePointer<UInt64>) -> Bool {
        let r = rows + index * arity
        for i in 0..<arity where r[i] != tuple[i] { return false }
        return true
    }

    /// The row holding `tuple`, or -1.
    @inline(__always)
    func find(_ tuple: UnsafePointer<UInt64>) -> Int {
        var i = Int(truncatingIfNeeded: hashRow(tuple, arity)) & setMask
        while true {
            let v = set[i]
            if v == 0 { return -1 }
            if rowEquals(Int(v - 1), tuple) { return Int(v - 1) }
            i = (i + 1) & setMask
        }
    }

    @inline(__always)
    func contains(_ tuple: UnsafePointer<UInt64>) -> Bool { find(tuple) >= 0 }

    /// Adds `tuple` unless present; returns whether it was new. `origin`
    /// (`clause << 32 | height`) is kept when provenance is recorded.
    @inline(__always)
    mutating func insert(_ tuple: UnsafePointer<UInt64>, origin: UInt64 = 0) -> Bool {
        var i = Int(truncatingIfNeeded: hashRow(tuple, arity)) & setMask
        while true {
            let v = set[i]
            if v == 0 { break }
            if rowEquals(Int(v - 1), tuple) { return false }
            i = (i + 1) & setMask
        }
        let index = count
        precondition(index < Int(UInt32.max) - 1, "a relation cannot hold more than 4 billion tuples")
        cells.append(from: tuple, count: arity)
        count += 1
        set[i] = UInt32(index + 1)
        provenance?.append(origin)
        if count * 4 > setMask * 3 { growSet() }
        let base = UnsafePointer(rows)
        for k in indexes { k.pointee.add(row: index, rows: base, arity: arity) }
        return true
    }

    private mutating func growSet() {
        let size = (setMask + 1) * 2
        set.deallocate()
        set = RawBuffer(repeating: 0, count: size)
        setMask = size - 1
        for index in 0..<count {
            var i = Int(truncatingIfNeeded: hashRow(row(index), arity)) & setMask
            while set[i] != 0 { i = (i + 1) & setMask }
            set[i] = UInt32(index + 1)
        }
    }

    /// The number of the index on exactly `columns` (in that order), built
    /// over the existing rows if it did not exist.
    mutating func index(on columns: [Int]) -> UnsafeMutablePointer<HashIndex> {
        if let k = indexes.first(where: { $0.pointee.columns == columns }) { return k }
        var index = HashIndex(columns: columns)
        let base = UnsafePointer(rows)
        for r in 0..<count { index.add(row: r, rows: base, arity: arity) }
        let p = UnsafeMutablePointer<HashIndex>.allocate(capacity: 1)
        p.initialize(to: index)
        indexes.append(p)
        return p
    }

    /// Starts recording provenance (input rows so far count as facts).
    mutating func recordProvenance() {
        guard provenance == nil else { return }
        var buffer = RawBuffer<UInt64>()
        for _ in 0..<count { buffer.append(0) }
        provenance = buffer
    }

    /// The height recorded for `row` (0 for an input fact).
    @inline(__always) func height(_ row: Int) -> UInt64 {
        guard let p = provenance else { return 0 }
        return p[row] & 0xFFFF_FFFF
    }

    /// Makes every row visible as stable (after loading or between strata).
    mutating func settle() {
        deltaStart = count
        stableEnd = count
    }
}

/// Owns a `RelationStore` at a fixed address.
final class Relation: @unchecked Sendable {
    let name: String
    let signature: RelationSignature
    let store: UnsafeMutablePointer<RelationStore>

    init(signature: RelationSignature) {
        name = signature.name
        self.signature = signature
        store = .allocate(capacity: 1)
        store.initialize(to: RelationStore(arity: signature.arity))
    }

    deinit {
        store.pointee.deallocate()
        store.deinitialize(count: 1)
        store.deallocate()
    }

    var count: Int { store.pointee.count }
    var arity: Int { store.pointee.arity }
}
