import Datalog
import Foundation

struct BenchmarkOptions {
    var data = "bench-data"
    var bench = "../shared/bench"
    var runs = 3
    var peerRuns = 1
    var only: Set<String> = []
    var peers = true

    static let usage = """
        usage: kg-bench-datalog [--data DIR] [--bench DIR] [--runs N] [--peer-runs N] [--only tc,neg,kg] [--no-peers]
          --data DIR       fact directories g1k, g2k, kgS, kgL (generated with gen_graph.py if missing; default bench-data)
          --bench DIR      the shared bench folder with programs/, peers/, gen_graph.py (default ../shared/bench, beside the package)
          --runs N         runs of this engine per workload, median reported (default 3)
          --peer-runs N    runs of each peer per workload (default 1)
        """

    init() {}

    init(parsing arguments: [String]) throws {
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < arguments.count else { throw BenchmarkError("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--data": data = try value()
            case "--bench": bench = try value()
            case "--runs": runs = Int(try value()) ?? 3
            case "--peer-runs": peerRuns = Int(try value()) ?? 1
            case "--only": only = Set(try value().split(separator: ",").map(String.init))
            case "--no-peers": peers = false
            case "-h", "--help": print(Self.usage); exit(0)
            default: throw BenchmarkError("unknown argument '\(arguments[i])'")
            }
            i += 1
        }
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

struct Workload {
    var program: String
    var data: String
    var expected: Int
    var generate: [String]
}

let workloads = [
    Workload(program: "tc", data: "g1k", expected: 965_306,
             generate: ["graph", "--nodes", "1000", "--edges", "4000", "--seed", "1"]),
    Workload(program: "tc", data: "g2k", expected: 3_808_353,
             generate: ["graph", "--nodes", "2000", "--edges", "8000", "--seed", "1"]),
    Workload(program: "neg", data: "g2k", expected: 183_137,
             generate: ["graph", "--nodes", "2000", "--edges", "8000", "--seed", "1"]),
    Workload(program: "kg", data: "kgS", expected: 5_504,
             generate: ["kg", "--drugs", "5000", "--genes", "10000", "--pathways", "300", "--combos", "100000", "--seed", "1"]),
    Workload(program: "kg", data: "kgL", expected: 14_065,
             generate: ["kg", "--drugs", "20000", "--genes", "20000", "--pathways", "500", "--combos", "400000", "--seed", "1"]),
]

/// Child mode: `--child PROGRAM FACTS_DIR [--provenance]` runs the program as
/// `kg datalog PROGRAM -F FACTS_DIR -D -` does.
func runChild(_ arguments: [String]) -> Int32 {
    guard arguments.count >= 2, let text = try? String(contentsOfFile: arguments[0], encoding: .utf8) else {
        FileHandle.standardError.write(Data("child: cannot read program\n".utf8))
        return 2
    }
    switch DatalogProgram.load(text, file: arguments[0]) {
    case .failure(let diagnostics):
        FileHandle.standardError.write(Data((diagnostics.description + "\n").utf8))
        return 1
    case .success(let program):
        let options = EvaluationOptions(explanations: arguments.contains("--provenance"))
        do {
            try StandaloneRun(factsDirectory: arguments[1], outputDirectory: nil, options: options).run(program)
            return 0
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return 1
        }
    }
}

/// The last number printed (the result count of every engine's output).
func resultCount(_ output: String) -> Int? {
    output.split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == " " }).reversed().lazy.compactMap { Int($0) }.first
}

func runBenchmark(_ options: BenchmarkOptions) -> Int32 {
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    let programs = (options.bench as NSString).appendingPathComponent("programs")
    var failures = 0
    print("kg-bench-datalog: median of \(options.runs) whole-process runs for kg (with and without provenance in turn), \(options.peerRuns) per peer; one core each")
    print("wall seconds (cpu seconds of the process in brackets), peak RSS of the process")
    print("workload     result     kg s  (cpu)  kg MiB  +prov s  prov%   sqlite s  (cpu)  MiB   duckdb s  (cpu)  MiB   sqlite/kg  duckdb/kg")
    for w in workloads where options.only.isEmpty || options.only.contains(w.program) {
        let dir = (options.data as NSString).appendingPathComponent(w.data)
        if !FileManager.default.fileExists(atPath: dir) {
            let generator = (options.bench as NSString).appendingPathComponent("gen_graph.py")
            let made = measure(["python3", generator] + w.generate + ["--out", dir])
            if made.status != 0 { print("\(w.program) \(w.data): cannot generate data in \(dir)"); failures += 1; continue }
        }
        let program = (programs as NSString).appendingPathComponent("\(w.program).dl")
        let both = medians(options.runs, [[me, "--child", program, dir], [me, "--child", program, dir, "--provenance"]])
        let (kg, prov) = (both[0], both[1])
        let name = "\(w.program) \(w.data)".padding(toLength: 10, withPad: " ", startingAt: 0)
        let count = String(resultCount(kg.output) ?? -1)
        var line = name + String(repeating: " ", count: max(0, 9 - count.count)) + count
            + String(format: " %8.2f (%4.2f) %7.1f %8.2f %5.1f%%", kg.seconds, kg.cpu, kg.peakMiB, prov.seconds,
                     (prov.seconds / kg.seconds - 1) * 100)
        if kg.status != 0 || resultCount(kg.output) != w.expected || resultCount(prov.output) != w.expected {
            line += "  WRONG (expected \(w.expected), status \(kg.status))"
            failures += 1
        }
        if options.peers {
            let sqlite = median(options.peerRuns, [(options.bench as NSString).appendingPathComponent("peers/sqlite.sh"), w.program, dir])
            let duck = median(options.peerRuns, ["python3", (options.bench as NSString).appendingPathComponent("peers/duckdb_peer.py"), w.program, dir])
            line += String(format: "   %8.2f (%5.2f) %5.0f  %8.2f (%4.2f) %5.0f   %8.1fx %9.1fx", sqlite.seconds, sqlite.cpu,
                           sqlite.peakMiB, duck.seconds, duck.cpu, duck.peakMiB, sqlite.seconds / kg.seconds, duck.seconds / kg.seconds)
            for (name, m) in [("sqlite", sqlite), ("duckdb", duck)] where m.status != 0 || resultCount(m.output) != w.expected {
                line += "  [\(name): status \(m.status), result \(resultCount(m.output) ?? -1)]"
            }
        }
        print(line)
        fflush(nil)  // all streams: `stdout` itself is not usable under Swift 6
    }
    print(replFigure())
    return failures == 0 ? 0 : 1
}

/// What the REPL pays after each new rule: load and evaluate a small
/// program (reachability, a negation, an aggregate) over 3,000 host facts.
func replFigure() -> String {
    let host = [RelationSignature(name: "inhibits", columnNames: ["s", "o"], columnTypes: [.symbol, .symbol], location: nil)]
    let text = """
        .decl reach(a: symbol, b: symbol)
        reach(a, b) :- inhibits(a, b).
        reach(a, c) :- reach(a, b), inhibits(b, c), a != c.
        .decl hub(a: symbol, n: number)
        hub(a, n) :- inhibits(a, _), n = count : { inhibits(a, _) }, n > 1.
        .decl leaf(a: symbol)
        leaf(b) :- inhibits(_, b), !hub(b, _).
        """
    let facts: [[Value]] = (0..<3000).map { i in [.symbol("n\(i % 1000)"), .symbol("n\((i * 7 + 13) % 1000 + (i % 3 == 0 ? 0 : 1000))")] }
    var times: [Double] = []
    var loads: [Double] = []
    var size = 0
    for _ in 0..<21 {
        let start = DispatchTime.now().uptimeNanoseconds
        guard case .success(let program) = DatalogProgram.load(text, file: "<repl>", hostRelations: host) else {
            return "repl: program failed"
        }
        let loaded = DispatchTime.now().uptimeNanoseconds
        guard let result = try? program.evaluate(inputs: ["inhibits": facts]) else { return "repl: evaluation failed" }
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        loads.append(Double(loaded - start) / 1e6)
        size = (result.size(of: "reach") ?? 0) + (result.size(of: "hub") ?? 0) + (result.size(of: "leaf") ?? 0)
    }
    times.sort()
    loads.sort()
    return String(format: "repl: load + evaluate 3 rules over 3,000 facts (%d tuples derived): median %.2f ms (load %.2f ms), max %.2f ms",
                  size, times[10], loads[10], times[20])
}
