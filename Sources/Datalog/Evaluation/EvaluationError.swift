/// Why an evaluation did not finish. These are the user's errors (a
/// runaway program, a bad facts file), with messages meant for them.
///
/// ```swift
/// do { _ = try program.evaluate(options: .init(maxDerivedTuples: 1_000)) }
/// catch let error as EvaluationError { print(error) }
/// // evaluation stopped: more than 1000 derived tuples; relation 'p' kept growing (1001 tuples)
/// ```
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The cap on derived tuples was passed while inserting into `relation`.
    case tooManyTuples(limit: Int, relation: String, size: Int)
    /// The deadline passed while `relation` was being derived.
    case deadlineExceeded(seconds: Double, relation: String, size: Int)
    /// Input that does not fit a relation: wrong arity, a value of the wrong type.
    case invalidInput(relation: String, message: String)
    /// A facts file that cannot be read or parsed (`file:line:column`).
    case facts(location: SourceLocation, message: String)
    /// A facts file that does not exist or cannot be read.
    case cannotRead(path: String, message: String)
    /// An output file that cannot be written.
    case cannotWrite(path: String, message: String)
    /// A program the planner cannot compile although it passed the checks.
    case unsupported(location: SourceLocation, message: String)

    public var description: String {
        switch self {
        case .tooManyTuples(let limit, let relation, let size):
            "evaluation stopped: more than \(limit) derived tuples; relation '\(relation)' kept growing (\(size) tuples)"
        case .deadlineExceeded(let seconds, let relation, let size):
            "evaluation stopped: deadline of \(seconds) s passed; relation '\(relation)' was growing (\(size) tuples)"
        case .invalidInput(let relation, let message):
            "error: input relation '\(relation)': \(message)"
        case .facts(let location, let message):
            "\(location): error: \(message)"
        case .cannotRead(let path, let message):
            "error: cannot read facts file '\(path)': \(message)"
        case .cannotWrite(let path, let message):
            "error: cannot write '\(path)': \(message)"
        case .unsupported(let location, let message):
            "\(location): error: \(message)"
        }
    }
}
