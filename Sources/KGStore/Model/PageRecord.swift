/// What the store remembers of one page of the corpus: where it is, the
/// SHA-256 of its bytes and the extractor version that read it, so that a
/// rebuild re-reads only the pages whose bytes or extractor changed.
///
/// ```swift
/// let record = PageRecord(path: "Corpus/a.md", sha256: digest, byteCount: 4159,
///                         extractorVersion: Extractor.version, edgeCount: 12, evidenceCount: 15)
/// try store.write { writer in try writer.replacePage(record, graph: result.graph) }
/// ```
public struct PageRecord: Sendable, Hashable, Codable {
    /// The page's path as given on the command line (relative stays relative).
    public var path: String
    /// Lower-case hexadecimal SHA-256 of the page's bytes.
    public var sha256: String
    public var byteCount: Int
    /// The file's modification time in nanoseconds since 1970 when it was
    /// hashed; 0 when not trusted (the next build hashes the page again).
    public var modified: Int64
    /// The extractor version (and extra lexicon digest) that read the page.
    public var extractorVersion: String
    /// Distinct edges the page yielded; 0 means nothing was recognised.
    public var edgeCount: Int
    /// Pieces of evidence the page yielded.
    public var evidenceCount: Int
    /// What the reader or the extractor could not read well, kept with the page.
    public var warnings: [PageWarning]

    public init(
        path: String, sha256: String, byteCount: Int, modified: Int64 = 0, extractorVersion: String,
        edgeCount: Int = 0, evidenceCount: Int = 0, warnings: [PageWarning] = []
    ) {
        self.path = path
        self.sha256 = sha256
        self.byteCount = byteCount
        self.modified = modified
        self.extractorVersion = extractorVersion
        self.edgeCount = edgeCount
        self.evidenceCount = evidenceCount
        self.warnings = warnings
    }
}

/// A warning kept with its page (the store knows nothing of the readers'
/// types, so it keeps the place and the message).
public struct PageWarning: Sendable, Hashable, Codable {
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(line: Int? = nil, column: Int? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
