/// Checks a parsed program and resolves what the evaluator needs: each
/// relation's column types and the strata in evaluation order.
///
/// ```swift
/// let (program, syntax) = DatalogParser.parse(text, file: "q.dl")
/// let checker = ProgramChecker(hostRelations: [
///     RelationSignature(name: "inhibits", columnNames: ["s", "o"], columnTypes: [.symbol, .symbol], location: nil),
/// ])
/// switch checker.check(program, sources: ["q.dl": text]) {
/// case .success(let checked): evaluate(checked)        // checked.warnings may be non-empty
/// case .failure(let list): print(list)                  // every error of the program, rendered
/// }
/// // or, parsing included: checker.check(source: text, file: "q.dl")
/// ```
///
/// The checks: declarations (duplicate, unknown type with did-you-mean,
/// subtypes and aliases resolved to `symbol`/`number`/`float`), every atom
/// names a declared or host relation with the right arity, types of
/// columns, comparisons, arithmetic and functor arguments, groundedness
/// (every variable of a head, a negation, a comparison or a functor bound
/// by a positive atom or by `x = expression`), facts without variables,
/// directives naming declared relations, and stratification (no relation
/// depends on its own negation or aggregate; the cycle is named).
///
/// Host relations (the graph's, when a query runs against it) need no
/// `.decl`; a `.decl` of one with the same columns is accepted, with other
/// columns it is an error, and `.input` of one is an error.
///
/// `.input` of a relation that also has rules is accepted, as in Soufflé:
/// the facts read are added and the rules derive more.
///
/// Warnings (a variable occurring once, a relation declared and never used,
/// a relation read but never filled) do not fail the check; they are in
/// `CheckedProgram.warnings` and in the `DiagnosticList` of a failure.
public struct ProgramChecker: Sendable {
    public var hostRelations: [RelationSignature]

    public init(hostRelations: [RelationSignature] = []) {
        self.hostRelations = hostRelations
    }

    /// The checked program, or every diagnostic (errors and warnings) with
    /// the sources needed to render them.
    public func check(_ program: Program, sources: [String: String]) -> Result<CheckedProgram, DiagnosticList> {
        var checker = Checker(program: program, hostRelations: hostRelations)
        let strata = checker.run()
        let list = DiagnosticList(checker.diagnostics, sources: sources)
        guard !list.hasErrors else { return .failure(list) }
        var checked = CheckedProgram(program: program, relations: checker.resolvedSignatures(), strata: strata)
        checked.warnings = list.warnings
        return .success(checked)
    }

    /// Parses and checks `source`: syntax errors and check errors are
    /// reported together (the checks run on the statements that parsed).
    /// After a syntax error the checks' warnings are left out: a statement
    /// lost to the error could be what makes a relation used or filled.
    public func check(source: String, file: String) -> Result<CheckedProgram, DiagnosticList> {
        check(files: [(file, source)])
    }

    /// As `check(source:file:)` for a program spread over several files,
    /// read in order as one text (a library of rules, then a query).
    public func check(files: [(name: String, text: String)]) -> Result<CheckedProgram, DiagnosticList> {
        var program = Program()
        var syntax: [Diagnostic] = []
        var sources: [String: String] = [:]
        for file in files {
            let parsed = DatalogParser.parse(file.text, file: file.name)
            program.append(contentsOf: parsed.program)
            syntax += parsed.diagnostics
            sources[file.name] = file.text
        }
        let result = check(program, sources: sources)
        guard syntax.contains(where: \.isError) else { return result }
        var list = DiagnosticList(syntax, sources: sources)
        if case .failure(let checks) = result { list.append(contentsOf: checks.errors) }
        return .failure(list)
    }
}
