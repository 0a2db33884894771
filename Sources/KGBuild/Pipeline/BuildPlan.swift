import Foundation
import KGDocuments
import KGStore

/// What a build has to do, decided from the pages' SHA-256 and the stored
/// records before the store is written: which pages to read, which are
/// unchanged, which are gone.
///
/// A page whose size and modification time (to the nanosecond) equal the
/// stored ones is unchanged without being hashed, as git does; any other
/// page is hashed, and re-read only when its SHA-256 differs. A page
/// modified less than two seconds before it was stored has no trusted time
/// (it could change again within the same clock tick), so it is hashed at
/// every build until a build stores a settled time.
struct BuildPlan {
    struct PageToRead {
        var path: String
        var sha256: String
        var byteCount: Int
        var modified: Int64
        /// The store has facts of this page to replace.
        let isStored: Bool
    }

    var toRead: [PageToRead] = []
    var unchanged: [String] = []
    /// Unchanged pages (same SHA-256) whose stored time is to be updated.
    var touched: [(path: String, modified: Int64)] = []
    /// Stored pages no longer in the corpus.
    var removed: [String] = []
    /// Pages whose bytes could not be read (named, skipped).
    var unreadable: [PageFailure] = []
    /// Unreadable pages that have stored facts, to forget.
    var unreadableStored: [String] = []
    var rebuiltAllBecause: String?

    var isEmpty: Bool { toRead.isEmpty && removed.isEmpty && unreadableStored.isEmpty && touched.isEmpty }

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
        let now = FileStatus.nowNanoseconds()
        for path in corpus.pages {
            let record = plan.rebuiltAllBecause == nil ? byPath[path] : nil
            let status = FileStatus(path: path)
            if let status, let record, record.modified != 0, record.modified == status.modified, record.byteCount == status.size {
                plan.unchanged.append(path)
                continue
            }
            if let status, status.size > DocumentLoader.maximumFileSize {
                let limit = DocumentLoader.maximumFileSize / 1_048_576
                plan.fail(path, "too large to read (\(status.size / 1_048_576) MB; the limit is \(limit) MB)", stored: byPath[path] != nil)
                continue
            }
            let bytes: Data
            do {
                bytes = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            } catch {
                plan.fail(path, Self.readFailure(path: path, error: error), stored: byPath[path] != nil)
                continue
            }
            let digest = SHA256.hexDigest(of: bytes)
            let modified = FileStatus.settled(status?.modified ?? 0, now: now)
            if let record, record.sha256 == digest {
                plan.unchanged.append(path)
                if modified != record.modified { plan.touched.append((path, modified)) }
            } else {
                plan.toRead.append(PageToRead(path: path, sha256: digest, byteCount: bytes.count, modified: modified, isStored: record != nil))
            }
        }
        let present = Set(corpus.pages)
        plan.removed = stored.map(\.path).filter { !present.contains($0) }
        return plan
    }

    private mutating func fail(_ path: String, _ message: String, stored: Bool) {
        unreadable.append(PageFailure(path: path, message: message))
        if stored { unreadableStored.append(path) }
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

/// A file's size and modification time in nanoseconds, from `stat`.
struct FileStatus {
    var size: Int
    var modified: Int64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        size = Int(status.st_size)
        #if os(Linux)
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        #else
        modified = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        #endif
    }

    static func nowNanoseconds() -> Int64 {
        Int64(Date().timeIntervalSince1970 * 1_000_000_000)
    }

    /// The time to store: 0 (untrusted, hash next time) when the file was
    /// modified less than two seconds ago.
    static func settled(_ modified: Int64, now: Int64) -> Int64 {
        now - modified < 2_000_000_000 ? 0 : modified
    }
}
