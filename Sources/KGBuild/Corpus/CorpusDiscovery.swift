import Foundation

/// Finds the pages of a corpus: the files given, and the page files in the
/// folders given, recursively, skipping hidden files and folders (so the
/// `.kg` store folder too). Paths stay as given: `Corpus/` gives
/// `Corpus/a.md`, `.` gives `a.md`.
///
/// ```swift
/// let corpus = try CorpusDiscovery.discover(["Corpus/"])
/// corpus.pages      // ["Corpus/a.md", "Corpus/b.html", ...], sorted
/// corpus.skipped    // files in folders that are not pages, such as "Corpus/logo.png"
/// ```
public struct CorpusDiscovery: Sendable, Hashable {
    /// Page paths, sorted and without duplicates.
    public var pages: [String]
    /// Files found in folders whose extension is not a page format; named
    /// in the build summary so that nothing is dropped silently.
    public var skipped: [String]

    /// File extensions read as pages when found in a folder. A file named on
    /// the command line is always read, whatever its extension.
    public static let pageExtensions: Set<String> = ["md", "markdown", "mdown", "html", "htm", "xhtml", "txt", "text", ""]

    /// Walks `paths`. Throws ``BuildError/corpusPathMissing(_:)`` for a path
    /// that does not exist, before anything is read.
    public static func discover(_ paths: [String]) throws(BuildError) -> CorpusDiscovery {
        var pages: Set<String> = []
        var skipped: Set<String> = []
        let fileManager = FileManager.default
        for given in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: given, isDirectory: &isDirectory) else {
                throw .corpusPathMissing(given)
            }
            if isDirectory.boolValue {
                walk(folder: given, display: displayFolder(given), pages: &pages, skipped: &skipped)
            } else {
                pages.insert(normalise(given))
            }
        }
        return CorpusDiscovery(pages: pages.sorted(), skipped: skipped.sorted())
    }

    private static func walk(folder: String, display: String, pages: inout Set<String>, skipped: inout Set<String>) {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else {
            // An unreadable folder is reported like an unreadable page: the
            // reader names it when it tries to read it.
            pages.insert(display.isEmpty ? "." : String(display.dropLast()))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let shown = display + name
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                pages.insert(shown)  // a dangling link: reported when read
                continue
            }
            if isDirectory.boolValue {
                if isSymbolicLink(path) { skipped.insert(shown + "/"); continue }  // no loops
                walk(folder: path, display: shown + "/", pages: &pages, skipped: &skipped)
            } else if pageExtensions.contains((name as NSString).pathExtension.lowercased()) {
                pages.insert(shown)
            } else {
                skipped.insert(shown)
            }
        }
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }

    /// The prefix shown for a folder's files: `Corpus/` for `Corpus` or
    /// `Corpus//`, nothing for `.`.
    static func displayFolder(_ folder: String) -> String {
        let normal = normalise(folder)
        if normal == "." || normal.isEmpty { return "" }
        if normal == "/" { return "/" }
        return normal + "/"
    }

    /// Removes `./` prefixes, repeated and trailing slashes; keeps relative relative.
    static func normalise(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let absolute = path.hasPrefix("/")
        while parts.first == ".", parts.count > 1 { parts.removeFirst() }
        parts = parts.enumerated().filter { $0.offset == 0 || $0.element != "." }.map(\.element)
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
