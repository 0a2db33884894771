import Datalog
import Foundation

struct BenchmarkOptions {
    var data = "bench-data"
    var bench = "/work/shared/bench"
    var runs = 3
    var peerRuns = 1
    var only: Set<String> = []
    var peers = true

    static let usage = """
        usage: kg-bench-datalog [--data DIR] [--bench DIR] [--runs N] [--peer-runs N] [--only tc,neg,kg] [--no-peers]
          --data DIR       fact directories g1k, g2k, kgS, kgL (generated with gen_graph.py if missing; default bench-data)
          --bench DIR      the shared bench folder with programs/, peers/, gen_graph.py (default /work/shared/bench)
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
    print("kg-bench-datalog: median of \(options.runs) whole-process runs for kg, \(options.peerRuns) per peer; one core each")
    print("workload     result     kg s   kg MiB  +prov s  prov%   sqlite s  MiB   duckdb s  MiB   sqlite/kg  duckdb/kg")
    for w in workloads where options.only.isEmpty || options.only.contains(w.program) {
        let dir = (options.data as NSString).appendingPathComponent(w.data)
        if !FileManager.default.fileExists(atPath: dir) {
            let generator = (options.bench as NSString).appendingPathComponent("gen_graph.py")
            let made = measure(["python3", generator] + w.generate + ["--out", dir])
            if made.status != 0 { print("\(w.program) \(w.data): cannot generate data in \(dir)"); failures += 1; continue }
        }
        let program = (programs as NSString).appendingPathComponent("\(w.program).dl")
        let kg = median(options.runs, [me, "--child", program, dir])
        let prov = median(options.runs, [me, "--child", program, dir, "--provenance"])
        let name = "\(w.program) \(w.data)".padding(toLength: 10, withPad: " ", startingAt: 0)
        let count = String(resultCount(kg.output) ?? -1)
        var line = name + String(repeating: " ", count: max(0, 9 - count.count)) + count
            + String(format: " %8.2f %7.1f %8.2f %5.1f%%", kg.seconds, kg.peakMiB, prov.seconds, (prov.seconds / kg.seconds - 1) * 100)
        if kg.status != 0 || resultCount(kg.output) != w.expected || resultCount(prov.output) != w.expected {
            line += "  WRONG (expected \(w.expected), status \(kg.status))"
            failures += 1
        }
        if options.peers {
            let sqlite = median(options.peerRuns, [(options.bench as NSString).appendingPathComponent("peers/sqlite.sh"), w.program, dir])
            let duck = median(options.peerRuns, ["python3", (options.bench as NSString).appendingPathComponent("peers/duckdb_peer.py"), w.program, dir])
            line += String(format: "   %8.2f %5.0f  %8.2f %5.0f   %8.1fx %9.1fx", sqlite.seconds, sqlite.peakMiB, duck.seconds, duck.peakMiB,
                           sqlite.seconds / kg.seconds, duck.seconds / kg.seconds)
            for (name, m) in [("sqlite", sqlite), ("duckdb", duck)] where m.status != 0 || resultCount(m.output) != w.expected {
                line += "  [\(name): status \(m.status), result \(resultCount(m.output) ?? -1)]"
            }
        }
        print(line)
        fflush(nil)  // all streams: `stdout` itself is not usable under Swift 6
    }
    return failures == 0 ? 0 : 1
}
