// kg-bench-read: how fast `kg` reads pages, on one core.
//
//   swift run -c release kg-bench-read [--megabytes 32] [--corpus Corpus] [--repeat 3] [--keep]
//
// Builds a temporary corpus of many copies of the Corpus pages — Markdown (the
// .md seeds), text (the .txt seed) and HTML (the Markdown seeds rendered as
// realistic HTML pages with head, navigation, scripts and footer) — then
// reads every file with DocumentLoader on this thread and prints MB/s per
// format (bytes over this thread's CPU time, best of --repeat runs, so other
// work on a shared machine counts as little as it can), with libxml2's bare htmlReadMemory parse of the same HTML beside it
// as the ceiling. Targets: ≥ 20 MB/s Markdown and text, ≥ 10 MB/s HTML.
import CLibXML2
import Foundation
import KGDocuments

struct Options {
    var megabytes = 32
    var corpus = "Corpus"
    var keep = false
    var repeats = 3

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": megabytes = iterator.next().flatMap(Int.init) ?? megabytes
            case "--corpus": corpus = iterator.next() ?? corpus
            case "--keep": keep = true
            case "--repeat": repeats = max(1, iterator.next().flatMap(Int.init) ?? repeats)
            case "--help", "-h":
                print("usage: kg-bench-read [--megabytes N (per format, default 32)] [--corpus DIR (default Corpus)] [--repeat N (best of N, default 3)] [--keep]")
                exit(0)
            default:
                FileHandle.standardError.write(Data("kg-bench-read: unknown option \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

let options = Options(CommandLine.arguments)
let seeds = (try? FileManager.default.contentsOfDirectory(atPath: options.corpus))?.sorted() ?? []
guard !seeds.isEmpty else {
    FileHandle.standardError.write(Data("kg-bench-read: no pages in \(options.corpus) (run from the package root or pass --corpus)\n".utf8))
    exit(1)
}
let loader = DocumentLoader()
var samples: [DocumentFormat: [(name: String, bytes: [UInt8])]] = [:]
for seed in seeds {
    let path = options.corpus + "/" + seed
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    let bytes = [UInt8](data)
    let document = loader.read(bytes: bytes, path: path)
    let stem = (seed as NSString).deletingPathExtension
    samples[document.format, default: []].append((seed, bytes))
    if document.format == .markdown {
        samples[.html, default: []].append((stem + ".html", Array(HTMLPage.render(document).utf8)))
    }
}

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kg-bench-read-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { if !options.keep { try? FileManager.default.removeItem(at: directory) } }

var files: [DocumentFormat: [String]] = [:]
for format in [DocumentFormat.markdown, .text, .html] {
    guard let pages = samples[format], !pages.isEmpty else { continue }
    var written = 0
    var copy = 0
    while written < options.megabytes * 1_048_576 {
        for page in pages {
            let path = directory.appendingPathComponent("\(copy)-\(page.name)").path
            FileManager.default.createFile(atPath: path, contents: Data(page.bytes))
            files[format, default: []].append(path)
            written += page.bytes.count
        }
        copy += 1
    }
}

/// CPU seconds this thread spends in `body`, the best of `options.repeats`
/// runs: the machine may be shared, and what is measured is what one core
/// does, not how busy the others are.
func measure(_ body: () -> Void) -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    var best = Double.infinity
    for _ in 0..<options.repeats {
        let start = now()
        body()
        best = min(best, now() - start)
    }
    return best
}

print("kg-bench-read: \(options.megabytes) MB per format in \(directory.path), one core, best of \(options.repeats)")
print("FORMAT       FILES      MB   CPU SECS    MB/s    BLOCKS   SENTENCES")
func report(_ label: String, files count: Int, bytes: Int, seconds: Double, blocks: Int, sentences: Int) {
    let megabytes = Double(bytes) / 1_048_576
    print(label.padding(toLength: 11, withPad: " ", startingAt: 0)
          + String(format: "%6d  %6.1f  %8.3f  %7.1f  %8d  %10d", count, megabytes, seconds, megabytes / seconds, blocks, sentences))
}

for format in [DocumentFormat.markdown, .text, .html] {
    guard let paths = files[format] else { continue }
    var bytes = 0
    var blocks = 0
    var sentences = 0
    var warnings = 0
    let seconds = measure {
        (blocks, sentences, warnings) = (0, 0, 0)
        for path in paths {
            guard let document = try? loader.load(path: path) else { continue }
            blocks += document.blocks.count
            sentences += document.blocks.reduce(0) { $0 + $1.sentences.count }
            warnings += document.warnings.count
        }
    }
    for path in paths { bytes += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
    report(format.rawValue, files: paths.count, bytes: bytes, seconds: seconds, blocks: blocks, sentences: sentences)
    if warnings > 0 { print("  (\(warnings) warnings)") }
    // The same pages already in memory: reading without the file system.
    let pages = paths.compactMap { path in FileManager.default.contents(atPath: path).map { (path, [UInt8]($0)) } }
    let inMemory = measure {
        for (path, page) in pages { _ = loader.read(bytes: page, path: path) }
    }
    report("  in memory", files: pages.count, bytes: bytes, seconds: inMemory, blocks: blocks, sentences: sentences)
}

// The ceiling: libxml2 parsing the same HTML and nothing else.
if let paths = files[.html] {
    let pages = paths.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
    let bytes = pages.reduce(0) { $0 + $1.count }
    let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
    kg_xmlSilenceGenericErrors()
    let seconds = measure {
        for page in pages {
            page.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    if let document = htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options) { xmlFreeDoc(document) }
                }
            }
        }
    }
    report("libxml2", files: pages.count, bytes: bytes, seconds: seconds, blocks: 0, sentences: 0)
}
