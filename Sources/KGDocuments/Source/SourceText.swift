import Foundation

/// A page's text decoded to UTF-8 bytes, with the way back to the raw file:
/// every reader works on `bytes` and reports places through
/// ``SourceLocator``, which gives lines, columns (Unicode scalars) and RAW
/// byte ranges.
///
/// ```swift
/// let source = SourceText(raw: Array("é\nab".utf8), encoding: .utf8)
/// var locator = SourceLocator(source: source)
/// locator.span(of: 3..<5)   // line 2, column 1, bytes 3..<5
/// ```
struct SourceText: Sendable {
    /// The decoded text, UTF-8, without byte-order mark or NUL bytes.
    let bytes: [UInt8]
    let encoding: SourceEncoding
    /// Offsets in `bytes` where each line starts (line 1 at index 0).
    let lineStarts: [Int]
    /// Decoded offsets → raw offsets; nil when the text is the raw bytes
    /// shifted by `rawBase` (UTF-8 without NULs).
    private let rawMap: OffsetMap?
    private let rawBase: Int
    private let rawCount: Int

    /// Decodes `raw` with `encoding`, skipping a byte-order mark of
    /// `bomLength` bytes. NUL bytes are left out (they are counted by the
    /// loader, which warns about them).
    init(raw: [UInt8], encoding: SourceEncoding, bomLength: Int = 0) {
        self.encoding = encoding
        self.rawCount = raw.count
        switch encoding {
        case .utf8 where !SourceText.containsNUL(raw, from: bomLength):
            bytes = Array(raw[bomLength...])
            rawMap = nil
            rawBase = bomLength
        case .utf8:
            (bytes, rawMap) = SourceText.copyingWithoutNULs(raw, from: bomLength)
            rawBase = 0
        case .windows1252:
            (bytes, rawMap) = SourceText.decodeWindows1252(raw, from: bomLength)
            rawBase = 0
        case .utf16LittleEndian, .utf16BigEndian:
            (bytes, rawMap) = SourceText.decodeUTF16(raw, from: bomLength, bigEndian: encoding == .utf16BigEndian)
            rawBase = 0
        }
        lineStarts = SourceText.lineStarts(of: bytes)
    }

    /// The raw-file offset of decoded offset `offset`.
    func rawOffset(_ offset: Int) -> Int {
        guard let rawMap else { return offset + rawBase }
        return offset >= bytes.count ? rawCount : rawMap.sourceStart(of: offset)
    }

    /// The raw-file offset just past decoded bytes ending (exclusive) at `end`.
    func rawEnd(_ end: Int) -> Int {
        guard let rawMap else { return end + rawBase }
        return end == 0 ? rawOffset(0) : rawMap.sourceEnd(ofEnd: end)
    }

    /// The 1-based line holding decoded offset `offset`.
    func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The decoded offset where 1-based `line` starts (clamped to the text).
    func lineStart(_ line: Int) -> Int {
        lineStarts[max(0, min(line - 1, lineStarts.count - 1))]
    }

    /// The decoded text of `range` as a String.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

extension SourceText {
    /// Where each line starts: found with `memchr`, many times faster than
    /// a loop over the bytes.
    static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            while index < buffer.count, let found = memchr(base + index, 0x0A, buffer.count - index) {
                index = base.distance(to: UnsafeRawPointer(found)) + 1
                starts.append(index)
            }
        }
        return starts
    }

    static func containsNUL(_ bytes: [UInt8], from start: Int) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, start < buffer.count else { return false }
            return memchr(base + start, 0, buffer.count - start) != nil
        }
    }

    private static func copyingWithoutNULs(_ raw: [UInt8], from start: Int) -> ([UInt8], OffsetMap) {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count - start)
        var map = OffsetMap()
        var runStart = start
        for index in start...raw.count where index == raw.count || raw[index] == 0 {
            if index > runStart {
                map.add(output: output.count, source: runStart, length: index - runStart, sourceLength: index - runStart)
                output.append(contentsOf: raw[runStart..<index])
            }
            runStart = index + 1
        }
        return (output, map)
    }

    private static func decodeWindows1252(_ raw: [UInt8], from start: Int) -> ([UInt8], OffsetMap) {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count - start + raw.count / 8)
        var map = OffsetMap()
        for index in start..<raw.count {
            let byte = raw[index]
            if byte == 0 { continue }
            let before = output.count
            if byte < 0x80 {
                output.append(byte)
            } else if byte < 0xA0 {
                UTF8Validation.append(SourceEncoding.windows1252High[Int(byte - 0x80)], to: &output)
            } else {
                UTF8Validation.append(UInt32(byte), to: &output)
            }
            map.add(output: before, source: index, length: output.count - before, sourceLength: 1)
        }
        return (output, map)
    }

    private static func decodeUTF16(_ raw: [UInt8], from start: Int, bigEndian: Bool) -> ([UInt8], OffsetMap) {
        var output: [UInt8] = []
        var map = OffsetMap()
        var index = start
        func unit(_ at: Int) -> UInt32 {
            bigEndian ? UInt32(raw[at]) << 8 | UInt32(raw[at + 1]) : UInt32(raw[at + 1]) << 8 | UInt32(raw[at])
        }
        while index + 1 < raw.count {
            var scalar = unit(index)
            var consumed = 2
            if (0xD800..<0xDC00).contains(scalar), index + 3 < raw.count {
                let low = unit(index + 2)
                if (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    consumed = 4
                }
            }
            if (0xD800..<0xE000).contains(scalar) { scalar = 0xFFFD }
            if scalar != 0 {
                let before = output.count
                UTF8Validation.append(scalar, to: &output)
                map.add(output: before, source: index, length: output.count - before, sourceLength: consumed)
            }
            index += consumed
        }
        return (output, map)
    }
}
