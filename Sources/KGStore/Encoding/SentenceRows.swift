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

        /// One word hashed, not three: the lookup runs once per piece of evidence.
        func hash(into hasher: inout Hasher) {
            hasher.combine(line &* 0x9E37_79B9 ^ start &* 0x85EB_CA77 ^ end)
        }
    }

    /// A place written: what sets it apart from others at its location, its
    /// row id, and the next place written at the same location (or -1).
    private struct Place {
        var document: String
        var sectionPath: [String]
        var blockKind: String
        var sentence: String
        var id: Int64
        var next: Int
    }

    private let pageID: Int64
    private let insert: BatchInserter
    /// The id of the last sentence row (stored, or waiting in `insert`).
    private(set) var lastID: Int64
    /// The first place written at each location, by index in `places`.
    private var first: [Location: Int] = [:]
    private var places: [Place] = []
    /// The last section path written and its JSON: sentences stating
    /// several facts come one after the other, with the same path.
    private var lastSectionPath: (path: [String], json: String) = ([], "[]")

    /// `expected`: about how many pieces of evidence will be looked up
    /// (room is made for that many places at once).
    init(pageID: Int64, lastID: Int64, insert: BatchInserter, expected: Int = 0) {
        self.pageID = pageID
        self.lastID = lastID
        self.insert = insert
        first.reserveCapacity(expected)
        places.reserveCapacity(expected)
    }

    /// The row id of the place `piece` quotes, inserted when new.
    mutating func id(of piece: Evidence) throws -> Int64 {
        let location = Location(line: piece.line, start: piece.bytes.lowerBound, end: piece.bytes.upperBound)
        var previous = -1
        var index = first[location] ?? -1
        while index >= 0 {
            let place = places[index]
            if place.sentence == piece.sentence && place.document == piece.document && place.blockKind == piece.blockKind
                && place.sectionPath == piece.sectionPath {
                return place.id
            }
            previous = index
            index = place.next
        }
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
        places.append(Place(document: piece.document, sectionPath: piece.sectionPath, blockKind: piece.blockKind,
                            sentence: piece.sentence, id: id, next: -1))
        if previous >= 0 {
            places[previous].next = places.count - 1
        } else {
            first[location] = places.count - 1
        }
        return id
    }

    /// Stores the rows still waiting.
    func flush() throws {
        try insert.flush()
    }
}
