/// What part of a long line fits on the terminal: the line scrolls sideways
/// so that the cursor stays visible, instead of wrapping onto lines the
/// editor would then have to redraw.
///
/// ```swift
/// var view = LineView()
/// view.window(length: 120, cursor: 118, width: 40)   // 80..<120 (scrolled to the cursor)
/// ```
struct LineView: Equatable {
    /// The first character shown.
    private(set) var offset = 0

    /// The range of characters to show for a line of `length` with the cursor at `cursor`, in `width` columns.
    mutating func window(length: Int, cursor: Int, width: Int) -> Range<Int> {
        let width = max(1, width)
        if length < width { offset = 0 }
        if cursor < offset { offset = cursor }
        if cursor >= offset + width { offset = cursor - width + 1 }
        offset = max(0, min(offset, max(0, length - width + 1)))
        return offset..<min(length, offset + width)
    }
}
