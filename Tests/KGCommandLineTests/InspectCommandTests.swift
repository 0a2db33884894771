import Foundation
import TestSupport
import Testing
@testable import KGCommandLine

/// End to end: the built `kg` binary on the fixtures, compared whole with
/// golden files (Tests/KGDocumentsTests/Fixtures/*.golden).
@Suite struct InspectCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/KGDocumentsTests/Fixtures")

    /// The `kg` executable next to the test bundle in the build products directory.
    static func kgBinary() throws -> URL {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(repository.appendingPathComponent(".build/debug"))
        for directory in candidates {
            let binary = directory.appendingPathComponent("kg")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        throw BinaryNotFound(searched: candidates.map(\.path))
    }

    struct BinaryNotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String { "kg binary not built; looked in \(searched.joined(separator: ", "))" }
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try ChildProcess.run(try kgBinary().path, arguments, directory: fixtures)
        return (result.status, result.output, result.error)
    }

    static func golden(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func tableOutputMatchesTheGoldenFile() throws {
        let result = try Self.run(["inspect", "--sentences", "inspect-sample.md", "inspect-sample.html"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == (try Self.golden("inspect-sample.table.golden")))
    }

    @Test func jsonOutputMatchesTheGoldenFile() throws {
        let result = try Self.run(["inspect", "--format", "json", "inspect-sample.md"])
        #expect(result.status == 0)
        #expect(result.stdout == (try Self.golden("inspect-sample.json.golden")))
    }

    @Test func badPathsFailButTheOtherFilesAreStillPrinted() throws {
        let result = try Self.run(["inspect", "missing.md", ".", "inspect-sample.html"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("== inspect-sample.html (html, 4 blocks) — Clinic page\n"))
        #expect(result.stderr == """
            missing.md: error: no such file
            .: error: is a directory, not a page (pass the files in it, e.g. ./*)

            """)
    }

    @Test func warningsGoToStandardErrorWithTheirPlace() throws {
        let result = try Self.run(["inspect", "unterminated-front-matter.md"])
        #expect(result.status == 0)
        #expect(result.stderr == "unterminated-front-matter.md:1:1: warning: unterminated front matter: no closing '---' line; the page is read as Markdown without front matter\n")
        #expect(result.stdout.contains("Body text is still read."))
    }

    @Test func longTextsAreTruncatedUnlessFull() throws {
        let page = "../../../Corpus/clofarabine-benchchem.md"
        let short = try Self.run(["inspect", page]).stdout
        let full = try Self.run(["inspect", "--full", page]).stdout
        let sentence = "Bortezomib can stabilize the pro-apoptotic protein BAX, while clofarabine can upregulate p53"
        #expect(!short.contains(sentence))
        #expect(short.contains("Consider a Proteasome Inhibitor: The proteasome inhibitor bortezomib can act synergistically with c…"))
        #expect(full.contains(sentence))
        #expect(full.contains("Technical Support Center: Overcoming Clofarabine Resistance with Combination Therapy > Troubleshooting Guides > Issue 1: Clofarabine efficacy"))
        #expect(short.contains("… > Troubleshooting Guides > Issue 1: Clofarabine effica…"))
    }

    @Test func helpTeachesTheCommand() {
        let help = Inspect.helpMessage()
        #expect(help.contains("--format"))
        #expect(help.contains("--full"))
        #expect(help.contains("kg inspect Corpus/*"))
    }
}
