import Foundation
import Testing
@testable import Datalog

/// Every `Golden/diagnostics/<name>.dl` is parsed and checked; the rendered
/// diagnostics must equal `<name>.expected` byte for byte. Adding a case is
/// adding the two files; `KG_UPDATE_GOLDEN=1 swift test --filter DiagnosticGolden`
/// rewrites the expected files in the source tree (review the diff).
///
/// A line `// host: name(a: symbol, b: number)` in a case declares a host
/// relation, as the knowledge graph supplies them.
@Suite struct DiagnosticGoldenTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Golden/diagnostics")
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/diagnostics")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".dl") }.map { String($0.dropLast(3)) }.sorted()
    }

    @Test func thereAreGoldenCases() {
        #expect(Self.cases.count >= 15)
    }

    @Test(arguments: cases)
    func renderedDiagnosticsMatch(name: String) throws {
        let source = try String(contentsOf: Self.folder.appendingPathComponent("\(name).dl"), encoding: .utf8)
        let actual = Self.render(source: source, file: "\(name).dl") + "\n"
        if ProcessInfo.processInfo.environment["KG_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: Self.sourceFolder.appendingPathComponent("\(name).expected"), atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: Self.folder.appendingPathComponent("\(name).expected"), encoding: .utf8)
        #expect(actual == expected, "\(name): run with KG_UPDATE_GOLDEN=1 to rewrite, then review the diff")
    }

    /// The full output of parsing and checking `source`: all diagnostics, then the summary.
    static func render(source: String, file: String) -> String {
        let checker = ProgramChecker(hostRelations: hostRelations(in: source))
        switch checker.check(source: source, file: file) {
        case .success(let checked): return DiagnosticList(checked.warnings, sources: [file: source]).description
        case .failure(let list): return list.description
        }
    }

    static func hostRelations(in source: String) -> [RelationSignature] {
        source.split(separator: "\n").compactMap { line -> RelationSignature? in
            guard line.hasPrefix("// host: ") else { return nil }
            let (program, _) = DatalogParser.parse(".decl " + line.dropFirst(9), file: "host")
            guard let declaration = program.relations.first else { return nil }
            return RelationSignature(name: declaration.name, columnNames: declaration.attributes.map(\.name),
                                     columnTypes: declaration.attributes.map { PrimitiveType(rawValue: $0.type) ?? .symbol },
                                     location: nil)
        }
    }
}
