/// The tuples of one relation: rows of `arity` 64-bit cells stored one after
/// the other in insertion order, a hash set over whole rows for duplicate
/// elimination, and the hash indexes the plan asked for.
///
/// Rows are never removed or moved, so a row number is a stable name for a
/// tuple, and "the tuples added since iteration k" is a range of row numbers:
/// semi-naive evaluation needs no separate delta and new relations, only the
/// row where each iteration started (`deltaStart`, `stableEnd`).
///
/// The set has three forms. Unary relations keep the value itself in one
/// 64-bit slot (`TupleKeySet`); binary ones, while both values of every
/// tuple fit in 32 bits (interned symbols, most numbers), keep the pairs
/// grouped by first value (`PairSet`): either way a duplicate is found with
/// no look at the rows. Other relations keep row numbers in the slots and
/// compare rows.
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
    /// Packed form of the set of a unary relation.
    private(set) var packed: TupleKeySet?
    /// Packed form of the set of a binary relation (nil once a tuple did not fit).
    private(set) var pairs: PairSet?
    /// Row form of the set: `row + 1` per slot, 0 = empty (used when `packed` is nil).
    private var set = RawBuffer<UInt32>()
    private var setMask = 0
    /// (The index lists are plain memory, like everything in the store, so
    /// that reading the store through its pointer copies no references.)
    private(set) var indexes = RawBuffer<UnsafeMutablePointer<HashIndex>>()
    /// Indexes built once the relation stopped changing.
    private(set) var clustered = RawBuffer<UnsafeMutablePointer<ClusteredIndex>>()
    /// Row count when `clustered` was built (a relation that grew since drops them).
    private var clusteredAt = -1
    /// Bloom filter of a stable packed relation, for membership tests.
    private(set) var filter: UnsafeMutablePointer<MembershipFilter>?
    /// With explanations on: per row, `rule << 32 | height` (rule 0 = input).
    var provenance: RawBuffer<UInt64>?

    /// Rows `0 ..< stableEnd` are what the current iteration reads as the
    /// whole relation; `deltaStart ..< stableEnd` is the last iteration's news.
    var deltaStart = 0
    var stableEnd = 0

    init(arity: Int) {
        self.arity = arity
        cells.reserve(max(arity, 1) * 16)
        if arity == 1 {
            packed = TupleKeySet()
        } else if arity == 2 {
            pairs = PairSet()
        } else {
            set = RawBuffer(repeating: 0, count: 16)
            setMask = 15
        }
    }

    func deallocate() {
        cells.deallocate(); set.deallocate(); packed?.deallocate(); pairs?.deallocate()
        for index in indexes.elements { index.pointee.deallocate(); index.deinitialize(count: 1); index.deallocate() }
        for index in clustered.elements { index.pointee.deallocate(); index.deinitialize(count: 1); index.deallocate() }
        indexes.deallocate(); clustered.deallocate()
        if let filter { filter.pointee.deallocate(); filter.deinitialize(count: 1); filter.deallocate() }
        provenance?.deallocate()
    }

    @inline(__always) var rows: UnsafeMutablePointer<UInt64> { cells.base.unsafelyUnwrapped }

    /// Whether the set keeps tuples packed rather than row numbers.
    @inline(__always) var isPacked: Bool { packed != nil || pairs != nil }

    @inline(__always) func row(_ index: Int) -> UnsafeMutablePointer<UInt64> { rows + index * arity }

    /// The packed key of `tuple`, or nil if it does not fit in 64 bits.
    @inline(__always)
    func key(_ tuple: UnsafePointer<UInt64>) -> UInt64? {
        if arity == 1 { return tuple[0] }
        let a = tuple[0], b = tuple[1]
        guard PairSet.fits(first: a, second: b) else { return nil }
        return a << 32 | b
    }

    /// The hash a tuple's insertion probes with (for a pair set, which
    /// hashes its two halves apart, the packed pair itself).
    @inline(__always)
    func hash(_ tuple: UnsafePointer<UInt64>) -> UInt64 {
        if pairs != nil, let k = key(tuple) { return k }
        if packed != nil { return mixHash(tuple[0]) }
        return hashRow(tuple, arity)
    }

    @inline(__always)
    private func rowEquals(_ index: Int, _ tuple: UnsafePointer<UInt64>) -> Bool {
        let r = rows + index * arity
        for i in 0..<arity where r[i] != tuple[i] { return false }
        return true
    }

    @inline(__always)
    func contains(_ tuple: UnsafePointer<UInt64>) -> Bool {
        if let packed { return packed.contains(tuple[0], hash: mixHash(tuple[0])) }
        if let pairs {
            guard PairSet.fits(first: tuple[0], second: tuple[1]) else { return false }
            return pairs.contains(first: UInt32(tuple[0]), second: UInt32(tuple[1]))
        }
        return findRow(tuple, hash: hashRow(tuple, arity)) >= 0
    }

    /// The row holding `tuple`, or -1. (A scan when the set is packed: it is
    /// only used by explanations.)
    func find(_ tuple: UnsafePointer<UInt64>) -> Int {
        if isPacked {
            guard contains(tuple) else { return -1 }
            for r in 0..<count where rowEquals(r, tuple) { return r }
            return -1
        }
        return findRow(tuple, hash: hashRow(tuple, arity))
    }

    @inline(__always)
    private func findRow(_ tuple: UnsafePointer<UInt64>, hash: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: hash) & setMask
        while true {
            let v = set[i]
            if v == 0 { return -1 }
            if rowEquals(Int(v - 1), tuple) { return Int(v - 1) }
            i = (i + 1) & setMask
        }
    }

    /// Adds `tuple` unless present; returns whether it was new. `origin`
    /// (`clause << 32 | height`) is kept when provenance is recorded.
    @inline(__always)
    mutating func insert(_ tuple: UnsafePointer<UInt64>, origin: UInt64 = 0) -> Bool {
        insert(tuple, hash: hash(tuple), origin: origin)
    }

    /// The first slot a probe for `hash` reads, loaded (to warm the cache).
    @inline(__always) func touch(_ hash: UInt64) -> UInt64 {
        if let packed { return packed.touch(hash) }
        if let pairs {
            return UInt64(pairs.touch(first: UInt32(truncatingIfNeeded: hash >> 32), second: UInt32(truncatingIfNeeded: hash)))
        }
        let v = set[Int(truncatingIfNeeded: hash) & setMask]
        return v == 0 || arity == 0 ? 0 : row(Int(v - 1))[0]
    }

    /// As `insert(_:origin:)`, with the tuple's `hash(_:)` already computed.
    @inline(__always)
    mutating func insert(_ tuple: UnsafePointer<UInt64>, hash: UInt64, origin: UInt64) -> Bool {
        if packed != nil {
            guard packed!.insert(tuple[0], hash: hash, grows: false) else { return false }
            append(tuple, origin: origin)
            if packed!.needsGrowth { regrowPacked() }
            return true
        }
        if pairs != nil {
            if PairSet.fits(first: tuple[0], second: tuple[1]) {
                guard pairs!.insert(first: UInt32(tuple[0]), second: UInt32(tuple[1])) else { return false }
                append(tuple, origin: origin)
                return true
            }
            unpack()
            return insert(tuple, hash: hashRow(tuple, arity), origin: origin)
        }
        var i = Int(truncatingIfNeeded: hash) & setMask
        while true {
            let v = set[i]
            if v == 0 { break }
            if rowEquals(Int(v - 1), tuple) { return false }
            i = (i + 1) & setMask
        }
        set[i] = UInt32(count + 1)
        append(tuple, origin: origin)
        if count * 4 > setMask * 3 { growSet() }
        return true
    }

    @inline(__always)
    private mutating func append(_ tuple: UnsafePointer<UInt64>, origin: UInt64) {
        let index = count
        precondition(index < Int(UInt32.max) - 1, "a relation cannot hold more than 4 billion tuples")
        cells.append(from: tuple, count: arity)
        count += 1
        provenance?.append(origin)
        if indexes.count > 0 {
            let base = UnsafePointer(rows)
            for k in indexes.elements { k.pointee.add(row: index, rows: base, arity: arity) }
        }
    }

    /// Makes room for `rows` more tuples (a facts file about to be read),
    /// so that loading does not grow the rows and the set step by step.
    mutating func reserve(rows more: Int) {
        cells.reserve((count + more) * arity)
        if packed != nil && count == 0 {
            packed!.deallocate()
            packed = TupleKeySet(expected: more)
        }
    }

    /// Rebuilds the unary set twice as large from the rows.
    private mutating func regrowPacked() {
        packed!.clearDoubling()
        for r in 0..<count {
            let k = row(r)[0]
            _ = packed!.insert(k, hash: mixHash(k), grows: false)
        }
    }

    /// Switches a binary relation to the row form of the set (a tuple did
    /// not fit a packed pair).
    private mutating func unpack() {
        pairs?.deallocate()
        pairs = nil
        var size = 16
        while size * 3 <= count * 4 { size *= 2 }
        set = RawBuffer(repeating: 0, count: size)
        setMask = size - 1
        rebuildSet()
    }

    private mutating func growSet() {
        let size = (setMask + 1) * 2
        set.deallocate()
        set = RawBuffer(repeating: 0, count: size)
        setMask = size - 1
        rebuildSet()
    }

    private mutating func rebuildSet() {
        for index in 0..<count {
            var i = Int(truncatingIfNeeded: hashRow(row(index), arity)) & setMask
            while set[i] != 0 { i = (i + 1) & setMask }
            set[i] = UInt32(index + 1)
        }
    }

    /// The index on exactly `columns` (in that order), built over the
    /// existing rows if it did not exist.
    mutating func index(on columns: [Int]) -> UnsafeMutablePointer<HashIndex> {
        if let k = indexes.elements.first(where: { $0.pointee.columns == columns }) { return k }
        var index = HashIndex(columns: columns)
        let base = UnsafePointer(rows)
        for r in 0..<count { index.add(row: r, rows: base, arity: arity) }
        let p = UnsafeMutablePointer<HashIndex>.allocate(capacity: 1)
        p.initialize(to: index)
        indexes.append(p)
        return p
    }

    /// The clustered index on `columns`, for a relation that will not
    /// change any more (its rows are copied: do not call it on a relation
    /// still being derived).
    mutating func clusteredIndex(on columns: [Int]) -> UnsafeMutablePointer<ClusteredIndex> {
        if clusteredAt != count {
            for index in clustered.elements { index.pointee.deallocate(); index.deinitialize(count: 1); index.deallocate() }
            clustered.removeAll()
            clusteredAt = count
        }
        if let k = clustered.elements.first(where: { $0.pointee.columns == columns }) { return k }
        let p = UnsafeMutablePointer<ClusteredIndex>.allocate(capacity: 1)
        p.initialize(to: ClusteredIndex(columns: columns, store: self))
        clustered.append(p)
        return p
    }

    /// A membership filter for a packed relation that will not change any
    /// more and is large enough for one to pay (nil otherwise).
    mutating func membershipFilter() -> UnsafeMutablePointer<MembershipFilter>? {
        guard isPacked, count >= 4096 else { return nil }
        if filter == nil {
            filter = .allocate(capacity: 1)
            filter!.initialize(to: MembershipFilter(store: self))
        }
        return filter
    }

    /// How many distinct values the rows have on `columns` (for join
    /// ordering): from the index on them if there is one, else counted.
    func distinctCount(on columns: [Int]) -> Int {
        if columns.isEmpty { return count > 0 ? 1 : 0 }
        if columns == [0], let pairs { return pairs.groupCount }
        if let k = indexes.elements.first(where: { $0.pointee.columns == columns }) { return k.pointee.keys }
        var seen = TupleKeySet()
        defer { seen.deallocate() }
        columns.withUnsafeBufferPointer { columns in
            for r in 0..<count {
                let h = hashColumns(row(r), columns.baseAddress!, columns.count)
                _ = seen.insert(h, hash: mixHash(h))
            }
        }
        return seen.count
    }

    /// Starts recording provenance (rows so far count as input facts).
    mutating func recordProvenance() {
        guard provenance == nil else { return }
        var buffer = RawBuffer<UInt64>()
        for _ in 0..<count { buffer.append(0) }
        provenance = buffer
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
