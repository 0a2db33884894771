import Foundation

/// Recognises the block-level Markdown constructs of one line, on bytes.
enum MarkdownSyntax {
    /// `## Title ##` → level and content range.
    static func atxHeading(_ bytes: [UInt8], _ line: Line) -> (level: Int, content: Range<Int>)? {
        let start = bytes.firstNonBlank(in: line.start..<line.end)
        guard start - line.start <= 3 else { return nil }
        var index = start
        while index < line.end, bytes[index] == 0x23 { index += 1 }
        let level = index - start
        guard (1...6).contains(level), index == line.end || bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        var content = bytes.trimmingTrailingBlanks(bytes.firstNonBlank(in: index..<line.end)..<line.end)
        var closing = content.upperBound
        while closing > content.lowerBound, bytes[closing - 1] == 0x23 { closing -= 1 }
        if closing < content.upperBound, closing == content.lowerBound || bytes[closing - 1] == 0x20 {
            content = bytes.trimmingTrailingBlanks(content.lowerBound..<closing)
        }
        return (level, content)
    }

    /// `===` (level 1) or `---` (level 2) under a paragraph.
    static func setextLevel(_ bytes: [UInt8], _ line: Line) -> Int? {
        let start = bytes.firstNonBlank(in: line.start..<line.end)
        guard start - line.start <= 3, start < line.end else { return nil }
        let marker = bytes[start]
        guard marker == 0x3D || marker == 0x2D else { return nil }
        let content = bytes.trimmingTrailingBlanks(start..<line.end)
        guard content.allSatisfy({ bytes[$0] == marker }) else { return nil }
        return marker == 0x3D ? 1 : 2
    }

    /// `---`, `***`, `___` (three or more, spaces allowed between).
    static func isThematicBreak(_ bytes: [UInt8], _ line: Line) -> Bool {
        let start = bytes.firstNonBlank(in: line.start..<line.end)
        guard start - line.start <= 3, start < line.end else { return false }
        let marker = bytes[start]
        guard marker == 0x2D || marker == 0x2A || marker == 0x5F else { return false }
        var count = 0
        for index in start..<line.end {
            if bytes[index] == marker { count += 1 } else if bytes[index] != 0x20 && bytes[index] != 0x09 { return false }
        }
        return count >= 3
    }

    /// A fence opening or closing a code block: its byte and length.
    static func fence(_ bytes: [UInt8], _ line: Line) -> (marker: UInt8, length: Int)? {
        let start = bytes.firstNonBlank(in: line.start..<line.end)
        guard start - line.start <= 3, start < line.end, bytes[start] == 0x60 || bytes[start] == 0x7E else { return nil }
        var index = start
        while index < line.end, bytes[index] == bytes[start] { index += 1 }
        return index - start >= 3 ? (bytes[start], index - start) : nil
    }

    /// A bullet (`-`, `*`, `+`, `•`) or numbered (`1.`, `1)`) list marker:
    /// indentation, where the item's text starts, and the number if any.
    static func listMarker(_ bytes: [UInt8], _ line: Line) -> (indent: Int, content: Int, ordinal: Int?)? {
        let start = bytes.firstNonBlank(in: line.start..<line.end)
        guard start < line.end else { return nil }
        let indent = bytes.indentation(of: line.start..<line.end)
        var afterMarker: Int
        var ordinal: Int?
        switch bytes[start] {
        case 0x2D, 0x2A, 0x2B:
            afterMarker = start + 1
        case 0xE2 where bytes.hasPrefix("•", at: start, end: line.end):
            afterMarker = start + 3
        case 0x30...0x39:
            var index = start
            var value = 0
            while index < line.end, index - start < 9, (0x30...0x39).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard index < line.end, bytes[index] == 0x2E || bytes[index] == 0x29 else { return nil }
            afterMarker = index + 1
            ordinal = value
        default:
            return nil
        }
        guard afterMarker < line.end, bytes[afterMarker] == 0x20 || bytes[afterMarker] == 0x09 else { return nil }
        return (indent, bytes.firstNonBlank(in: afterMarker..<line.end), ordinal)
    }

    static let htmlBlockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "details", "dialog", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "script", "style", "iframe", "noscript", "center", "font", "span", "img", "a",
    ]

    /// Whether the line opens an HTML block (a block-level tag, a comment or a
    /// DOCTYPE at its start).
    static func opensHTMLBlock(_ bytes: [UInt8], _ line: Line) -> Bool {
        let start = bytes.firstNonBlank(in: line.start..<line.end)
        guard start - line.start <= 3, start + 1 < line.end, bytes[start] == 0x3C else { return false }
        if bytes[start + 1] == 0x21 { return true }   // <!-- or <!DOCTYPE
        var nameStart = start + 1
        if bytes[nameStart] == 0x2F { nameStart += 1 }
        var index = nameStart
        while index < line.end, (0x30...0x39).contains(bytes[index]) || (0x41...0x5A).contains(bytes[index] & 0xDF) && bytes[index] < 0x80 {
            index += 1
        }
        guard index > nameStart, index == line.end || [0x20, 0x3E, 0x2F, 0x09].contains(bytes[index]) else { return false }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        return htmlBlockTags.contains(name)
    }

    /// Whether `line` is a pipe table's delimiter row (`|---|:--:|`).
    static func isTableDelimiter(_ bytes: [UInt8], _ line: Line) -> Bool {
        var sawDash = false
        var sawPipe = false
        for index in line.start..<line.end {
            switch bytes[index] {
            case 0x2D: sawDash = true
            case 0x7C: sawPipe = true
            case 0x3A, 0x20, 0x09: break
            default: return false
            }
        }
        return sawDash && sawPipe
    }

    /// Whether `line` has a tab between two non-blank cells.
    static func hasInteriorTab(_ bytes: [UInt8], _ line: Line) -> Bool {
        let start = bytes.firstNonBlank(in: line.start..<line.end)
        let content = bytes.trimmingTrailingBlanks(start..<line.end)
        guard !content.isEmpty else { return false }
        // memchr: asked of every line, most of which hold no tab at all.
        return bytes.withUnsafeBytes { buffer in
            memchr(buffer.baseAddress! + content.lowerBound, 0x09, content.count) != nil
        }
    }
}
