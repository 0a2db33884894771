/// Reduces Markdown inline markup to its text while copying it into a
/// ``TextBuilder``: `**x**` → x, `[text](url)` → text, `![alt](src)` → alt,
/// `` `code` `` → code, `\[` → `[`, inline HTML tags dropped (`<sup>[1]</sup>`
/// → `[1]`, `<br>` → a space), character references decoded, and simple LaTeX
/// (`$1 \times 10^4$`, `$\mu$`) turned into text (`1 × 10^4`, `μ`).
///
/// ```swift
/// var builder = TextBuilder()
/// InlineReducer(bytes: Array("**BAX**.<sup>[1]</sup>".utf8)).reduce(0..<22, into: &builder)
/// builder.string   // "BAX.[1]"
/// ```
struct InlineReducer {
    let bytes: [UInt8]
    /// How far a link's text or target may stretch; longer brackets are text.
    static let bracketReach = 2048
    static let maximumNesting = 4

    func reduce(_ range: Range<Int>, into builder: inout TextBuilder, nesting: Int = 0) {
        var index = range.lowerBound
        let end = range.upperBound
        var runStart = index
        func flush(_ upTo: Int) {
            if upTo > runStart { builder.append(bytes: bytes, range: runStart..<upTo) }
        }
        while index < end {
            index = skipPlain(from: index, to: end)
            guard index < end else { break }
            let byte = bytes[index]
            switch byte {
            case 0x5C /* \ */ where index + 1 < end && isASCIIPunctuation(bytes[index + 1]):
                flush(index)
                builder.append(byte: bytes[index + 1], source: index + 1)
                index += 2
                runStart = index
            case 0x2A /* * */, 0x5F /* _ */, 0x7E /* ~ */:
                var runEnd = index
                while runEnd < end, bytes[runEnd] == byte { runEnd += 1 }
                if isDelimiter(byte: byte, run: index..<runEnd, end: end) {
                    flush(index)
                    runStart = runEnd
                }
                index = runEnd
            case 0x60 /* ` */:
                var runEnd = index
                while runEnd < end, bytes[runEnd] == 0x60 { runEnd += 1 }
                if let close = find(run: index..<runEnd, from: runEnd, end: end) {
                    flush(index)
                    builder.append(bytes: bytes, range: runEnd..<close)
                    index = close + (runEnd - index)
                    runStart = index
                } else {
                    index = runEnd
                }
            case 0x21 /* ! */ where index + 1 < end && bytes[index + 1] == 0x5B,
                 0x5B /* [ */:
                let open = byte == 0x21 ? index + 1 : index
                if nesting < InlineReducer.maximumNesting, let link = link(at: open, end: end) {
                    flush(index)
                    reduce(link.text, into: &builder, nesting: nesting + 1)
                    index = link.end
                    runStart = index
                } else {
                    index = open + 1
                }
            case 0x3C /* < */:
                if let tag = tag(at: index, end: end) {
                    flush(index)
                    if let autolink = tag.autolink {
                        builder.append(bytes: bytes, range: autolink)
                    } else if tag.isBreak {
                        builder.appendSpace(source: index)
                    }
                    index = tag.end
                    runStart = index
                } else {
                    index += 1
                }
            case 0x26 /* & */, 0x24 /* $ */:
                // A character reference or inline LaTeX, replaced by its text.
                let replacement = byte == 0x26
                    ? HTMLEntities.decode(bytes, at: index, end: end) : LaTeXText.inlineMath(bytes, at: index, end: end)
                if let replacement {
                    flush(index)
                    builder.append(replacement: replacement.text, source: index, sourceLength: replacement.length)
                    index += replacement.length
                    runStart = index
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        flush(end)
    }

    /// Past bytes that are no markup (all but backslash, star, underscore,
    /// tilde, backtick, `!`, `[`, `<`, `&` and `$`), which the loop above would
    /// step over one by one: most of a paragraph.
    @inline(__always)
    private func skipPlain(from index: Int, to end: Int) -> Int {
        // Bit b of the masks is set for markup byte b (below 64) and 64 + b.
        let low: UInt64 = 1 << 0x21 | 1 << 0x24 | 1 << 0x26 | 1 << 0x2A | 1 << 0x3C
        let high: UInt64 = 1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5F - 64) | 1 << (0x60 - 64) | 1 << (0x7E - 64)
        return bytes.withUnsafeBufferPointer { buffer in
            var index = index
            while index < end {
                let byte = buffer[index]
                let mask = byte < 64 ? low >> byte : (byte < 128 ? high >> (byte &- 64) : 0)
                if mask & 1 != 0 { break }
                index += 1
            }
            return index
        }
    }

    private func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    private func isSpaceOrEdge(_ index: Int, _ end: Int) -> Bool {
        index < 0 || index >= end || bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D
    }

    private func isAlphanumeric(_ index: Int, _ end: Int) -> Bool {
        guard index >= 0, index < end else { return false }
        let byte = bytes[index]
        return (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }

    /// Whether a run of `*`, `_` or `~` is emphasis to drop: `*` unless it
    /// stands alone between spaces ("5 * 3"); `_` and `~` not inside a word
    /// (`snake_case`, `~5 mg`).
    private func isDelimiter(byte: UInt8, run: Range<Int>, end: Int) -> Bool {
        let spaceBefore = isSpaceOrEdge(run.lowerBound - 1, end)
        let spaceAfter = isSpaceOrEdge(run.upperBound, end)
        if spaceBefore && spaceAfter { return false }
        switch byte {
        case 0x2A: return true
        case 0x7E: return run.count >= 2
        default: return !(isAlphanumeric(run.lowerBound - 1, end) && isAlphanumeric(run.upperBound, end))
        }
    }

    /// The offset of the next backtick run as long as `run`, from `start`.
    private func find(run: Range<Int>, from start: Int, end: Int) -> Int? {
        var index = start
        let limit = min(end, start + InlineReducer.bracketReach)
        while index < limit {
            if bytes[index] == 0x60 {
                var runEnd = index
                while runEnd < end, bytes[runEnd] == 0x60 { runEnd += 1 }
                if runEnd - index == run.count { return index }
                index = runEnd
            } else {
                index += 1
            }
        }
        return nil
    }

    /// `[text](target)`. Reference-style `[text][label]` is not a link here:
    /// pages use `[8][9]` for citation markers, which must stay as they are.
    private func link(at open: Int, end: Int) -> (text: Range<Int>, end: Int)? {
        guard let close = matching(open: 0x5B, close: 0x5D, at: open, end: end) else { return nil }
        let after = close + 1
        if after < end, bytes[after] == 0x28, let targetEnd = matching(open: 0x28, close: 0x29, at: after, end: end) {
            return (open + 1..<close, targetEnd + 1)
        }
        return nil
    }

    private func matching(open: UInt8, close: UInt8, at start: Int, end: Int) -> Int? {
        var depth = 0
        var index = start
        let limit = min(end, start + InlineReducer.bracketReach)
        while index < limit {
            let byte = bytes[index]
            if byte == 0x5C { index += 2; continue }
            if byte == open { depth += 1 } else if byte == close {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    /// An inline HTML tag, comment or autolink starting at `<`.
    private func tag(at start: Int, end: Int) -> (end: Int, isBreak: Bool, autolink: Range<Int>?)? {
        guard start + 1 < end else { return nil }
        let limit = min(end, start + InlineReducer.bracketReach)
        if bytes[start + 1] == 0x21, start + 3 < end, bytes[start + 2] == 0x2D, bytes[start + 3] == 0x2D {
            var index = start + 4
            while index + 2 < limit {
                if bytes[index] == 0x2D, bytes[index + 1] == 0x2D, bytes[index + 2] == 0x3E { return (index + 3, false, nil) }
                index += 1
            }
            return nil
        }
        var nameStart = start + 1
        if bytes[nameStart] == 0x2F { nameStart += 1 }
        guard nameStart < end, (0x41...0x5A).contains(bytes[nameStart] & 0xDF), bytes[nameStart] < 0x80 else { return nil }
        var index = nameStart
        while index < limit, isAlphanumeric(index, end) || bytes[index] == 0x2D { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        if index < limit, bytes[index] == 0x3A, name == "http" || name == "https" || name == "mailto" {
            var close = index
            while close < limit, bytes[close] != 0x3E, bytes[close] != 0x20 { close += 1 }
            guard close < limit, bytes[close] == 0x3E else { return nil }
            return (close + 1, false, start + 1..<close)
        }
        guard index < limit, bytes[index] == 0x3E || bytes[index] == 0x20 || bytes[index] == 0x2F || bytes[index] == 0x0A else {
            return nil
        }
        var quote: UInt8?
        while index < limit {
            let byte = bytes[index]
            if let open = quote { if byte == open { quote = nil } } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return (index + 1, name == "br" || name == "p" || name == "div" || name == "li", nil)
            }
            index += 1
        }
        return nil
    }
}

extension InlineReducer {
    /// Plain text: white space folded and character references decoded, nothing else.
    func reduceText(_ range: Range<Int>, into builder: inout TextBuilder) {
        var index = range.lowerBound
        var runStart = index
        while index < range.upperBound {
            if bytes[index] == 0x26, let entity = HTMLEntities.decode(bytes, at: index, end: range.upperBound) {
                if index > runStart { builder.append(bytes: bytes, range: runStart..<index) }
                builder.append(replacement: entity.text, source: index, sourceLength: entity.length)
                index += entity.length
                runStart = index
            } else {
                index += 1
            }
        }
        if range.upperBound > runStart { builder.append(bytes: bytes, range: runStart..<range.upperBound) }
    }
}
