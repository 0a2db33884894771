import Datalog

/// One table of answers: a query's matching tuples, or an `.output`
/// relation's tuples.
public struct QueryResult: Sendable, Hashable {
    /// `?- addresses(C, M)` for a query, the relation's name for an output.
    public var title: String
    /// The relation the tuples belong to.
    public var relation: String
    /// Column names: the query's variables (or constants) as written, or the relation's declared columns.
    public var columns: [String]
    public var rows: [[Value]]

    public init(title: String, relation: String, columns: [String], rows: [[Value]]) {
        self.title = title
        self.relation = relation
        self.columns = columns
        self.rows = rows
    }
}

/// Why a program gave no answers: errors in its text (with file, line,
/// column and a caret), or an evaluation that stopped.
public enum QueryFailure: Error, Sendable, CustomStringConvertible {
    case program(DiagnosticList)
    case evaluation(EvaluationError)

    public var description: String {
        switch self {
        case .program(let list): list.description
        case .evaluation(let error): error.description
        }
    }
}
