import Datalog
import Foundation

// kg-bench-datalog: the Datalog workloads of shared/bench, each as whole-process
// runs of this engine (this executable in child mode, which is what
// `kg datalog` runs), median of N, beside the SQLite and DuckDB peers run on the
// same data in the same session. Prints wall time, peak RSS and result counts,
// the ratios, and the cost of recording provenance (explanations on vs off).
//
//   swift run -c release kg-bench-datalog [--data DIR] [--bench DIR] [--runs 3]
//       [--peer-runs 1] [--only tc,neg,kg] [--no-peers]

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "--child" {
    exit(runChild(Array(arguments.dropFirst())))
}

var options = BenchmarkOptions()
do {
    options = try BenchmarkOptions(parsing: arguments)
} catch {
    FileHandle.standardError.write(Data("kg-bench-datalog: \(error)\n\(BenchmarkOptions.usage)\n".utf8))
    exit(2)
}
exit(runBenchmark(options))
