import KGGraph

/// One thing the lexicon knows: a canonical id of one kind, with every
/// surface name it may be written under.
///
/// ```swift
/// let entry = LexiconEntry(kind: .drug, canonical: "venetoclax",
///                          names: [.init(text: "Venclexta", role: .brand), .init(text: "ABT-199", role: .code)])
/// ```
public struct LexiconEntry: Sendable, Hashable {
    public var kind: NodeKind
    /// The canonical id of the schema (lower-case INN, HGNC symbol, ...).
    public var canonical: String
    public var names: [Name]
    /// Classes the entry belongs to (`class:` fields), as written.
    public var classes: [String]
    /// Targets (`target:` fields): genes a drug acts on.
    public var targets: [String]
    /// Where the entry was read, for messages.
    public var file: String
    public var line: Int

    public init(kind: NodeKind, canonical: String, names: [Name] = [], classes: [String] = [], targets: [String] = [],
                file: String = "", line: Int = 0) {
        self.kind = kind
        self.canonical = canonical
        self.names = names
        self.classes = classes
        self.targets = targets
        self.file = file
        self.line = line
    }

    /// A surface name and what kind of name it is.
    public struct Name: Sendable, Hashable {
        public var text: String
        public var role: Role

        public init(text: String, role: Role = .synonym) {
            self.text = text
            self.role = role
        }
    }

    /// What a name is. `abbreviation` and `exact` names match only as
    /// written (case-sensitive), so that `ALL` is not the word "all".
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case synonym, brand, code, abbreviation = "abbr", exact
    }
}
