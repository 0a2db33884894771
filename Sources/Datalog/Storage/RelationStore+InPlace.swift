/// The store's hot membership and height reads, made through its pointer.
///
/// Why not methods on `pointer.pointee`: for such a call the compiler copies
/// the whole store (a few hundred bytes) to pass it as `self`, since it
/// cannot prove nothing writes to it meanwhile. In a join's innermost loop
/// that copy cost more than the probe. These read only the fields they use,
/// in place.
extension UnsafeMutablePointer where Pointee == RelationStore {
    /// Whether the relation holds `tuple`.
    @inline(__always)
    func contains(_ tuple: UnsafePointer<UInt64>) -> Bool {
        switch pointee.arity {
        case 1 where pointee.packed != nil:
            return pointee.packed.unsafelyUnwrapped.contains(tuple[0], hash: mixHash(tuple[0]))
        case 2 where pointee.pairs != nil:
            guard PairSet.fits(first: tuple[0], second: tuple[1]) else { return false }
            return pointee.pairs.unsafelyUnwrapped.contains(first: UInt32(tuple[0]), second: UInt32(tuple[1]))
        default:
            return pointee.contains(tuple)
        }
    }

    /// Whether the relation holds `tuple`, asking `filter` (built over its
    /// packed keys) first.
    @inline(__always)
    func contains(_ tuple: UnsafePointer<UInt64>, filter: UnsafeMutablePointer<MembershipFilter>) -> Bool {
        let key: UInt64
        switch pointee.arity {
        case 1: key = tuple[0]
        case 2:
            guard PairSet.fits(first: tuple[0], second: tuple[1]) else { return pointee.pairs == nil && contains(tuple) }
            key = tuple[0] << 32 | tuple[1]
        default: return contains(tuple)
        }
        guard filter.pointee.mayContain(hash: mixHash(key)) else { return false }
        return contains(tuple)
    }

    /// The height recorded for `row` (0 for an input fact, or without provenance).
    @inline(__always)
    func height(_ row: Int) -> UInt64 {
        guard pointee.provenance != nil else { return 0 }
        return pointee.provenance.unsafelyUnwrapped[row] & 0xFFFF_FFFF
    }
}
