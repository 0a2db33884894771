/// A program that passed every check: its relations' resolved column types
/// and its strata in evaluation order. This is what the planner reads; the
/// checks build it (see `ProgramChecker`).
public struct CheckedProgram: Sendable {
    public var program: Program
    /// Every relation, declared or built in, by name.
    public var relations: [String: RelationSignature]
    /// Strata in dependency order: a stratum only reads relations of earlier
    /// strata negatively or through aggregates.
    public var strata: [Stratum]
    /// Warnings the checks found (they do not stop a program from running).
    public var warnings: [Diagnostic] = []

    public init(program: Program, relations: [String: RelationSignature], strata: [Stratum]) {
        self.program = program
        self.relations = relations
        self.strata = strata
    }
}

/// The three primitive types every declared type resolves to.
public enum PrimitiveType: String, Sendable, Hashable, CaseIterable {
    case symbol, number, float
}

/// A relation's name, column names and resolved column types.
public struct RelationSignature: Sendable, Hashable {
    public var name: String
    public var columnNames: [String]
    public var columnTypes: [PrimitiveType]
    /// Where it was declared (`nil` for relations supplied by the host).
    public var location: SourceLocation?

    public init(name: String, columnNames: [String], columnTypes: [PrimitiveType], location: SourceLocation?) {
        self.name = name
        self.columnNames = columnNames
        self.columnTypes = columnTypes
        self.location = location
    }

    public var arity: Int { columnTypes.count }
}

/// One stratum: relations defined together, and the rules that define them.
public struct Stratum: Sendable, Hashable {
    /// Relations whose rules belong to this stratum.
    public var relations: [String]
    /// Indices into `program.rules` of the rules (and facts) with a head in this stratum.
    public var ruleIndices: [Int]
    /// True when a rule reads a relation of the same stratum (semi-naive evaluation needed).
    public var isRecursive: Bool

    public init(relations: [String], ruleIndices: [Int], isRecursive: Bool) {
        self.relations = relations
        self.ruleIndices = ruleIndices
        self.isRecursive = isRecursive
    }
}
