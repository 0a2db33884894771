import GRDB
import KGGraph

/// The `sentence` rows of one page being inserted: each place quoted by
/// the page's evidence (document, line, bytes, section path, block kind,
/// text) is written once, the first time a piece of evidence quotes it,
/// and its row id handed to every piece that quotes it again.
struct SentenceRows {
    /// Where a place is in its file: what the lookup hashes (integers; a
    /// sentence's text hashed as a Swift `String` is normalised first, and
    /// that was most of a build's store time).
    private struct Location: Hashable {
        var line: Int
        var start: Int
        var end: Int
    }

    private let pageID: Int64
    private let insert: BatchInserter
    /// The id of the last sentence row (stored, or waiting in `insert`).
    private(set) var lastID: Int64
    /// The places stored, by location; pieces at one location compared whole.
    private var stored: [Location: [(piece: Evidence, id: Int64)]] = [:]
    /// The last section path written and its JSON: sentences stating
    /// several facts come one after the other, with the same path.
    private var lastSectionPath: (path: [String], json: String) = ([], "[]")

    init(pageID: Int64, lastID: Int64, insert: BatchInserter) {
        self.pageID = pageID
        self.lastID = lastID
        self.insert = insert
    }

    /// The row id of the place `piece` quotes, inserted when new.
    mutating func id(of piece: Evidence) throws -> Int64 {
        let location = Location(line: piece.line, start: piece.bytes.lowerBound, end: piece.bytes.upperBound)
        if let id = stored[location]?.first(where: { Self.samePlace($0.piece, piece) })?.id { return id }
        if piece.sectionPath != lastSectionPath.path {
            lastSectionPath = (piece.sectionPath, JSONText.encode(piece.sectionPath))
        }
        let sectionPath = lastSectionPath.json
        lastID += 1
        let id = lastID
        try insert.add { row in
            row.bind(id); row.bind(pageID); row.bind(piece.document); row.bind(piece.line)
            row.bind(piece.bytes.lowerBound); row.bind(piece.bytes.upperBound)
            row.bind(sectionPath); row.bind(piece.blockKind); row.bind(piece.sentence)
        }
        stored[location, default: []].append((piece, id))
        return id
    }

    /// Stores the rows still waiting.
    func flush() throws {
        try insert.flush()
    }

    /// Everything of a piece of evidence but what it says of its fact (the
    /// location is compared by the lookup).
    private static func samePlace(_ a: Evidence, _ b: Evidence) -> Bool {
        a.sentence == b.sentence && a.document == b.document && a.blockKind == b.blockKind && a.sectionPath == b.sectionPath
    }
}
