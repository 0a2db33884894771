/// Hashing of packed cells for the engine's open-addressing tables.
///
/// A multiply-xorshift mix: cheap, and good enough to spread small dense
/// integers (interned symbols, node numbers) across a power-of-two table.
@inline(__always)
func mixHash(_ value: UInt64) -> UInt64 {
    var h = value &* 0x9E37_79B9_7F4A_7C15
    h ^= h >> 29
    h = h &* 0xBF58_476D_1CE4_E5B9
    h ^= h >> 32
    return h
}

@inline(__always)
func combineHash(_ seed: UInt64, _ value: UInt64) -> UInt64 {
    mixHash(seed ^ (value &+ 0x632B_E59B_D9B4_E019))
}

/// Where a key's hash starts, before its first value is combined in.
let keyHashSeed: UInt64 = 0x1234_5678_9ABC_DEF1

/// The hash of a whole row of `arity` cells, or of a key of `arity` values
/// laid out one after the other.
@inline(__always)
func hashRow(_ row: UnsafePointer<UInt64>, _ arity: Int) -> UInt64 {
    var h = keyHashSeed
    for i in 0..<arity { h = combineHash(h, row[i]) }
    return h
}

/// The hash of a row's values at `columns` (`width` of them), equal to
/// `hashRow` of those values laid out as a key: an index hashes its rows
/// with this and its probe keys with `hashRow`.
@inline(__always)
func hashColumns(_ row: UnsafePointer<UInt64>, _ columns: UnsafePointer<Int>, _ width: Int) -> UInt64 {
    var h = keyHashSeed
    for i in 0..<width { h = combineHash(h, row[columns[i]]) }
    return h
}

/// The hash of a symbol's UTF-8 text: eight bytes at a time, mixed. Most
/// symbols are short, so up to 16 bytes are read with two overlapping loads
/// rather than byte by byte.
@inline(__always)
func hashBytes(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let n = bytes.count
    let seed: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(n)
    if n <= 16 {
        let a: UInt64, b: UInt64
        if n >= 8 {
            a = bytes.loadUnaligned(as: UInt64.self)
            b = bytes.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        } else if n >= 4 {
            a = UInt64(bytes.loadUnaligned(as: UInt32.self))
            b = UInt64(bytes.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
        } else if n > 0 {
            a = UInt64(bytes[0]) | UInt64(bytes[n / 2]) << 8 | UInt64(bytes[n - 1]) << 16
            b = 0
        } else {
            a = 0; b = 0
        }
        return mixHash(combineHash(seed ^ a, b))
    }
    var h = seed
    var i = 0
    while i + 8 <= n {
        h = combineHash(h, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        i += 8
    }
    if i < n { h = combineHash(h, bytes.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) }
    return mixHash(h)
}
