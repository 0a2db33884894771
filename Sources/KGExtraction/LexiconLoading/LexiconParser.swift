import KGGraph

/// Reads the lexicon's text format (see `Lexicon/README.md`).
///
/// ```text
/// @kind Drug
/// venetoclax | brand: Venclexta | code: ABT-199 | class: bcl-2 inhibitor | target: BCL2
/// ```
struct LexiconParser {
    /// Kind names accepted after `@kind`, beside the schema's node kinds.
    static let ignoreKind = "Ignore"

    var file: String

    /// Parses one file's text. Lines of `@kind Ignore` go to `ignored`.
    func parse(_ text: String) throws(LexiconError) -> (entries: [LexiconEntry], ignored: [String]) {
        var entries: [LexiconEntry] = []
        var ignored: [String] = []
        var kind: NodeKind?
        var ignoring = false
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@") {
                let parts = line.dropFirst().split(separator: " ", maxSplits: 1).map { String($0).trimmingWhitespace() }
                guard parts.first == "kind", parts.count == 2 else {
                    throw LexiconError(file: file, line: lineNumber, message: "unknown directive '\(line)'; expected '@kind <Kind>'")
                }
                if parts[1] == Self.ignoreKind {
                    ignoring = true
                    kind = nil
                } else if let known = NodeKind(rawValue: parts[1]), Self.allowedKinds.contains(known) {
                    ignoring = false
                    kind = known
                } else {
                    let allowed = (Self.allowedKinds.map(\.rawValue) + [Self.ignoreKind]).joined(separator: ", ")
                    throw LexiconError(file: file, line: lineNumber, message: "unknown kind '\(parts[1])'; expected one of \(allowed)")
                }
                continue
            }
            if ignoring {
                ignored.append(contentsOf: line.split(separator: "|").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty })
                continue
            }
            guard let kind else {
                throw LexiconError(file: file, line: lineNumber, message: "entry before any '@kind' line")
            }
            entries.append(try parseEntry(line, kind: kind, lineNumber: lineNumber))
        }
        return (entries, ignored)
    }

    static let allowedKinds: [NodeKind] = [.drug, .drugClass, .metabolite, .gene, .process, .disease, .adverseEvent, .condition, .cellLine]

    private func parseEntry(_ line: String, kind: NodeKind, lineNumber: Int) throws(LexiconError) -> LexiconEntry {
        let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        guard let canonical = fields.first, !canonical.isEmpty, !canonical.contains(":") else {
            throw LexiconError(file: file, line: lineNumber, message: "an entry starts with its canonical id, such as 'venetoclax | brand: Venclexta'")
        }
        var entry = LexiconEntry(kind: kind, canonical: canonical, names: [.init(text: canonical)], file: file, line: lineNumber)
        for field in fields.dropFirst() {
            if field.isEmpty {
                throw LexiconError(file: file, line: lineNumber, message: "empty field between '|' separators")
            }
            // A tag is letters, a colon and a space ("brand: X"); "BCR::ABL1" is a name.
            guard let colon = field.firstIndex(of: ":"), field[..<colon].allSatisfy({ $0.isLetter }),
                  field.index(after: colon) < field.endIndex, field[field.index(after: colon)] == " " else {
                entry.names.append(.init(text: field))
                continue
            }
            let tag = String(field[..<colon]).lowercased()
            let value = String(field[field.index(after: colon)...]).trimmingWhitespace()
            guard !value.isEmpty else {
                throw LexiconError(file: file, line: lineNumber, message: "'\(tag):' has no value")
            }
            switch tag {
            case "class": entry.classes.append(value)
            case "target": entry.targets.append(value)
            default:
                guard let role = LexiconEntry.Role(rawValue: tag) else {
                    throw LexiconError(file: file, line: lineNumber,
                                       message: "unknown tag '\(tag):'; expected brand, code, abbr, exact, class or target")
                }
                entry.names.append(.init(text: value, role: role))
            }
        }
        return entry
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs (and CR).
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\r" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
