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
    /// Open addressing: `hash << 32 | (id + 1)` (the hash's low 32 bits, so
    /// that a probe rejects other symbols without reading them), 0 = empty.
    @exclusivity(unchecked) private var slots: RawBuffer<UInt64>
    @exclusivity(unchecked) private var hashes = RawBuffer<UInt32>()
    @exclusivity(unchecked) private var mask: Int

    init() {
        slots = RawBuffer(repeating: 0, count: 1024)
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
    func touch(hash: UInt64) -> UInt64 { slots[Int(truncatingIfNeeded: hash) & mask] }

    /// As `intern(bytes:)`, with the bytes' `hashBytes` hash already computed.
    func intern(bytes: UnsafeRawBufferPointer, hash h: UInt64) -> UInt32 {
        let (found, slot) = find(bytes, h)
        if let found { return found }
        let id = UInt32(count)
        if bytes.count > 0 { arena.append(from: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
        starts.append(UInt32(arena.count))
        hashes.append(UInt32(truncatingIfNeeded: h))
        slots[slot] = UInt64(UInt32(truncatingIfNeeded: h)) << 32 | UInt64(id + 1)
        if count * 2 > mask { grow() }
        return id
    }

    private func find(_ bytes: UnsafeRawBufferPointer, _ h: UInt64) -> (id: UInt32?, slot: Int) {
        var i = Int(truncatingIfNeeded: h) & mask
        let h32 = UInt32(truncatingIfNeeded: h)
        while true {
            let v = slots[i]
            if v == 0 { return (nil, i) }
            let id = UInt32(truncatingIfNeeded: v) - 1
            if UInt32(truncatingIfNeeded: v >> 32) == h32 && equals(id, bytes) { return (id, i) }
            i = (i + 1) & mask
        }
    }

    private func equals(_ id: UInt32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
        guard end - start == bytes.count else { return false }
        if bytes.count == 0 { return true }
        let stored = arena.base.unsafelyUnwrapped + start
        if bytes.count <= 16 {  // most symbols: a loop beats a call to memcmp
            for i in 0..<bytes.count where stored[i] != bytes[i] { return false }
            return true
        }
        return memcmp(stored, bytes.baseAddress!, bytes.count) == 0
    }

    private func grow() {
        let newCount = (mask + 1) * 2
        slots.deallocate()
        slots = RawBuffer(repeating: 0, count: newCount)
        mask = newCount - 1
        for id in 0..<count {
            var i = Int(hashes[id]) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = UInt64(hashes[id]) << 32 | UInt64(id + 1)
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
