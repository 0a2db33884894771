import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file all at once or not at all.
///
/// The text goes to a temporary file in the destination's own directory
/// (so the final `rename` stays on one file system and is atomic), is
/// flushed to disk, and only then replaces the destination. An error at any
/// step removes the temporary file and leaves an existing destination as it
/// was.
///
/// ```swift
/// try AtomicFile.write("digraph kg {}\n", to: "out/graph.dot")
/// ```
public enum AtomicFile {
    /// Writes `text` as UTF-8 to `path`, atomically.
    public static func write(_ text: String, to path: String) throws(ExportError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path`, atomically.
    public static func write(_ data: Data, to path: String) throws(ExportError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .unwritable(path: path, reason: "it is a directory")
        }
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unwritable(path: path, reason: "the directory '\(directory)' does not exist")
        }
        var template = Array("\(directory)/.\(url.lastPathComponent).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: lastErrorText()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(ExportError) {
            try writeAll(data, to: descriptor, path: path)
            // mkstemp creates the file 0600; an export is an ordinary, shareable file.
            _ = fchmod(descriptor, permissions(ofExisting: path))
            guard fsync(descriptor) == 0 else { throw .unwritable(path: path, reason: lastErrorText()) }
            close(descriptor)
            guard rename(temporary, path) == 0 else { throw .unwritable(path: path, reason: lastErrorText()) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(ExportError) {
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        do { try handle.write(contentsOf: data) } catch {
            throw .unwritable(path: path, reason: error.localizedDescription)
        }
    }

    /// The existing file's permissions, so that replacing a file keeps them; else rw-r--r--.
    private static func permissions(ofExisting path: String) -> mode_t {
        var status = stat()
        if stat(path, &status) == 0 { return status.st_mode & 0o7777 }
        return 0o644
    }

    private static func lastErrorText() -> String { String(cString: strerror(errno)) }
}
