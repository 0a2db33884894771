import ArgumentParser
import Foundation
import KGBuild
import KGDocuments
import Testing
@testable import KGCommandLine

/// Runs commands in-process on a temporary corpus and keeps what they print.
final class CommandRun: @unchecked Sendable {
    let root: String
    private let lock = NSLock()
    private var out = ""
    private var err = ""
    private var failing: Set<String> = []
    /// Standard error behaves as a terminal (progress drawn in place).
    var terminal = false

    init(pages: [String: String]) throws {
        root = NSTemporaryDirectory() + "kg-cli-tests-" + UUID().uuidString
        for (name, text) in pages {
            let path = root + "/Corpus/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    var corpus: String { root + "/Corpus" }
    var stdout: String { lock.withLock { out } }
    var stderr: String { lock.withLock { err } }
    func clear() { lock.withLock { out = ""; err = "" } }
    func failReading(_ path: String) { lock.withLock { _ = failing.insert(path) } }

    var output: CommandOutput {
        CommandOutput(write: { [self] text in lock.withLock { out += text } },
                      writeError: { [self] text in lock.withLock { err += text } },
                      errorIsTerminal: terminal)
    }

    /// The real readers when `real`, else a stand-in that makes one
    /// paragraph per line (and fails for the paths it is told to).
    func reader(real: Bool) -> PageReader {
        if real { return .documents }
        return PageReader { [self] path in
            if lock.withLock({ failing.contains(path) }) { throw CocoaError(.fileReadCorruptFile) }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let blocks = text.split(separator: "\n").enumerated().map { index, line in
                let span = SourceSpan(line: index + 1, column: 1, bytes: 0..<line.utf8.count)
                return Block(kind: .paragraph, text: String(line), sectionPath: [], span: span,
                             sentences: [Sentence(text: String(line), span: span)])
            }
            let warnings = text.contains("<table") ? [DocumentWarning(path: path, line: 1, column: 4, message: "table not closed")] : []
            return Document(path: path, format: .text, title: nil, frontMatter: [], blocks: blocks, warnings: warnings)
        }
    }

    /// Runs `kg <arguments>`; returns the exit code (0 when it returned).
    @discardableResult
    func kg(_ arguments: [String], real: Bool = false) -> Int32 {
        do {
            var command = try KG.parseAsRoot(arguments)
            switch command {
            case let build as BuildCommand: try build.run(output: output, reader: reader(real: real))
            case let facts as FactsCommand: try facts.run(output: output, reader: reader(real: real))
            case let stats as StatsCommand: try stats.run(output: output, reader: reader(real: real))
            default: try command.run()
            }
            return 0
        } catch {
            if let code = error as? ExitCode { return code.rawValue }
            lock.withLock { err += KG.fullMessage(for: error) + "\n" }
            return KG.exitCode(for: error).rawValue
        }
    }
}

@Suite struct BuildCommandTests {
    // Pages in which nothing is recognised: the summary's form, whatever the extractor knows.
    let pages = ["a.md": "Nothing to see here.\n", "b.html": "<table><tr><td>x</td></tr>\n", "c.txt": "nothing here\n"]

    @Test func aBuildPrintsItsSummaryAndWarnings() throws {
        let run = try CommandRun(pages: pages)
        let db = run.root + "/out/graph.sqlite"
        #expect(run.kg(["build", run.corpus, "--db", db]) == 0)
        let c = run.corpus
        #expect(run.stdout == """
            pages: 3 (3 read, 0 unchanged, 0 removed, 0 failed)
            graph: 0 facts, 0 pieces of evidence, in \(db)
            pages that yielded nothing (3):
              \(c)/a.md
              \(c)/b.html
              \(c)/c.txt
            warnings: 1 (on standard error)

            """)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.first == "\(c)/b.html:1:4: warning: table not closed")
        #expect(lines.last?.hasPrefix("read 3 pages, 0.1 kB in ") == true)
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test func theStoreGoesBesideTheCorpusByDefault() throws {
        let run = try CommandRun(pages: pages)
        #expect(run.kg(["build", run.corpus + "/"]) == 0)
        #expect(FileManager.default.fileExists(atPath: run.root + "/.kg/graph.sqlite"))
        #expect(run.stdout.contains("in \(run.root)/.kg/graph.sqlite\n"))
    }

    @Test func aRebuildSaysWhatItReRead() throws {
        let run = try CommandRun(pages: pages)
        run.kg(["build", run.corpus])
        try "Still nothing.\n".write(toFile: run.corpus + "/a.md", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: run.corpus + "/c.txt")
        run.clear()
        #expect(run.kg(["build", run.corpus]) == 0)
        let c = run.corpus
        #expect(run.stdout == """
            pages: 2 (1 read, 1 unchanged, 1 removed, 0 failed)
            graph: 0 facts, 0 pieces of evidence, in \(run.root)/.kg/graph.sqlite
            pages removed from the corpus, their facts dropped (1):
              \(c)/c.txt
            pages that yielded nothing (2):
              \(c)/a.md
              \(c)/b.html

            """)
        run.clear()
        run.kg(["build", run.corpus])
        #expect(run.stderr.hasPrefix("up to date: 2 pages unchanged ("))
    }

    @Test func aPageThatCannotBeReadIsNamedTheOthersStoredAndTheStatusIsOne() throws {
        let run = try CommandRun(pages: pages)
        run.failReading(run.corpus + "/a.md")
        #expect(run.kg(["build", run.corpus]) == 1)
        #expect(run.stderr.contains("\(run.corpus)/a.md: error: "))
        #expect(run.stdout.hasPrefix("pages: 3 (2 read, 0 unchanged, 0 removed, 1 failed)\n"))
        #expect(run.stdout.contains("pages that could not be read, skipped (1):\n  \(run.corpus)/a.md: error: "))
    }

    @Test func aMissingCorpusPathIsAnErrorAndNothingIsStored() throws {
        let run = try CommandRun(pages: pages)
        #expect(run.kg(["build", run.root + "/Corpsu"]) == 1)
        #expect(run.stderr == "\(run.root)/Corpsu: error: no such file or folder (give the corpus's pages or folders, e.g. `kg build Corpus/`)\n")
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: run.root + "/.kg"))
    }

    @Test func quietPrintsOnlyDiagnostics() throws {
        let run = try CommandRun(pages: pages)
        #expect(run.kg(["build", "--quiet", run.corpus]) == 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "\(run.corpus)/b.html:1:4: warning: table not closed\n")
    }

    @Test func progressIsRedrawnInPlaceOnATerminal() throws {
        let run = try CommandRun(pages: pages)
        run.terminal = true
        #expect(run.kg(["build", run.corpus]) == 0)
        #expect(run.stderr.contains("\r\u{1B}[Kbuilding: 3/3 pages, "))
        #expect(run.stderr.contains("MB/s\r\u{1B}[K"))
        run.clear()
        try "changed\n".write(toFile: run.corpus + "/c.txt", atomically: true, encoding: .utf8)
        #expect(run.kg(["build", "--quiet", run.corpus]) == 0)
        #expect(!run.stderr.contains("building:"))
    }

    @Test func helpTeachesWhereTheStoreIs() {
        let help = KG.helpMessage(for: BuildCommand.self)
        #expect(help.contains(".kg/graph.sqlite beside the corpus"))
        #expect(help.contains("--lexicon <folder>"))
        #expect(help.contains("kg build ~/pages extra.html"))
    }
}
