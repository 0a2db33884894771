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

/// The hash of a whole row of `arity` cells.
@inline(__always)
func hashRow(_ row: UnsafePointer<UInt64>, _ arity: Int) -> UInt64 {
    var h: UInt64 = 0x1234_5678_9ABC_DEF1
    for i in 0..<arity { h = combineHash(h, row[i]) }
    return h
}

/// FNV-1a over bytes, then mixed: the hash of a symbol's UTF-8 text.
@inline(__always)
func hashBytes(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    return mixHash(h)
}
