/// A set of bytes as 256 bits: membership is a shift and a mask, with no
/// hashing. Fast paths turn most words away by their first byte with it
/// (`ASCIIPrefixes`, the page's abbreviations in `Recognizer`).
///
/// ```swift
/// let starts = ByteSet(["overcome", "restore"].compactMap(\.utf8.first))
/// starts.contains(UInt8(ascii: "r"))   // true
/// starts.contains(UInt8(ascii: "x"))   // false
/// ```
struct ByteSet: Sendable {
    /// Four words of 64 bits; byte `b` is bit `b % 64` of word `b / 64`.
    private var words = SIMD4<UInt64>(repeating: 0)

    init() {}

    init<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { insert(byte) }
    }

    mutating func insert(_ byte: UInt8) {
        words[Int(byte >> 6)] |= 1 << UInt64(byte & 63)
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        words[Int(byte >> 6)] >> UInt64(byte & 63) & 1 != 0
    }
}
