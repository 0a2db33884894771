import Foundation

/// Decides how to read a page: from its extension (`.html .htm .xhtml` →
/// HTML, `.md .markdown` → Markdown, `.txt` → text) and, where the extension
/// says nothing or is wrong, from its content: a page starting with a DOCTYPE,
/// `<html>`, `<head>` or `<body>` is HTML whatever its name; a `.txt` or
/// unnamed page with front matter, ATX headings, pipe tables or Markdown
/// emphasis and links is Markdown.
///
/// ```swift
/// FormatDetector.detect(path: "page.txt", bytes: Array("# Title\n\nSome **bold** text.".utf8))   // .markdown
/// ```
enum FormatDetector {
    static func format(ofExtension path: String) -> DocumentFormat? {
        // On the UTF-8 view: Character-wise search of a long path cost more
        // than the rest of detection.
        let utf8 = path.utf8
        guard let dot = utf8.lastIndex(of: 0x2E), !utf8[dot...].contains(0x2F) else { return nil }
        switch String(Substring(utf8[utf8.index(after: dot)...])).lowercased() {
        case "html", "htm", "xhtml", "shtml": return .html
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "txt", "text": return .text
        default: return nil
        }
    }

    static func detect(path: String, bytes: [UInt8]) -> DocumentFormat {
        let byExtension = format(ofExtension: path)
        let head = Array(bytes.prefix(4096))
        if looksLikeHTMLDocument(head) { return .html }
        if byExtension == .html {
            // An .html file with no tag at all is text that was misnamed.
            return head.contains(0x3C) ? .html : (looksLikeMarkdown(bytes) ? .markdown : .text)
        }
        if byExtension == .markdown { return .markdown }
        return looksLikeMarkdown(bytes) ? .markdown : .text
    }

    /// A DOCTYPE, XML declaration, `<html>`, `<head>` or `<body>` first.
    static func looksLikeHTMLDocument(_ head: [UInt8]) -> Bool {
        var start = head.firstNonBlank(in: 0..<head.count)
        while start < head.count, head[start] == 0x0A || head[start] == 0x0D { start = head.firstNonBlank(in: (start + 1)..<head.count) }
        if head.hasPrefix("\u{FEFF}", at: start, end: head.count) { start += 3 }
        for prefix in ["<!doctype html", "<html", "<head", "<body"] where head.hasPrefix(prefix, at: start, end: head.count, caseInsensitive: true) {
            return true
        }
        if head.hasPrefix("<?xml", at: start, end: head.count) {
            return String(decoding: head, as: UTF8.self).lowercased().contains("<html")
        }
        return false
    }

    /// Markdown signals in the first 64 KB: front matter, two ATX headings, a
    /// pipe-table delimiter row, or several emphasis spans and links.
    static func looksLikeMarkdown(_ bytes: [UInt8]) -> Bool {
        if FrontMatterReader.opens(bytes) { return true }
        let sample = Array(bytes.prefix(65_536))
        var headings = 0
        var markup = 0
        for line in Line.lines(of: sample, in: 0..<sample.count) {
            if MarkdownSyntax.atxHeading(sample, line) != nil { headings += 1 }
            if MarkdownSyntax.isTableDelimiter(sample, line) { markup += 3 }
        }
        // `**` and `](` counted over the whole sample (neither pair can hold a
        // line end, so counting by line finds the same), each from its first
        // byte found with memchr: most text holds few of either.
        sample.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            for first in [UInt8(0x2A), 0x5D] {
                var index = 0
                while index + 1 < count, let found = memchr(base + index, Int32(first), count - index - 1) {
                    index = base.distance(to: UnsafeRawPointer(found))
                    let second = buffer[index + 1]
                    if first == 0x2A, second == 0x2A { markup += 1; index += 2; continue }
                    if first == 0x5D, second == 0x28 { markup += 1 }
                    index += 1
                }
            }
        }
        return headings >= 2 || (headings >= 1 && markup >= 2) || markup >= 8
    }
}

extension FormatDetector {
    /// Whether a Markdown page's body (after front matter) is raw HTML, as
    /// static-site pages have: it starts with a tag and most of its non-blank
    /// lines start with one.
    static func looksLikeHTMLBody(_ bytes: [UInt8], _ body: Range<Int>) -> Bool {
        let sample = body.lowerBound..<min(body.upperBound, body.lowerBound + 65_536)
        // Most bodies are Markdown, whose first character is no `<`: known
        // before the sample is cut into lines.
        var first = sample.lowerBound
        while first < sample.upperBound, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[first]) { first += 1 }
        guard first < sample.upperBound, bytes[first] == 0x3C else { return false }
        let lines = Line.lines(of: bytes, in: sample).filter { !bytes.isBlank($0.start..<$0.end) }
        guard let firstLine = lines.first, bytes[bytes.firstNonBlank(in: firstLine.start..<firstLine.end)] == 0x3C else { return false }
        if looksLikeHTMLDocument(Array(bytes[sample])) { return true }
        let tagged = lines.filter { bytes[bytes.firstNonBlank(in: $0.start..<$0.end)] == 0x3C }.count
        return tagged * 10 >= lines.count * 7
    }
}
