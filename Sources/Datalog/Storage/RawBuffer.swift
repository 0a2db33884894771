import Foundation

/// A growable array of plain values in memory the engine manages itself.
///
/// Why not `Array`: large relations grow by `realloc`, which for big blocks
/// remaps pages instead of copying them, so a relation of 60 MB does not
/// briefly need 120 MB while it grows; and the hot loops read through a raw
/// pointer with no copy-on-write or bounds checks. The owner frees it
/// (`deallocate()`); it is not reference counted.
struct RawBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>?
    private(set) var count: Int = 0
    private(set) var capacity: Int = 0

    init() {}

    init(repeating value: Element, count: Int) {
        reserve(count)
        let p = base!
        p.initialize(repeating: value, count: count)
        self.count = count
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { base.unsafelyUnwrapped[index] }
        nonmutating set { base.unsafelyUnwrapped[index] = newValue }
    }

    /// Makes room for at least `minimum` elements in total.
    mutating func reserve(_ minimum: Int) {
        guard minimum > capacity else { return }
        var newCapacity = Swift.max(16, capacity)
        while newCapacity < minimum { newCapacity = newCapacity < (1 << 20) ? newCapacity * 2 : newCapacity + newCapacity / 2 }
        let bytes = newCapacity * MemoryLayout<Element>.stride
        guard let raw = realloc(base.map { UnsafeMutableRawPointer($0) }, bytes) else {
            fatalError("out of memory growing a relation to \(bytes) bytes")
        }
        base = raw.bindMemory(to: Element.self, capacity: newCapacity)
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ value: Element) {
        if count == capacity { reserve(count + 1) }
        base.unsafelyUnwrapped[count] = value
        count += 1
    }

    /// Appends `n` elements copied from `source`.
    @inline(__always)
    mutating func append(from source: UnsafePointer<Element>, count n: Int) {
        if count + n > capacity { reserve(count + n) }
        let target = base.unsafelyUnwrapped + count
        // A row is a few cells: a loop beats a call to memmove.
        if n <= 4 { for i in 0..<n { target[i] = source[i] } } else { target.update(from: source, count: n) }
        count += n
    }

    /// Appends `n` copies of `value`.
    mutating func append(repeating value: Element, count n: Int) {
        if count + n > capacity { reserve(count + n) }
        (base.unsafelyUnwrapped + count).initialize(repeating: value, count: n)
        count += n
    }

    mutating func removeAll() { count = 0 }

    /// The elements, for iterating and searching (valid until the next growth).
    var elements: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }

    func deallocate() { free(base) }
}
