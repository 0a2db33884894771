import Foundation
import Testing
@testable import Datalog

/// Golden tests of the classic programs: each folder of `Golden/programs`
/// holds `program.dl`, its facts, and `expected.out`, the whole standard
/// output of `kg datalog program.dl -F <folder> -D -`. Set
/// `KG_UPDATE_GOLDEN=1` to rewrite the expected files (then read the diff).
@Suite struct ProgramsTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Golden/programs")

    static var programs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/program.dl").path)
        }.sorted()
    }

    @Test func theClassicsAreAllThere() {
        #expect(Set(Self.programs).isSuperset(of: [
            "transitive_closure", "same_generation", "andersen", "stratified_negation", "aggregates",
            "mutual_recursion", "arithmetic_recursion", "string_functors",
        ]))
    }

    @Test(arguments: programs)
    func programGivesTheExpectedOutput(_ name: String) throws {
        let dir = Self.folder.appendingPathComponent(name)
        let file = dir.appendingPathComponent("program.dl").path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let program: DatalogProgram
        switch DatalogProgram.load(text, file: "program.dl") {
        case .success(let p): program = p
        case .failure(let diagnostics):
            Issue.record("\(name) does not check:\n\(diagnostics)")
            return
        }
        let (_, output) = try StandaloneRun(factsDirectory: dir.path, outputDirectory: nil).runCapturingOutput(program)
        let expectedFile = dir.appendingPathComponent("expected.out")
        if ProcessInfo.processInfo.environment["KG_UPDATE_GOLDEN"] == "1" {
            // Write to the source tree, not the test bundle's copy.
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Golden/programs/\(name)/expected.out")
            try output.write(to: source, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(output == expected)
    }
}
