import Foundation

/// A Datalog program read from disk, with the errors an analyst can act on.
///
/// ```swift
/// let text = try ProgramFile.read("Queries/unaddressed.dl")
/// ```
public enum ProgramFile {
    public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        case missing(String)
        case isDirectory(String)
        case unreadable(String, reason: String)
        case notUTF8(String)

        public var description: String {
            switch self {
            case .missing(let path): "error: no such program file '\(path)'"
            case .isDirectory(let path): "error: '\(path)' is a folder, not a Datalog program"
            case .unreadable(let path, let reason): "error: cannot read '\(path)': \(reason)"
            case .notUTF8(let path): "error: '\(path)' is not UTF-8 text"
            }
        }
    }

    public static func read(_ path: String) throws(ReadError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path) }
        if isDirectory.boolValue { throw .isDirectory(path) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path) }
        return text
    }
}
