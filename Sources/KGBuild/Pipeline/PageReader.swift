import KGDocuments

/// Reads one page into a ``Document``; the build's first stage, injectable
/// so that tests and benchmarks can count or fail reads.
///
/// ```swift
/// let reader = PageReader.documents                // DocumentLoader
/// let failing = PageReader { path in throw MyError(path) }
/// ```
public struct PageReader: Sendable {
    public var read: @Sendable (String) throws -> Document

    public init(_ read: @escaping @Sendable (String) throws -> Document) {
        self.read = read
    }
}
