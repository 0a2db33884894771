/// A place in a raw file: where a block or sentence starts, and the bytes it covers.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars from the
/// start of the line. `bytes` is a half-open range of byte offsets into the
/// file exactly as it was read (before any decoding), so that a consumer can
/// cut the original text back out:
///
/// ```swift
/// let raw = try Data(contentsOf: url)
/// let original = raw[span.bytes]
/// ```
public struct SourceSpan: Sendable, Hashable, Codable {
    public var line: Int
    public var column: Int
    public var bytes: Range<Int>

    public init(line: Int, column: Int, bytes: Range<Int>) {
        self.line = line
        self.column = column
        self.bytes = bytes
    }
}
