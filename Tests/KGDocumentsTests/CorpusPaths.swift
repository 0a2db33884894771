import Foundation

/// Where the repository's Corpus/ and this target's fixtures are.
enum CorpusPaths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func corpus(_ name: String) -> String {
        repository.appendingPathComponent("Corpus").appendingPathComponent(name).path
    }

    static func fixture(_ name: String) -> String {
        repository.appendingPathComponent("Tests/KGDocumentsTests/Fixtures").appendingPathComponent(name).path
    }

    static func raw(_ path: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
    }

    /// Line and column (Unicode scalars) of a raw UTF-8 offset, counted independently of the readers.
    static func lineAndColumn(of offset: Int, in raw: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in raw[..<offset] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    static func folded(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
