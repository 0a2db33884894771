import Foundation
import KGDocuments
import KGStore

/// What a build has to do, decided from the pages' SHA-256 and the stored
/// records before the store is written: which pages to read, which are
/// unchanged, which are gone.
struct BuildPlan {
    struct PageToRead {
        var path: String
        var sha256: String
        var byteCount: Int
    }

    var toRead: [PageToRead] = []
    var unchanged: [String] = []
    /// Stored pages no longer in the corpus.
    var removed: [String] = []
    /// Pages whose bytes could not be read (named, skipped).
    var unreadable: [PageFailure] = []
    /// Unreadable pages that have stored facts, to forget.
    var unreadableStored: [String] = []
    var rebuiltAllBecause: String?

    var isEmpty: Bool { toRead.isEmpty && removed.isEmpty && unreadableStored.isEmpty }

    static func make(corpus: CorpusDiscovery, store: GraphStore, version: String) throws(BuildError) -> BuildPlan {
        let stored: [PageRecord]
        do {
            stored = try store.pages()
        } catch {
            throw .store(error)
        }
        var plan = BuildPlan()
        let byPath = Dictionary(stored.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        if let old = stored.first(where: { $0.extractorVersion != version })?.extractorVersion {
            plan.rebuiltAllBecause = "the extractor changed (\(old) → \(version))"
        }
        for path in corpus.pages {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > DocumentLoader.maximumFileSize {
                let limit = DocumentLoader.maximumFileSize / 1_048_576
                plan.unreadable.append(PageFailure(path: path, message: "too large to read (\(size / 1_048_576) MB; the limit is \(limit) MB)"))
                if byPath[path] != nil { plan.unreadableStored.append(path) }
                continue
            }
            let bytes: Data
            do {
                bytes = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            } catch {
                plan.unreadable.append(PageFailure(path: path, message: Self.readFailure(path: path, error: error)))
                if byPath[path] != nil { plan.unreadableStored.append(path) }
                continue
            }
            let digest = SHA256.hexDigest(of: bytes)
            if plan.rebuiltAllBecause == nil, let record = byPath[path], record.sha256 == digest {
                plan.unchanged.append(path)
            } else {
                plan.toRead.append(PageToRead(path: path, sha256: digest, byteCount: bytes.count))
            }
        }
        let present = Set(corpus.pages)
        plan.removed = stored.map(\.path).filter { !present.contains($0) }
        return plan
    }

    /// "permission denied", "is a folder", ... rather than Foundation's prose.
    private static func readFailure(path: String, error: any Error) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return "cannot read the folder" }
            if !FileManager.default.isReadableFile(atPath: path) { return "cannot read the page: permission denied" }
        } else {
            return "cannot read the page: no such file (a dangling link?)"
        }
        return "cannot read the page: \((error as NSError).localizedDescription)"
    }
}
