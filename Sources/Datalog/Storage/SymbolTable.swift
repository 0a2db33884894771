/// Interned symbols: each distinct string gets a 32-bit id, the value the
/// engine stores and compares. Text lives in one byte arena, so interning a
/// field read from a facts file needs no `String`.
///
/// ```swift
/// let symbols = SymbolTable()
/// let a = symbols.intern("imatinib")
/// symbols.intern("imatinib") == a   // true
/// symbols.string(a)                  // "imatinib"
/// ```
///
/// Not thread-safe while being filled; read-only (and so shareable) once an
/// evaluation is over.
final class SymbolTable: @unchecked Sendable {
    // Unchecked exclusivity: the table is filled by one thread (see above),
    // and the dynamic check on every field access cost more than a lookup.
    @exclusivity(unchecked) private var arena = RawBuffer<UInt8>()
    /// `starts[i] ..< starts[i + 1]` is symbol `i` in the arena.
    @exclusivity(unchecked) private var starts = RawBuffer<UInt32>()
    /// Open addressing, two words per slot: `length << 48 | hash << 32 |
    /// (id + 1)` (16 bits of each; 0 = empty) and the symbol's first eight
    /// bytes. A probe rejects other symbols without reading them, and
    /// accepts a symbol of up to eight bytes without reading the arena:
    /// the slot alone is one memory access, where the arena is two more.
    @exclusivity(unchecked) private var slots: RawBuffer<UInt64>
    @exclusivity(unchecked) private var hashes = RawBuffer<UInt32>()
    @exclusivity(unchecked) private var mask: Int

    init() {
        slots = RawBuffer(repeating: 0, count: 2 * 1024)
        mask = 1023
        starts.append(0)
    }

    deinit {
        arena.deallocate(); starts.deallocate(); slots.deallocate(); hashes.deallocate()
    }

    var count: Int { starts.count - 1 }

    func intern(_ string: String) -> UInt32 {
        var s = string
        return s.withUTF8 { intern(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The id of `string` if it was ever interned.
    func lookup(_ string: String) -> UInt32? {
        var s = string
        return s.withUTF8 { find(UnsafeRawBufferPointer($0), hashBytes(UnsafeRawBufferPointer($0))).id }
    }

    func intern(bytes: UnsafeRawBufferPointer) -> UInt32 {
        intern(bytes: bytes, hash: hashBytes(bytes))
    }

    /// Loads the slot a lookup of a symbol with this `hashBytes` hash reads
    /// first (to warm the cache before interning a batch).
    @inline(__always)
    func touch(hash: UInt64) -> UInt64 { slots[(Int(truncatingIfNeeded: hash) & mask) * 2] }

    /// As `intern(bytes:)`, with the bytes' `hashBytes` hash already computed.
    func intern(bytes: UnsafeRawBufferPointer, hash h: UInt64) -> UInt32 {
        let (found, slot) = find(bytes, h)
        if let found { return found }
        let id = UInt32(count)
        if bytes.count > 0 { arena.append(from: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
        starts.append(UInt32(arena.count))
        hashes.append(UInt32(truncatingIfNeeded: h))
        slots[slot * 2] = Self.tag(length: bytes.count, hash: UInt32(truncatingIfNeeded: h)) | UInt64(id + 1)
        slots[slot * 2 + 1] = Self.prefix(bytes)
        if count * 2 > mask { grow() }
        return id
    }

    /// The length and hash bits of a slot's first word.
    @inline(__always)
    private static func tag(length: Int, hash: UInt32) -> UInt64 {
        UInt64(min(length, 0xFFFF)) << 48 | UInt64(hash & 0xFFFF) << 32
    }

    /// The first eight bytes of `bytes`, little-endian, zero-padded.
    @inline(__always)
    private static func prefix(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let n = bytes.count
        if n >= 8 { return bytes.loadUnaligned(as: UInt64.self) }
        if n >= 4 {  // two overlapping 4-byte loads: the bytes they share are the same
            let low = UInt64(bytes.loadUnaligned(as: UInt32.self))
            let high = UInt64(bytes.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            return low | high << (8 * UInt64(n - 4))
        }
        var v: UInt64 = 0
        for i in 0..<n { v |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        return v
    }

    private func find(_ bytes: UnsafeRawBufferPointer, _ h: UInt64) -> (id: UInt32?, slot: Int) {
        var i = Int(truncatingIfNeeded: h) & mask
        let tag = Self.tag(length: bytes.count, hash: UInt32(truncatingIfNeeded: h))
        let prefix = Self.prefix(bytes)
        while true {
            let v = slots[i * 2]
            if v == 0 { return (nil, i) }
            if v & 0xFFFF_FFFF_0000_0000 == tag && slots[i * 2 + 1] == prefix {
                let id = UInt32(truncatingIfNeeded: v) - 1
                if bytes.count <= 8 || equals(id, bytes) { return (id, i) }
            }
            i = (i + 1) & mask
        }
    }

    private func equals(_ id: UInt32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
        guard end - start == bytes.count else { return false }
        if bytes.count == 0 { return true }
        return memcmp(arena.base.unsafelyUnwrapped + start, bytes.baseAddress!, bytes.count) == 0
    }

    private func grow() {
        let size = (mask + 1) * 2
        slots.deallocate()
        slots = RawBuffer(repeating: 0, count: size * 2)
        mask = size - 1
        for id in 0..<count {
            var i = Int(hashes[id]) & mask
            while slots[i * 2] != 0 { i = (i + 1) & mask }
            withBytes(UInt32(id)) { bytes in
                slots[i * 2] = Self.tag(length: bytes.count, hash: hashes[id]) | UInt64(id + 1)
                slots[i * 2 + 1] = Self.prefix(bytes)
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of symbol `id`.
    @inline(__always)
    func withBytes<R>(_ id: UInt32, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
        if end == start { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return body(UnsafeRawBufferPointer(start: arena.base! + start, count: end - start))
    }

    func string(_ id: UInt32) -> String {
        withBytes(id) { String(decoding: $0, as: UTF8.self) }
    }
}

import Foundation
