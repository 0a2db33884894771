import Foundation

/// A line of decoded text: where it starts, where its content ends (before
/// `\r\n` or `\n`) and where the next line starts.
struct Line: Sendable {
    let start: Int
    let end: Int
    let next: Int

    /// The lines of `bytes[range]`.
    static func lines(of bytes: [UInt8], in range: Range<Int>) -> [Line] {
        var lines: [Line] = []
        var start = range.lowerBound
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // Line feeds found with memchr: many times faster than a loop over the bytes.
            while start < range.upperBound, let found = memchr(base + start, 0x0A, range.upperBound - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                let end = index > start && buffer[index - 1] == 0x0D ? index - 1 : index
                lines.append(Line(start: start, end: end, next: index + 1))
                start = index + 1
            }
        }
        if start < range.upperBound {
            let end = bytes[range.upperBound - 1] == 0x0D ? range.upperBound - 1 : range.upperBound
            lines.append(Line(start: start, end: end, next: range.upperBound))
        }
        return lines
    }
}

/// Small byte-level questions about a line.
extension [UInt8] {
    /// The first offset in `range` that is not a space or tab.
    func firstNonBlank(in range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, self[index] == 0x20 || self[index] == 0x09 { index += 1 }
        return index
    }

    /// `range` without trailing spaces and tabs.
    func trimmingTrailingBlanks(_ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound, self[end - 1] == 0x20 || self[end - 1] == 0x09 { end -= 1 }
        return range.lowerBound..<end
    }

    func isBlank(_ range: Range<Int>) -> Bool {
        firstNonBlank(in: range) == range.upperBound
    }

    /// Columns of indentation (a tab counts to the next multiple of 4).
    func indentation(of range: Range<Int>) -> Int {
        var columns = 0
        for index in range {
            switch self[index] {
            case 0x20: columns += 1
            case 0x09: columns += 4 - columns % 4
            default: return columns
            }
        }
        return columns
    }

    func hasPrefix(_ prefix: String, at index: Int, end: Int, caseInsensitive: Bool = false) -> Bool {
        // The prefix's bytes read in place: an array of them per call was
        // most of the cost (readers ask this of every line).
        guard index + prefix.utf8.count <= end else { return false }
        var position = index
        for byte in prefix.utf8 {
            let actual = self[position]
            if caseInsensitive ? (actual | 0x20) != (byte | 0x20) : actual != byte { return false }
            position += 1
        }
        return true
    }
}
