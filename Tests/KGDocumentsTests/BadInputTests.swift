import Foundation
import Testing
@testable import KGDocuments

/// Bad input is normal input: each case reads as well as it can, with a
/// warning naming the file and what was wrong, and never crashes or hangs.
@Suite struct BadInputTests {
    let loader = DocumentLoader()

    @Test func emptyFile() {
        let document = loader.read(bytes: [], path: "empty.md")
        #expect(document.blocks.isEmpty)
        #expect(document.warnings.map(\.description) == ["empty.md: warning: empty file: there is nothing to read"])
    }

    @Test func whiteSpaceOnlyFile() {
        let document = loader.read(bytes: Array(" \n\t\n".utf8), path: "blank.txt")
        #expect(document.blocks.isEmpty)
        #expect(document.warnings.map(\.message) == ["the page holds only white space"])
    }

    @Test func binaryFileIsNotReadAsText() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        for index in 0..<4096 { bytes.append(UInt8(truncatingIfNeeded: index &* 31)) }
        let document = loader.read(bytes: bytes, path: "image.md")
        #expect(document.blocks.isEmpty)
        #expect(document.warnings.count == 1)
        #expect(document.warnings.first?.message.hasPrefix("binary file (") == true)
    }

    @Test func strayNULBytesAreLeftOutWithAWarning() throws {
        let bytes = Array("First line.\nSecond".utf8) + [0] + Array(" line.\n".utf8)
        let document = loader.read(bytes: bytes, path: "nul.txt")
        #expect(document.warnings.map(\.description) == ["nul.txt:2:7: warning: 1 NUL byte in the text; left out"])
        let second = try #require(document.blocks.last)
        #expect(second.text == "Second line.")
        #expect(second.span.bytes == 12..<25)
    }

    @Test func invalidUTF8IsReadAsWindows1252WithAWarning() throws {
        let bytes = Array("# Caf".utf8) + [0xE9] + Array("\n\nIt costs 5 ".utf8) + [0x80] + Array(" \u{2014} ok.\n".utf8)
        let document = loader.read(bytes: bytes, path: "mixed.md")
        #expect(document.warnings.map(\.description) == ["mixed.md:1:6: warning: is not valid UTF-8 (byte 0xE9 here); read as Windows-1252"])
        #expect(document.blocks.first?.text == "Café")
        #expect(document.blocks.last?.text.hasPrefix("It costs 5 €") == true)
    }

    @Test func latin1AndWindows1252TextKeepRawSpans() throws {
        // "Die Ärztin sagt „Nein“." in Windows-1252, then a Latin-1 line.
        let bytes: [UInt8] = Array("Die ".utf8) + [0xC4] + Array("rztin sagt ".utf8) + [0x84] + Array("Nein".utf8) + [0x93]
            + Array(". Sehr gut.\n\nCaf".utf8) + [0xE9, 0x20, 0xE0, 0x20] + Array("deux.\n".utf8)
        let document = loader.read(bytes: bytes, path: "german.txt")
        #expect(document.blocks.map(\.text) == ["Die Ärztin sagt „Nein“. Sehr gut.", "Café à deux."])
        let second = try #require(document.blocks.first?.sentences.last)
        #expect(second.text == "Sehr gut.")
        #expect(Array(bytes[second.span.bytes]) == Array("Sehr gut.".utf8))
        #expect(second.span.column == 25)
        let cafe = try #require(document.blocks.last)
        #expect(cafe.span.bytes == 35..<47)
    }

    @Test func utf16WithByteOrderMark() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Dosis: 52 mg/m².\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = loader.read(bytes: bytes, path: "utf16.txt")
        #expect(document.blocks.map(\.text) == ["Dosis: 52 mg/m²."])
        #expect(document.blocks.first?.span.bytes == 2..<34)
    }

    @Test func unterminatedFrontMatterStillReadsThePage() {
        let document = loader.read(bytes: Array("---\ntitle: x\n\n# Heading\n\nBody.\n".utf8), path: "open.md")
        #expect(document.warnings.first?.description.hasPrefix("open.md:1:1: warning: unterminated front matter") == true)
        #expect(document.blocks.map(\.text).contains("Body."))
        #expect(document.title == "Heading")
    }

    @Test func malformedFrontMatterIsAWarningWithItsLine() {
        let document = loader.read(bytes: Array("---\ntitle: ok\nbad: [unclosed\nnext: 1\n---\nBody text.\n".utf8), path: "bad.md")
        #expect(document.warnings.count == 1)
        let warning = document.warnings.first
        #expect(warning?.line ?? 0 >= 3)
        #expect(warning?.message.hasPrefix("malformed front matter") == true)
        #expect(document.blocks.map(\.text) == ["Body text."])
    }

    @Test func frontMatterThatIsNotAMappingIsAWarning() {
        let document = loader.read(bytes: Array("---\n- a\n- b\n---\nBody.\n".utf8), path: "list.md")
        #expect(document.warnings.map(\.message) == ["front matter is not a mapping of fields; its text is not read"])
        #expect(document.blocks.map(\.text) == ["Body."])
    }

    @Test func directoryAndMissingPathsThrowUserFacingErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kg-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: DocumentLoadError.isDirectory(path: directory.path)) { try loader.load(path: directory.path) }
        let missing = directory.appendingPathComponent("missing.md").path
        #expect(throws: DocumentLoadError.notFound(path: missing)) { try loader.load(path: missing) }
        #expect(DocumentLoadError.notFound(path: "a.md").description == "a.md: no such file")
        #expect(DocumentLoadError.tooLarge(path: "big.md", size: 300 * 1_048_576, limit: DocumentLoader.maximumFileSize).description
                == "big.md: too large to read (300 MB; the limit is 256 MB)")
    }

    @Test func devicesAreNotReadForever() {
        #expect(throws: DocumentLoadError.unreadable(path: "/dev/zero", reason: "not a regular file")) { try loader.load(path: "/dev/zero") }
    }

    @Test func unreadableFileThrows() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kg-locked-\(UUID().uuidString).md")
        try Data("# Locked\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        if FileManager.default.isReadableFile(atPath: file.path) {
            // Running as root: permissions do not stop reading, so the page is read.
            #expect((try loader.load(path: file.path)).blocks.count == 1)
        } else {
            #expect(throws: DocumentLoadError.unreadable(path: file.path, reason: "permission denied")) { try loader.load(path: file.path) }
        }
    }
}
