/// A place in a Datalog source: file, 1-based line and column (in Unicode
/// scalars). Every node of the syntax tree keeps one, so that a diagnostic
/// can quote the line and put a caret under the place.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
