import Foundation
import Testing
@testable import KGExport

@Suite struct AtomicFileTests {
    @Test func writesAndReplacesWholeFiles() throws {
        let directory = try Paths.scratchDirectory()
        let path = directory.appendingPathComponent("out.dot").path
        try AtomicFile.write("first\n", to: path)
        try AtomicFile.write("second\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.dot"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o644)
    }

    @Test func aMissingDirectoryIsAClearErrorAndLeavesNothing() throws {
        let directory = try Paths.scratchDirectory()
        let path = directory.appendingPathComponent("missing/out.json").path
        #expect(throws: ExportError.unwritable(path: path, reason: "the directory '\(directory.path)/missing' does not exist")) {
            try AtomicFile.write("x", to: path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }

    @Test func aDirectoryInTheWayIsNotReplacedAndNeighboursAreUntouched() throws {
        let directory = try Paths.scratchDirectory()
        let existing = directory.appendingPathComponent("keep.tsv").path
        try AtomicFile.write("precious\n", to: existing)
        let inTheWay = directory.appendingPathComponent("graph.graphml")
        try FileManager.default.createDirectory(at: inTheWay, withIntermediateDirectories: false)
        #expect(throws: ExportError.unwritable(path: inTheWay.path, reason: "it is a directory")) {
            try AtomicFile.write("x", to: inTheWay.path)
        }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "precious\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["graph.graphml", "keep.tsv"])
    }
}
