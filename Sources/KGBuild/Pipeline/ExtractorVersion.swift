import Foundation
import KGExtraction

/// The version a page's facts were extracted with: ``Extractor/fingerprint``
/// (or a stand-in),
/// plus a digest of the analyst's extra lexicon files when there are any,
/// so that editing one's own lexicon re-reads every page too.
enum ExtractorVersion {
    static func current(_ base: String, lexiconDirectories: [String]) -> String {
        let files = lexiconDirectories.flatMap(filesBelow).sorted()
        guard !files.isEmpty else { return base }
        var hasher = SHA256()
        for file in files {
            hasher.update(Array(file.utf8) + [0])
            hasher.update(Array((try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()) + [0])
        }
        let digest = hasher.finalize().prefix(6).map { String(format: "%02x", $0) }.joined()
        return base + "+lexicon." + digest
    }

    private static func filesBelow(_ folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let name = enumerator.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
               FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files
    }
}
