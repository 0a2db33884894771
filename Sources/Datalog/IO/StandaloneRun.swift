import Foundation

/// Runs a program the way `souffle -F FACTS -D OUT program.dl` does: reads
/// each `.input` relation from `<name>.facts` (or its `filename=`) in the
/// facts directory, evaluates, writes each `.output` relation to
/// `<name>.csv` in the output directory (or to standard output), prints
/// `.printsize` sizes as `name<TAB>size`, and prints the answers of `?-`
/// queries.
///
/// ```swift
/// let run = StandaloneRun(factsDirectory: "data", outputDirectory: nil)
/// let result = try run.run(program)   // writes to standard output
/// ```
///
/// Soufflé's `-D -` layout is kept for output on standard output: each
/// relation between a `---------------` line with its name and `===============` lines.
public struct StandaloneRun: Sendable {
    public var factsDirectory: String
    /// nil: standard output.
    public var outputDirectory: String?
    public var options: EvaluationOptions

    public init(factsDirectory: String = ".", outputDirectory: String? = ".", options: EvaluationOptions = .init()) {
        self.factsDirectory = factsDirectory
        self.outputDirectory = outputDirectory
        self.options = options
    }

    @discardableResult
    public func run(_ program: DatalogProgram) throws(EvaluationError) -> Evaluation {
        try run(program, standardOutput: ByteSink())
    }

    /// As `run(_:)`, returning what would go to standard output instead of writing it.
    public func runCapturingOutput(_ program: DatalogProgram) throws(EvaluationError) -> (result: Evaluation, output: String) {
        let sink = ByteSink(capturing: ())
        let result = try run(program, standardOutput: sink)
        sink.flush()
        return (result, String(decoding: sink.captured, as: UTF8.self))
    }

    private func run(_ program: DatalogProgram, standardOutput stdout: ByteSink) throws(EvaluationError) -> Evaluation {
        let directives = program.checked.program.directives
        let result = try program.evaluate(options: options) { loader throws(EvaluationError) in
            for directive in directives where directive.kind == .input {
                for relation in directive.relations {
                    let file = directive.parameters["filename"] ?? "\(relation).facts"
                    let path = file.hasPrefix("/") ? file : (factsDirectory as NSString).appendingPathComponent(file)
                    try loader.read(path, into: relation, delimiter: directive.parameters["delimiter"] ?? "\t")
                }
            }
        }
        for directive in directives {
            switch directive.kind {
            case .input: break
            case .printsize:
                for name in directive.relations {
                    stdout.text("\(name)\t\(result.size(of: name) ?? 0)\n")
                }
            case .output:
                for name in directive.relations {
                    guard let relation = result.database.relations[name] else { continue }
                    let delimiter = directive.parameters["delimiter"] ?? "\t"
                    if let outputDirectory, directive.parameters["IO"] != "stdout" {
                        let file = directive.parameters["filename"] ?? "\(name).csv"
                        let path = file.hasPrefix("/") ? file : (outputDirectory as NSString).appendingPathComponent(file)
                        let sink = try ByteSink(path: path)
                        sink.writeRows(of: relation, database: result.database, delimiter: delimiter)
                        sink.flush()
                        if let failure = sink.failure { throw .cannotWrite(path: path, message: failure) }
                    } else {
                        stdout.text("---------------\n\(name)\n===============\n")
                        stdout.writeRows(of: relation, database: result.database, delimiter: delimiter)
                        stdout.text("===============\n")
                    }
                }
            }
        }
        for (query, answers) in result.queryAnswers {
            stdout.text("?- \(render(query.atom))\n")
            for row in answers { stdout.text(row.map(\.description).joined(separator: "\t") + "\n") }
            stdout.text("\(answers.count) answer\(answers.count == 1 ? "" : "s")\n")
        }
        stdout.flush()
        return result
    }
}
