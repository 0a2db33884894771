import Foundation

/// Where the graph store lives when `--db` is not given: `.kg/graph.sqlite`
/// beside the corpus, that is in the folder that holds the first corpus
/// folder (`kg build Corpus/` → `./.kg/graph.sqlite`; `kg build ~/pages` →
/// `~/.kg/graph.sqlite`). For a file, the folder holding its folder
/// (`kg build Corpus/a.md` → `./.kg/graph.sqlite`, the same store as for
/// `Corpus/`). When that folder would be above the current directory (`kg
/// build .`, `kg build page.md`), the store goes into the current directory.
///
/// ```swift
/// StoreLocation.defaultPath(corpus: ["Corpus/"])   // ".kg/graph.sqlite"
/// ```
public enum StoreLocation {
    public static let folderName = ".kg"
    public static let fileName = "graph.sqlite"

    public static func defaultPath(corpus: [String]) -> String {
        guard let first = corpus.first else { return folderName + "/" + fileName }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        let normal = CorpusDiscovery.normalise(first)
        let folder = fileManager.fileExists(atPath: normal, isDirectory: &isDirectory) && isDirectory.boolValue
            ? normal : (normal as NSString).deletingLastPathComponent
        let base = parent(of: folder.isEmpty ? "." : folder)
        return base.map { ($0 as NSString).appendingPathComponent(folderName + "/" + fileName) } ?? folderName + "/" + fileName
    }

    /// The folder holding `folder`, or nil when that is the current directory
    /// or above it (then the store goes into the current directory).
    private static func parent(of folder: String) -> String? {
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = (folder.hasPrefix("/") ? folder : (cwd as NSString).appendingPathComponent(folder)) as NSString
        let resolved = absolute.standardizingPath
        let parent = (resolved as NSString).deletingLastPathComponent
        let cwdResolved = (cwd as NSString).standardizingPath
        if resolved == cwdResolved || cwdResolved.hasPrefix(resolved + "/") { return nil }
        if parent == cwdResolved { return nil }  // `Corpus/` → the current directory, written `.kg/...`
        if folder.hasPrefix("/") || folder.hasPrefix("~") { return parent }
        let relativeParent = (CorpusDiscovery.normalise(folder) as NSString).deletingLastPathComponent
        return relativeParent.isEmpty ? nil : relativeParent
    }
}
