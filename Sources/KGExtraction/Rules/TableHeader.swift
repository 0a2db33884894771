/// What a table's header says, worked out once per table: every row of a
/// table asks the same questions of the same header (which column names
/// the drug, which hold response rates, ...), and most tables have many rows.
struct TableHeader {
    /// The header's cells as written, and lower-cased.
    let titles: [String]
    let lower: [String]
    let drugColumn: Int?
    let referenceColumn: Int?
    /// Whether some column holds a measure (IC50, a response rate, ...).
    let measures: Bool
    let ic50Column: Int?
    let cellLineColumn: Int?
    let populationColumn: Int?
    /// Columns of response rates (not the drug column, not adverse events).
    let responseColumns: [Int]
    /// The column naming an adverse event, in a table of side effects.
    let adverseEventColumn: Int?
    /// Whether the table is one of drug interactions.
    let namesInteractions: Bool

    init(_ titles: [String]) {
        self.titles = titles
        let lower = titles.map { $0.lowercased() }
        self.lower = lower
        func column(_ words: [String]) -> Int? { lower.firstIndex { h in words.contains { h.has($0) } } }
        drugColumn = column(["therapy", "drug", "compound", "agent", "treatment", "regimen", "combination", "inhibitor"])
        referenceColumn = column(["reference", "ref", "source", "citation"])
        measures = lower.contains { ["ic50", "ec50", "response", "remission", "orr", "survival"].contains(where: $0.has) || Self.namesResponseAbbreviation($0) }
        ic50Column = column(["ic50", "ec50", "gi50", "ic 50"])
        cellLineColumn = column(["cell line", "cell"])
        populationColumn = column(["population", "patients", "setting", "indication", "disease"])
        let drugColumn = drugColumn
        responseColumns = lower.indices.filter { index in
            let title = lower[index]
            return index != drugColumn && (["response", "remission", "orr", "(cr", "survival", "rate"].contains(where: { title.has($0) }) || Self.namesResponseAbbreviation(title))
                && !title.has("adverse")
        }
        adverseEventColumn = lower.firstIndex { $0.has("adverse") || $0.has("side effect") || $0.has("reaction") || $0.has("toxicit") || $0 == "event" }
        namesInteractions = lower.contains { $0.has("interact") || $0.has("concomitant") || $0.has("recommendation") || $0.has("management") }
    }

    /// The usual abbreviations of response measures, as a column's words.
    static let responseAbbreviations: Set<Substring> = ["cr", "cri", "crc", "crh", "pr", "orr", "mmr", "ccyr"]

    /// A header such as "CR/CRi", "CR + CRi (%)" or "ORR": a column of response rates.
    static func namesResponseAbbreviation(_ lowerTitle: String) -> Bool {
        lowerTitle.split { !$0.isLetter }.contains { responseAbbreviations.contains($0) }
    }
}
