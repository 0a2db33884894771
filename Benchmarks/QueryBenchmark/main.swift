// kg-bench-query: how fast the analyst's interface answers on a stored graph.
//
//   swift build -c release --product kg && swift run -c release kg-bench-query [Corpus] [--db PATH] [--repeat N] [--process-runs N]
//
// Prints, for the bundled corpus (built first when the store is missing):
// opening the stored graph, preparing the relations, running each Queries/
// program, a REPL-sized query typed into a session (median of N runs), and
// whole `kg query` / `kg stats` processes, wall time (median of N runs).
import Foundation
import KGBuild
import KGGraph
import KGQuery

/// `--name value` pairs and the remaining (corpus) arguments.
func parse(_ arguments: [String]) -> (options: [String: String], rest: [String]) {
    var options: [String: String] = [:], rest: [String] = []
    var index = 0
    while index < arguments.count {
        if arguments[index].hasPrefix("--"), index + 1 < arguments.count {
            options[arguments[index]] = arguments[index + 1]
            index += 2
        } else {
            rest.append(arguments[index])
            index += 1
        }
    }
    return (options, rest)
}
let (options, rest) = parse(Array(CommandLine.arguments.dropFirst()))
let database = options["--db"]
let repeats = Int(options["--repeat"] ?? "") ?? 200
let corpus = rest.isEmpty ? ["Corpus"] : rest

func milliseconds(_ start: DispatchTime) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6 }
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
func line(_ label: String, _ value: Double, _ extra: String = "") {
    print(label.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: "%9.2f ms", value) + (extra.isEmpty ? "" : "  " + extra))
}

let builder = GraphBuilder(BuildConfiguration(corpus: corpus, databasePath: database), reader: .documents)
do { _ = try builder.openGraph() } catch { print("cannot build the graph: \(error)"); exit(1) }

var start = DispatchTime.now()
let graph: KnowledgeGraph
do { graph = try builder.openGraph().graph } catch { print("cannot open the graph: \(error)"); exit(1) }
line("open the stored graph", milliseconds(start), "\(graph.nodes.count) nodes, \(graph.edges.count) edges")

start = DispatchTime.now()
let session = GraphQuerySession(graph: graph)
line("graph as relations (session)", milliseconds(start))

for name in ["resistance-combinations", "mechanism-of-action", "well-supported", "contradictions", "unaddressed"] {
    guard let text = try? String(contentsOfFile: "Queries/\(name).dl", encoding: .utf8) else { continue }
    var times: [Double] = []
    var answers = 0
    for _ in 0..<max(1, repeats / 10) {
        let start = DispatchTime.now()
        guard case .success(let run) = session.run(source: text, file: name) else { print("\(name): error"); exit(1) }
        times.append(milliseconds(start))
        answers = run.results.map(\.rows.count).reduce(0, +)
    }
    line("Queries/\(name).dl (median)", median(times), "\(answers) rows")
}

var times: [Double] = []
for _ in 0..<repeats {
    let start = DispatchTime.now()
    guard case .success = session.extend(with: #"confers_resistance_to(M, "clofarabine")?"#, file: "<repl>") else { exit(1) }
    times.append(milliseconds(start))
}
line("REPL query confers_resistance_to(M, ...)? (median)", median(times), "max \(String(format: "%.2f", times.max() ?? 0)) ms over \(repeats)")

// The whole process, as the issue measures it: `kg query` on the stored
// graph (fresh, so only checked), and `kg --version` for the cost of
// starting any Swift process on this machine.
let processRuns = Int(options["--process-runs"] ?? "") ?? 30
if let kg = WholeProcess.kg {
    // As the issue runs it: no --corpus unless one was given.
    var storeArguments = rest.flatMap { ["--corpus", $0] }
    if let database { storeArguments += ["--db", database] }
    let runs: [(String, [String])] = [
        ("kg query resistance-combinations", ["query", "Queries/resistance-combinations.dl", "--format", "tsv", "-q"] + storeArguments),
        ("kg stats", ["stats", "-q"] + storeArguments),
        ("kg --version (start only)", ["--version"]),
    ]
    for (label, arguments) in runs {
        switch WholeProcess.milliseconds(kg, arguments, runs: processRuns) {
        case .success(let times):
            line("process: \(label) (median)", median(times), String(format: "min %.2f, max %.2f ms over %d runs", times.min() ?? 0, times.max() ?? 0, processRuns))
        case .failure(let failure):
            print("\(label): \(failure.message)")
        }
    }
} else {
    print("whole-process times skipped: build kg beside this benchmark first (swift build -c release --product kg)")
}
