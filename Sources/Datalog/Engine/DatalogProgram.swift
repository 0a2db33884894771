/// A Datalog program that passed the checks, ready to evaluate.
///
/// ```swift
/// let text = """
///     .decl edge(x: number, y: number)
///     .decl path(x: number, y: number)
///     path(x, y) :- edge(x, y).
///     path(x, z) :- path(x, y), edge(y, z).
///     """
/// switch DatalogProgram.load(text, file: "paths.dl") {
/// case .failure(let diagnostics): print(diagnostics)
/// case .success(let program):
///     let result = try program.evaluate(inputs: ["edge": [[.number(1), .number(2)], [.number(2), .number(3)]]])
///     result.tuples("path")   // [[1, 2], [1, 3], [2, 3]]
/// }
/// ```
///
/// Host relations (the graph's relations, say) are passed as
/// `RelationSignature`s when loading: rules may use them without `.decl`.
public struct DatalogProgram: Sendable {
    public let checked: CheckedProgram
    /// The program's source text, when it was loaded from text (for quoting rules in explanations).
    public let source: String?

    /// A program already checked (e.g. built as an AST and run through `ProgramChecker`).
    public init(checked: CheckedProgram, source: String? = nil) {
        self.checked = checked
        self.source = source
    }

    /// Parses and checks `text`; every error of the program comes back in
    /// one `DiagnosticList` (print it: each diagnostic quotes its line).
    /// `hostRelations` are relations the caller fills (the graph's): rules
    /// may use them without a `.decl`.
    public static func load(_ text: String, file: String = "<program>",
                            hostRelations: [RelationSignature] = []) -> Result<DatalogProgram, DiagnosticList> {
        ProgramChecker(hostRelations: hostRelations).check(source: text, file: file).map {
            DatalogProgram(checked: $0, source: text)
        }
    }

    /// Checks a program built as a syntax tree (`sources` maps file names to
    /// text, for quoting lines in diagnostics).
    public static func load(_ program: Program, sources: [String: String] = [:],
                            hostRelations: [RelationSignature] = []) -> Result<DatalogProgram, DiagnosticList> {
        ProgramChecker(hostRelations: hostRelations).check(program, sources: sources).map {
            DatalogProgram(checked: $0, source: sources.count == 1 ? sources.values.first : nil)
        }
    }

    /// Every relation the program knows: name, column names and types.
    public var relations: [RelationSignature] {
        checked.relations.values.sorted { $0.name < $1.name }
    }

    /// Evaluates the program over `inputs` (rows per relation name; a
    /// relation may be an input and also have rules). Facts in the program
    /// and `.input` files already loaded by the caller are added to these.
    public func evaluate(inputs: [String: [[Value]]] = [:], options: EvaluationOptions = .init()) throws(EvaluationError) -> Evaluation {
        let evaluation = Evaluation(program: self, options: options)
        for (name, rows) in inputs.sorted(by: { $0.key < $1.key }) {
            guard let relation = evaluation.database.relations[name] else {
                throw .invalidInput(relation: name, message: "the program declares no such relation")
            }
            try evaluation.database.add(rows, to: relation)
        }
        try evaluation.run()
        return evaluation
    }

    /// As `evaluate(inputs:options:)`, with the rows of some relations
    /// filled by `load` (for instance from `.facts` files) before evaluation.
    public func evaluate(options: EvaluationOptions = .init(),
                         loading load: (InputLoader) throws(EvaluationError) -> Void) throws(EvaluationError) -> Evaluation {
        let evaluation = Evaluation(program: self, options: options)
        try load(InputLoader(database: evaluation.database))
        try evaluation.run()
        return evaluation
    }
}

/// Fills input relations before an evaluation (see `DatalogProgram.evaluate(options:loading:)`).
public struct InputLoader {
    let database: Database

    /// Adds host values to `relation`.
    public func add(_ rows: [[Value]], to relation: String) throws(EvaluationError) {
        guard let r = database.relations[relation] else {
            throw .invalidInput(relation: relation, message: "the program declares no such relation")
        }
        try database.add(rows, to: r)
    }

    /// Reads a tab-separated (or `delimiter`-separated) facts file into `relation`.
    public func read(_ path: String, into relation: String, delimiter: String = "\t") throws(EvaluationError) {
        guard let r = database.relations[relation] else {
            throw .invalidInput(relation: relation, message: "the program declares no such relation")
        }
        try FactReader(symbols: database.symbols).read(path: path, into: r, delimiter: delimiter)
    }
}
