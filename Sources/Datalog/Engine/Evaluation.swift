import Foundation

/// The result of evaluating a program: every relation's tuples, the answers
/// to its queries, and (with `EvaluationOptions.explanations`) why each
/// derived tuple holds.
///
/// ```swift
/// let result = try program.evaluate(inputs: ["edge": [[.number(1), .number(2)]]])
/// result.size(of: "path")                      // 1
/// result.tuples("path")                        // [[.number(1), .number(2)]]
/// result.relations.map(\.name)                 // ["edge", "path"]
/// result.explain("path", [.number(1), .number(2)])?.rendered()
/// ```
///
/// Immutable once returned, so it may be shared between threads
/// (explanations take a lock: they may build an index).
public final class Evaluation: @unchecked Sendable {
    public let program: DatalogProgram
    public let options: EvaluationOptions
    let database = Database()
    private(set) var evaluator: StratumEvaluator!
    let lock = NSLock()
    private var explainer: Explainer?

    init(program: DatalogProgram, options: EvaluationOptions) {
        self.program = program
        self.options = options
        for signature in program.checked.relations.values.sorted(by: { $0.name < $1.name }) where !isBuiltIn(signature) {
            database.relation(for: signature)
        }
    }

    /// `contains` and `match` are constraints, not relations, unless the program declares them.
    private func isBuiltIn(_ signature: RelationSignature) -> Bool {
        (signature.name == "contains" || signature.name == "match") && signature.location == nil
    }

    func run() throws(EvaluationError) {
        evaluator = StratumEvaluator(program: program.checked, database: database, options: options)
        try evaluator.run()
    }

    /// Every relation: name, arity, column types and number of tuples, by name.
    public var relations: [RelationInfo] {
        database.relations.values.map {
            RelationInfo(name: $0.name, columnNames: $0.signature.columnNames, columnTypes: $0.signature.columnTypes, size: $0.count)
        }.sorted { $0.name < $1.name }
    }

    /// Number of tuples of `relation`, or nil if there is no such relation.
    public func size(of relation: String) -> Int? { database.relations[relation]?.count }

    /// The tuples of `relation`, sorted (numbers numerically, symbols by text); nil if there is no such relation.
    public func tuples(_ relation: String) -> [[Value]]? {
        database.relations[relation].map { database.values(of: $0) }
    }

    /// Whether `relation` holds `tuple`.
    public func contains(_ relation: String, _ tuple: [Value]) -> Bool {
        guard let r = database.relations[relation], let cells = encode(tuple, for: r) else { return false }
        return cells.withUnsafeBufferPointer { r.store.pointee.contains($0.baseAddress!) }
    }

    /// The tuples of the query's relation that match its constants (and
    /// repeated variables), sorted.
    public func answers(to query: Query) -> [[Value]] {
        guard let rows = tuples(query.atom.relation) else { return [] }
        return rows.filter { row in
            var seen: [String: Value] = [:]
            for (i, term) in query.atom.arguments.enumerated() where i < row.count {
                switch term.kind {
                case .variable(let v):
                    if let previous = seen[v], previous != row[i] { return false }
                    seen[v] = row[i]
                case .string(let s): if row[i] != .symbol(s) { return false }
                case .number(let n): if row[i] != .number(n) && row[i] != .float(Double(n)) { return false }
                case .float(let d): if row[i] != .float(d) { return false }
                default: break
                }
            }
            return true
        }
    }

    /// The answers to each of the program's `?-` queries, in source order.
    public var queryAnswers: [(query: Query, answers: [[Value]])] {
        program.checked.program.queries.map { ($0, answers(to: $0)) }
    }

    /// Why `relation` holds `tuple`: its derivation tree down to input
    /// facts, or nil if the tuple is not in the relation. Needs an evaluation
    /// with `EvaluationOptions.explanations` (without it every tuple reads as
    /// an input fact). `depthLimit` cuts very deep trees (a long recursive
    /// chain): below it, steps come without premises.
    public func explain(_ relation: String, _ tuple: [Value], depthLimit: Int = 1_000) -> Derivation? {
        guard let r = database.relations[relation], let cells = encode(tuple, for: r) else { return nil }
        let row = cells.withUnsafeBufferPointer { r.store.pointee.find($0.baseAddress!) }
        guard row >= 0 else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if explainer == nil {
            explainer = Explainer(database: database, clauses: evaluator.clauses, rules: program.checked.program.rules)
        }
        return explainer!.explain(r, row: row, depthLimit: depthLimit)
    }

    /// Cells for host values, or nil if they do not fit the relation.
    func encode(_ tuple: [Value], for relation: Relation) -> [UInt64]? {
        let types = relation.signature.columnTypes
        guard tuple.count == types.count else { return nil }
        var cells: [UInt64] = []
        for (value, type) in zip(tuple, types) {
            switch (value, type) {
            case (.symbol(let s), .symbol):
                guard let id = database.symbols.lookup(s) else { return nil }
                cells.append(UInt64(id))
            case (.number(let n), .number): cells.append(UInt64(bitPattern: n))
            case (.float(let d), .float): cells.append(d.bitPattern)
            case (.number(let n), .float): cells.append(Double(n).bitPattern)
            default: return nil
            }
        }
        return cells
    }
}

/// A relation as listed by `Evaluation.relations`.
public struct RelationInfo: Sendable, Hashable {
    public var name: String
    public var columnNames: [String]
    public var columnTypes: [PrimitiveType]
    public var size: Int
    public var arity: Int { columnTypes.count }
}
