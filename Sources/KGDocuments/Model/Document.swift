/// A page read from the corpus: its format, title, front matter and blocks.
///
/// Readers never throw for bad content: what they could not read well is a
/// ``DocumentWarning`` in `warnings`, and the rest of the page is still read.
///
/// ```swift
/// let document = try DocumentLoader().load(path: "Corpus/clofarabine-benchchem.md")
/// print(document.title ?? "untitled", document.format, document.blocks.count)
/// ```
public struct Document: Sendable, Hashable, Codable {
    /// The path as given (relative paths stay relative).
    public var path: String
    public var format: DocumentFormat
    public var title: String?
    /// Front-matter fields in file order, values read as text.
    public var frontMatter: [FrontMatterField]
    public var blocks: [Block]
    public var warnings: [DocumentWarning]

    public init(
        path: String, format: DocumentFormat, title: String?, frontMatter: [FrontMatterField],
        blocks: [Block], warnings: [DocumentWarning]
    ) {
        self.path = path
        self.format = format
        self.title = title
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.warnings = warnings
    }
}

/// The format a page was read as.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case html
    case markdown
    case text
}

/// One top-level front-matter field, its value as text (YAML 1.1 types are
/// not resolved: `yes` stays `yes`).
public struct FrontMatterField: Sendable, Hashable, Codable {
    public var key: String
    public var value: String
    public var line: Int

    public init(key: String, value: String, line: Int) {
        self.key = key
        self.value = value
        self.line = line
    }
}

/// Something a reader could not read well, located in the page.
public struct DocumentWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: warning: message`, as compilers print it.
    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): warning: \(message)"
    }
}
