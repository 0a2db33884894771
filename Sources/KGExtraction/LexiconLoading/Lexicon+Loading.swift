import Foundation
import KGGraph

extension Lexicon {
    /// Reads the bundled lexicon files and then those in `extraDirectories`
    /// (every `*.txt` file, in name order). Entries with the same kind and
    /// canonical id merge their names, so an analyst's file may add brand
    /// names or aliases to a bundled drug.
    ///
    /// Throws a ``LexiconError`` naming the file and line of the first bad
    /// entry, or the directory that cannot be read.
    public static func load(extraDirectories: [String]) throws(LexiconError) -> Lexicon {
        var parsed: [(entries: [LexiconEntry], ignored: [String])] = []
        guard let bundled = Bundle.module.url(forResource: "Lexicon", withExtension: nil) else {
            throw LexiconError(file: "Lexicon", line: nil, message: "the bundled lexicon is missing from the module's resources")
        }
        parsed += try readDirectory(bundled.path, displayPrefix: "Lexicon")
        for directory in extraDirectories {
            parsed += try readDirectory(directory, displayPrefix: directory)
        }
        return Lexicon(entries: parsed.flatMap(\.entries), ignored: parsed.flatMap(\.ignored))
    }

    /// A lexicon read from one file's text (for tests and tools).
    public static func parse(_ text: String, file: String = "<text>") throws(LexiconError) -> Lexicon {
        let parsed = try LexiconParser(file: file).parse(text)
        return Lexicon(entries: parsed.entries, ignored: parsed.ignored)
    }

    private static func readDirectory(_ directory: String, displayPrefix: String) throws(LexiconError) -> [(entries: [LexiconEntry], ignored: [String])] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LexiconError(file: directory, line: nil, message: "lexicon directory not found")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
        } catch {
            throw LexiconError(file: directory, line: nil, message: "cannot list the lexicon directory: \(error.localizedDescription)")
        }
        var result: [(entries: [LexiconEntry], ignored: [String])] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            let display = (displayPrefix as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LexiconError(file: display, line: nil, message: "cannot read the file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw LexiconError(file: display, line: nil, message: "not UTF-8 text")
            }
            result.append(try LexiconParser(file: display).parse(text))
        }
        return result
    }
}
