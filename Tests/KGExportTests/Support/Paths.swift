import Foundation
import TestSupport

enum Paths {
    /// The GraphML XSD bundled with the tests (a copy of `shared/graphml`).
    static var graphMLSchema: String {
        Bundle.module.url(forResource: "Schema", withExtension: nil)!.appendingPathComponent("graphml.xsd").path
    }

    /// A fresh directory for one test's files.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kg-export-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The full path of an executable on PATH, if there is one.
    static func executable(_ name: String) -> String? { ChildProcess.find(name) }

    /// Runs a program, returning its exit status, standard output and standard error.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let result = try ChildProcess.run(executable, arguments)
        return (result.status, result.output, result.error)
    }
}
