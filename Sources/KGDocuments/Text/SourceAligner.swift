import Foundation

/// Finds where text that was transformed on its way out of the file (a YAML
/// folded scalar, an HTML text node with its entities decoded) stands in the
/// decoded page, word by word, and builds it with that mapping.
///
/// Each word is searched forward from where the previous one was found, within
/// a bounded window; a word not found (an entity, a folded escape) is mapped to
/// the current position. Locations are therefore exact for words copied as they
/// are and best effort otherwise, and the search stays linear in the page size.
///
/// ```swift
/// var aligner = SourceAligner(bytes: source.bytes, cursor: valueStart, limit: frontMatterEnd)
/// let text = aligner.builder(for: "Clofarabine is prescribed for")
/// ```
struct SourceAligner {
    let bytes: [UInt8]
    /// Where the next word is searched from.
    var cursor: Int
    /// Where searching stops.
    var limit: Int
    /// How far past the cursor a word is looked for.
    static let window = 4096
    /// Whether matches inside markup (`<p title="word">`) are skipped: set
    /// for HTML, whose text never stands inside a tag.
    let skipsTags: Bool

    init(bytes: [UInt8], cursor: Int, limit: Int, skipsTags: Bool = false) {
        self.bytes = bytes
        self.cursor = cursor
        self.limit = min(limit, bytes.count)
        self.skipsTags = skipsTags
    }

    mutating func builder(for text: String) -> TextBuilder {
        var builder = TextBuilder()
        append(Array(text.utf8), to: &builder)
        return builder
    }

    /// Appends `text` (UTF-8) to `builder`, word by word, located in the page.
    mutating func append(_ text: [UInt8], to builder: inout TextBuilder) {
        var index = 0
        while index < text.count {
            if let width = TextBuilder.whiteSpaceWidth(text, at: index, end: text.count) {
                builder.appendSpace(source: cursor)
                index += width
                continue
            }
            var end = index
            while end < text.count, TextBuilder.whiteSpaceWidth(text, at: end, end: text.count) == nil { end += 1 }
            let word = text[index..<end]
            if let found = find(word) {
                builder.append(bytes: bytes, range: found..<found + word.count)
                cursor = found + word.count
            } else {
                builder.append(replacement: Array(word), source: min(cursor, bytes.count), sourceLength: 0)
            }
            index = end
        }
    }

    private func find(_ word: ArraySlice<UInt8>) -> Int? {
        guard let first = word.first else { return nil }
        let searchEnd = min(limit, cursor + SourceAligner.window) - word.count
        guard searchEnd >= cursor else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            word.withUnsafeBufferPointer { needle -> Int? in
                guard let base = buffer.baseAddress, let needleBase = needle.baseAddress else { return nil }
                var position = cursor
                while position <= searchEnd {
                    // memchr finds the candidate first bytes; memcmp the rest.
                    guard let hit = memchr(base + position, Int32(first), searchEnd - position + 1) else { return nil }
                    position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position, needleBase, needle.count) == 0, !(skipsTags && isInsideTag(buffer, position)) {
                        return position
                    }
                    position += 1
                }
                return nil
            }
        }
    }

    /// Whether `position` stands between a `<` and its `>` (looking back no
    /// further than the cursor's line start or 1 KB).
    private func isInsideTag(_ buffer: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        var index = position - 1
        let stop = max(0, position - 1024)
        while index >= stop {
            switch buffer[index] {
            case 0x3E: return false   // >
            case 0x3C: return true    // <
            default: index -= 1
            }
        }
        return false
    }
}
