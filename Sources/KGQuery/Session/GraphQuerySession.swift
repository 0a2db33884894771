import Datalog
import KGGraph

/// Datalog over one graph: the graph's relations are declared for every
/// program, rules added in a session extend the program, and each answer
/// can be explained down to the sentences it rests on.
///
/// ```swift
/// let session = GraphQuerySession(graph: graph)
/// switch session.run(source: text, file: "Queries/unaddressed.dl") {
/// case .success(let run): for result in run.results { print(result.title, result.rows) }
/// case .failure(let failure): print(failure)   // file:line:column, the line, a caret
/// }
/// // A REPL keeps rules:
/// _ = session.extend(with: "resisted(d) :- confers_resistance_to(_, d).", file: "<repl:1>")
/// ```
///
/// Not safe to share between threads while rules are being added; a REPL
/// uses it from one thread.
public final class GraphQuerySession: @unchecked Sendable {
    public let graph: KnowledgeGraph
    public let relations: GraphRelations
    public let facts: GraphFactIndex
    /// Limits for every evaluation (a runaway recursive rule stops with a message).
    public var options = EvaluationOptions(timeLimit: 60, maxDerivedTuples: 50_000_000)
    private var kept = ProgramParts()

    public init(graph: KnowledgeGraph) {
        self.graph = graph
        // Sorted once for both (sorting is most of building them).
        let edges = EdgeOrder.sorted(graph)
        relations = GraphRelations(graph: graph, sortedEdges: edges)
        facts = GraphFactIndex(sortedEdges: edges)
    }

    /// Runs `source` with the session's rules: the answers to its queries
    /// and the tuples of its `.output` relations, in source order. When the
    /// program has neither, the relations it defines are shown.
    public func run(source: String, file: String, explanations: Bool = false) -> Result<QueryRun, QueryFailure> {
        var parts = kept
        if let diagnostics = parts.append(source, file: file) { return .failure(.program(DiagnosticList(diagnostics, sources: parts.sources))) }
        return evaluate(parts, explanations: explanations, showing: parts.programs.last!, file: file)
    }

    /// Adds rules and declarations to the session when they check with the
    /// rules already there; their queries (if any) are answered once.
    public func extend(with source: String, file: String) -> Result<QueryRun, QueryFailure> {
        var parts = kept
        if let diagnostics = parts.append(source, file: file) { return .failure(.program(DiagnosticList(diagnostics, sources: parts.sources))) }
        let result = evaluate(parts, explanations: false, showing: parts.programs.last!, file: file)
        if case .success = result { kept = parts.withoutQueries }
        return result
    }

    /// The session's rules and declarations (what `:schema` lists beside the graph's relations).
    public var program: Program { kept.merged }

    /// Every relation the session knows: the graph's and those its rules declare.
    public var relationSignatures: [RelationSignature] {
        let declared = kept.merged.relations.map { declaration in
            RelationSignature(name: declaration.name, columnNames: declaration.attributes.map(\.name),
                              columnTypes: declaration.attributes.map { PrimitiveType(rawValue: $0.type) ?? .symbol },
                              location: declaration.location)
        }
        return (Array(relations.signatures.values) + declared).sorted { $0.name < $1.name }
    }

    private func evaluate(_ parts: ProgramParts, explanations: Bool, showing shown: Program, file: String) -> Result<QueryRun, QueryFailure> {
        let checker = ProgramChecker(hostRelations: Array(relations.signatures.values))
        let checked: CheckedProgram
        switch checker.check(parts.merged, sources: parts.sources) {
        case .failure(let diagnostics): return .failure(.program(diagnostics))
        case .success(let program): checked = program
        }
        var options = self.options
        options.explanations = explanations
        let program = DatalogProgram(checked: checked, source: parts.sources.values.joined(separator: "\n"))
        let wanted = Self.usedGraphRelations(in: checked)
        let inputs = relations.rows.filter { wanted.contains($0.key) }
        do {
            let evaluation = try program.evaluate(inputs: inputs, options: options)
            let warnings = DiagnosticList(checked.warnings.filter { $0.location.file == file }, sources: parts.sources)
            return .success(QueryRun(evaluation: evaluation, results: results(of: evaluation, showing: shown), warnings: warnings, session: self))
        } catch {
            return .failure(.evaluation(error))
        }
    }

    /// Only the graph relations a program reads are loaded: a query about
    /// `addresses` does not pay for interning every sentence.
    static func usedGraphRelations(in checked: CheckedProgram) -> Set<String> {
        var used: Set<String> = []
        func visit(_ literals: [Literal]) {
            for literal in literals {
                switch literal.kind {
                case .atom(let atom), .negated(let atom): used.insert(atom.relation)
                case .disjunction(let alternatives): alternatives.forEach(visit)
                case .comparison(_, let left, let right): visit(term: left); visit(term: right)
                }
            }
        }
        func visit(term: Term) {
            switch term.kind {
            case .aggregate(let aggregate): visit(aggregate.body)
            case .binary(_, let a, let b): visit(term: a); visit(term: b)
            case .negate(let a): visit(term: a)
            case .functor(_, let arguments): arguments.forEach(visit(term:))
            default: break
            }
        }
        for rule in checked.program.rules { used.insert(rule.head.relation); visit(rule.body) }
        for query in checked.program.queries { used.insert(query.atom.relation) }
        for directive in checked.program.directives { used.formUnion(directive.relations) }
        return used
    }

    /// The tables to show: each query's answers, each `.output` relation;
    /// or, for a program with neither, each relation its rules define.
    private func results(of evaluation: Evaluation, showing shown: Program) -> [QueryResult] {
        var out: [QueryResult] = []
        for query in shown.queries {
            let columns = query.atom.arguments.map(Self.columnName)
            out.append(QueryResult(title: "?- " + Self.render(query.atom), relation: query.atom.relation,
                                   columns: columns, rows: evaluation.answers(to: query)))
        }
        var outputs = shown.directives.filter { $0.kind == .output }.flatMap(\.relations)
        if shown.queries.isEmpty && outputs.isEmpty {
            var seen: Set<String> = []
            outputs = shown.rules.map(\.head.relation).filter { seen.insert($0).inserted }
        }
        let infos = Dictionary(evaluation.relations.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for name in outputs {
            guard let info = infos[name] else { continue }
            out.append(QueryResult(title: name, relation: name, columns: info.columnNames, rows: evaluation.tuples(name) ?? []))
        }
        return out
    }

    static func columnName(_ term: Term) -> String {
        switch term.kind {
        case .variable(let name): name
        case .anonymous: "_"
        case .string(let text): "\"\(text)\""
        case .number(let n): String(n)
        case .float(let d): String(d)
        default: "expr"
        }
    }

    static func render(_ atom: Atom) -> String { "\(atom.relation)(\(atom.arguments.map(columnName).joined(separator: ", ")))" }
}
