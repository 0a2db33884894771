import ArgumentParser
import Datalog
import Foundation

/// `kg datalog PROGRAM.dl [-F FACTS_DIR] [-D OUTPUT_DIR|-]`: runs a standalone
/// Datalog program as `souffle -F DIR -D DIR program.dl` does.
struct DatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datalog",
        abstract: "Run a standalone Datalog program, as 'souffle -F DIR -D DIR' does.",
        discussion: """
            The program is in Soufflé's language. Each '.input r' reads r.facts \
            (tab-separated, one tuple per line; the 'filename' and 'delimiter' \
            parameters are honoured) from the facts directory; each '.output r' \
            writes r.csv (tab-separated, sorted) to the output directory, or to \
            standard output with '-D -'; '.printsize r' prints 'r<TAB>size'; a \
            query '?- r(x, "a").' prints the matching tuples.

            Errors in the program are all reported, with file, line and column, \
            before anything runs. A malformed facts line is reported as \
            file:line:column. Every error makes the command exit with status 1.

            Examples:
              kg datalog paths.dl -F data -D out
              kg datalog paths.dl -F data -D -
              kg datalog runaway.dl --timeout 5 --max-tuples 1000000
            """
    )

    @Argument(help: ArgumentHelp("The Datalog program to run.", valueName: "program.dl"))
    var program: String

    @Option(name: [.customShort("F"), .customLong("facts")],
            help: ArgumentHelp("Directory of the .facts files read by '.input'.", valueName: "dir"))
    var facts: String = "."

    @Option(name: [.customShort("D"), .customLong("output")],
            help: ArgumentHelp("Directory for the .csv files written by '.output'; '-' for standard output.",
                               valueName: "dir"))
    var output: String = "."

    @Option(name: .long, help: ArgumentHelp("Stop evaluation after this many seconds.", valueName: "seconds"))
    var timeout: Double?

    @Option(name: .long, help: ArgumentHelp("Stop evaluation after deriving this many tuples.", valueName: "n"))
    var maxTuples: Int?

    @Flag(name: .long, help: "Record each tuple's rule and height (what explanations need), to measure its cost.")
    var provenance = false

    func validate() throws {
        if let timeout, timeout <= 0 { throw ValidationError("--timeout must be a positive number of seconds") }
        if let maxTuples, maxTuples <= 0 { throw ValidationError("--max-tuples must be positive") }
    }

    func run() throws {
        let text: String
        do {
            text = try String(contentsOfFile: program, encoding: .utf8)
        } catch {
            printError("error: cannot read program '\(program)': \(describe(error))")
            throw ExitCode.failure
        }
        let loaded: DatalogProgram
        switch DatalogProgram.load(text, file: program) {
        case .failure(let diagnostics):
            printError(diagnostics.description)
            throw ExitCode.failure
        case .success(let p):
            loaded = p
        }
        if !loaded.checked.warnings.isEmpty {
            printError(DiagnosticList(loaded.checked.warnings, sources: [program: text]).description)
        }
        let run = StandaloneRun(
            factsDirectory: facts,
            outputDirectory: output == "-" ? nil : output,
            options: EvaluationOptions(timeLimit: timeout, maxDerivedTuples: maxTuples, explanations: provenance))
        do {
            try run.run(loaded)
        } catch {
            printError(error.description)
            throw ExitCode.failure
        }
    }

    private func describe(_ error: Error) -> String {
        if let error = error as? CocoaError, error.code == .fileReadNoSuchFile { return "no such file" }
        return error.localizedDescription
    }

    private func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
