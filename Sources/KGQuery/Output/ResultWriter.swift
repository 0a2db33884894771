import Datalog
import Foundation

/// Prints query results as an aligned table, TSV, CSV or JSON, with, when
/// asked, the sentences each answer rests on.
///
/// ```swift
/// let text = ResultWriter(format: .table).render(run.results)
/// // M          C
/// // ---------  ------------------------
/// // DCK down   clofarabine + cytarabine
/// // (1 answer)
/// ```
///
/// With evidence, a table lists `document:line  sentence` under each
/// answer; TSV and CSV repeat the answer once per sentence with four more
/// columns (`doc`, `line`, `fact`, `sentence`); JSON adds an `evidence`
/// array to each row.
public struct ResultWriter: Sendable {
    public var format: ResultFormat
    public init(format: ResultFormat) { self.format = format }

    /// One answer and what supports it.
    public struct Row: Sendable {
        public var values: [Value]
        public var sources: [Explanation.Source]?
        public init(values: [Value], sources: [Explanation.Source]? = nil) {
            self.values = values
            self.sources = sources
        }
    }

    public func render(_ results: [QueryResult]) -> String {
        render(results.map { ($0, $0.rows.map { Row(values: $0) }) })
    }

    public func render(_ tables: [(result: QueryResult, rows: [Row])]) -> String {
        switch format {
        case .table: return tables.map { table($0.result, $0.rows, titled: tables.count > 1) }.joined(separator: "\n")
        case .tsv: return delimited(tables, separator: "\t", cell: Self.tsvCell)
        case .csv: return delimited(tables, separator: ",", cell: Self.csvCell)
        case .json: return json(tables)
        }
    }

    private func table(_ result: QueryResult, _ rows: [Row], titled: Bool) -> String {
        var out = titled ? result.title + "\n" : ""
        let cells = rows.map { $0.values.map(\.description).map(Self.oneLine) }
        var widths = result.columns.map(\.count)
        for row in cells { for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) } }
        func line(_ values: [String]) -> String {
            values.enumerated().map { index, value in
                index == values.count - 1 ? value : value.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        if !result.columns.isEmpty {
            out += line(result.columns) + "\n"
            out += line(widths.map { String(repeating: "-", count: max($0, 1)) }) + "\n"
        }
        for (row, values) in zip(rows, cells) {
            out += line(values) + "\n"
            // One sentence may state several facts of the answer: list it once.
            var shown: Set<String> = []
            for source in row.sources ?? [] {
                let text = "    \(source.document):\(source.line)  \(Self.oneLine(source.sentence))\n"
                if shown.insert(text).inserted { out += text }
            }
        }
        out += "(\(rows.count) answer\(rows.count == 1 ? "" : "s"))\n"
        return out
    }

    private func delimited(_ tables: [(result: QueryResult, rows: [Row])], separator: String, cell: (String) -> String) -> String {
        var out = ""
        for (index, (result, rows)) in tables.enumerated() {
            if tables.count > 1 { out += (index > 0 ? "\n" : "") + "# " + result.title + "\n" }
            let withEvidence = rows.contains { $0.sources != nil }
            let header = result.columns + (withEvidence ? ["doc", "line", "fact", "sentence"] : [])
            out += header.map(cell).joined(separator: separator) + "\n"
            for row in rows {
                let values = row.values.map(\.description)
                if let sources = row.sources {
                    for source in sources.isEmpty ? [nil] : sources.map(Optional.some) {
                        let extra = source.map { [$0.document, String($0.line), $0.statement, $0.sentence] } ?? ["", "", "", ""]
                        out += (values + extra).map(cell).joined(separator: separator) + "\n"
                    }
                } else {
                    out += values.map(cell).joined(separator: separator) + "\n"
                }
            }
        }
        return out
    }

    private func json(_ tables: [(result: QueryResult, rows: [Row])]) -> String {
        let objects: [[String: Any]] = tables.map { result, rows in
            [
                "title": result.title,
                "relation": result.relation,
                "columns": result.columns,
                "rows": rows.map { row -> [String: Any] in
                    var object: [String: Any] = [:]
                    for (index, value) in row.values.enumerated() {
                        let name = index < result.columns.count ? result.columns[index] : "column\(index + 1)"
                        object[name] = Self.jsonValue(value)
                    }
                    if let sources = row.sources {
                        object["evidence"] = sources.map { ["doc": $0.document, "line": $0.line, "fact": $0.statement, "sentence": $0.sentence] as [String: Any] }
                    }
                    return object
                },
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func jsonValue(_ value: Value) -> Any {
        switch value {
        case .symbol(let text): text
        case .number(let n): n
        case .float(let d): d
        }
    }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    static func tsvCell(_ text: String) -> String { oneLine(text) }

    static func csvCell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
