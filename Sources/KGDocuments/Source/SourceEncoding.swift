import Foundation

/// The character encoding a page's raw bytes were read with.
enum SourceEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"

    /// The encoding a charset label (`<meta charset>`, `Content-Type`) names,
    /// or nil when `kg` cannot decode it. Latin-1 labels read as Windows-1252,
    /// as browsers do.
    init?(label: String) {
        switch label.lowercased().trimmingCharacters(in: .whitespaces) {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "utf-16le": self = .utf16LittleEndian
        case "utf-16be", "utf-16": self = .utf16BigEndian
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
             "us-ascii", "ascii", "iso-8859-15", "iso_8859-1":
            self = .windows1252
        default: return nil
        }
    }
}

extension SourceEncoding {
    /// Code points of Windows-1252 bytes 0x80–0x9F; the five bytes it leaves
    /// undefined map to the C1 control of the same value, as Latin-1 does.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
