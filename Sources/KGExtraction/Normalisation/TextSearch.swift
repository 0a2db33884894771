#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes. Foundation's `String.contains(_:)`
/// goes through NSString and dominated extraction time. Here `memchr` finds
/// each candidate first byte and `memcmp` checks the rest: exact, and fast
/// (section contexts probe each text for some fifty cue phrases).
extension StringProtocol {
    func has(_ needle: String) -> Bool {
        return needle.withUTF8Bytes { pattern in
            guard pattern.count > 0 else { return true }
            return self.utf8.withContiguousStorageIfAvailable { haystack in
                Self.contains(haystack, pattern)
            } ?? Array(self.utf8).withUnsafeBufferPointer { haystack in
                Self.contains(haystack, pattern)
            }
        }
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard haystack.count >= pattern.count, let base = haystack.baseAddress, let needle = pattern.baseAddress else { return false }
        let first = Int32(pattern[0]), rest = pattern.count - 1
        let end = base + (haystack.count - rest)
        var cursor = base
        while cursor < end, let hit = memchr(cursor, first, end - cursor) {
            let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if rest == 0 || memcmp(candidate + 1, needle + 1, rest) == 0 { return true }
            cursor = candidate + 1
        }
        return false
    }
}

extension String {
    /// `hasPrefix(prefix)` for an ASCII `prefix`, over bytes: the answer of
    /// `hasPrefix` whenever the byte after the prefix is ASCII (a character
    /// boundary); when it is not (a combining mark may follow), `hasPrefix`
    /// itself answers. The rules test word keys against cue stems this way.
    ///
    /// ```swift
    /// "inhibits".startsWithASCII("inhibit")   // true
    /// ```
    @inline(__always)
    func startsWithASCII(_ prefix: String) -> Bool {
        guard utf8.count >= prefix.utf8.count else { return false }
        let answer: Bool? = withUTF8Bytes { bytes in
            prefix.withUTF8Bytes { stem in
                for index in 0..<stem.count where bytes[index] != stem[index] { return false }
                return bytes.count == stem.count || bytes[stem.count] < 0x80 ? true : nil
            }
        }
        return answer ?? hasPrefix(prefix)
    }

    /// Whether the UTF-8 bytes hold `byte`, over contiguous bytes (iterating
    /// the `UTF8View` costs a call per byte).
    func containsByte(_ byte: UInt8) -> Bool {
        withUTF8Bytes { $0.contains(byte) }
    }

    /// The last UTF-8 byte (`utf8.last`, without walking the view backwards).
    var lastByte: UInt8? {
        utf8.withContiguousStorageIfAvailable { $0.last } ?? utf8.last
    }

    /// Calls `body` with the string's UTF-8 bytes: in place when they are
    /// contiguous, as native strings' are, else from a contiguous copy.
    /// `withUTF8` needs a `var` copy of the string, whose retain and
    /// release cost more than the rest of a short word's test.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
