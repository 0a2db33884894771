/// The state of one run of the checks: what is resolved so far and the
/// diagnostics found. The checks themselves are in extensions, one file per
/// concern (`Checker+Declarations`, `+Atoms`, `+Types`, `+Groundedness`,
/// `+Usage`, `Stratifier`).
struct Checker {
    /// A relation as the checks know it; a column type is `nil` when its
    /// declared type is unknown (already reported), so that no mismatch is
    /// reported against it.
    struct RelationInfo {
        var name: String
        var columnNames: [String]
        var columnTypes: [PrimitiveType?]
        var location: SourceLocation?
        var isHost: Bool
        var arity: Int { columnTypes.count }
    }

    let program: Program
    let hostRelations: [RelationSignature]
    var diagnostics: [Diagnostic] = []
    /// Declared types resolved to primitives (`nil`: unresolvable, reported).
    var types: [String: PrimitiveType?] = [:]
    var relations: [String: RelationInfo] = [:]
    /// Relations offered as "did you mean" for a misspelt name: the typo is
    /// the error, so they are not also reported as never used.
    var suggestedRelations: Set<String> = []

    init(program: Program, hostRelations: [RelationSignature]) {
        self.program = program
        self.hostRelations = hostRelations
    }

    /// Runs every check and returns the strata (meaningful only without errors).
    mutating func run() -> [Stratum] {
        resolveTypes()
        declareRelations()
        checkDirectives()
        for rule in program.rules {
            checkAtoms(of: rule)
            checkTypes(of: rule)
            checkGroundedness(of: rule)
        }
        for query in program.queries { checkQuery(query) }
        warnAboutUsage()
        var stratifier = Stratifier(program: program, relations: Set(relations.keys))
        let strata = stratifier.stratify()
        diagnostics += stratifier.diagnostics
        return strata
    }

    mutating func error(_ message: String, at location: SourceLocation, hint: String? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(message, at: location, hint: hint, notes: notes))
    }

    mutating func warning(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(.warning(message, at: location, hint: hint))
    }

    /// Signatures for `CheckedProgram` (called only when there are no errors).
    func resolvedSignatures() -> [String: RelationSignature] {
        relations.mapValues {
            RelationSignature(name: $0.name, columnNames: $0.columnNames,
                              columnTypes: $0.columnTypes.map { $0 ?? .symbol }, location: $0.location)
        }
    }
}
