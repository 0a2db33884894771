import Foundation
import KGDocuments
import KGGraph

/// Table rows read by their header: a drug column with an IC50 column gives
/// HAS_IC50 (`cell_line`, `model`, `unit`, `refs`); a population column with
/// response columns (ORR, CR, ...) gives HAS_RESPONSE_RATE (`metric`,
/// `population`, `refs`). A combination in the drug cell ("A + B") is the
/// subject. Rule ids: `table.ic50`, `table.response_rate`.
enum TableRules {
    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        guard case .tableRow(let header, let cells) = unit.blockKind, !header.isEmpty, cells.count == header.count else { return }
        let table = state.tableHeader(header)
        let refs = table.referenceColumn.map { TextCleaner.citations(in: cells[$0]) } ?? ""
        if table.drugColumn == nil, adverseEvents(table, cells: cells, unit: unit, &state) { return }
        if !table.measures, interactions(table, unit: unit, &state) { return }
        // Without a drug column, a table on a drug's page is about that drug.
        let pageDrug = state.mainDrug.map { state.sink.node($0) }
        // A regimen cell that names no drug we know ("Standard chemotherapy") is another arm, not the page's drug.
        guard let subject = table.drugColumn.map({ subject(cells[$0], unit: unit, &state) }) ?? pageDrug else { return }
        if let ic50 = table.ic50Column {
            let value = normalizedValue(cells[ic50])
            guard value.contains(where: \.isNumber) else { return }
            var attributes: [String: String] = [:]
            if let cellColumn = table.cellLineColumn {
                let (name, model) = splitParenthesis(cells[cellColumn])
                attributes["cell_line"] = name
                if let model { attributes["model"] = model }
            }
            if let unitText = unitOf(value) { attributes["unit"] = unitText }
            if !refs.isEmpty { attributes["refs"] = refs }
            let metric = header[ic50].uppercased().has("EC50") ? "EC50" : "IC50"
            let object = state.sink.node(id: value, kind: .value)
            state.sink.add(subject, metric == "IC50" ? "HAS_IC50" : "HAS_EC50", object, attributes: attributes, unit: unit, rule: "table.ic50", confidence: 0.9)
        }
        let population = table.populationColumn.map { cells[$0] }
        for index in table.responseColumns {
            let value = cells[index].trimmingWhitespace()
            guard value.has("%"), value.contains(where: \.isNumber) else { continue }
            let (metricName, abbreviation) = splitParenthesis(header[index])
            // "CR/CRi (%)": a unit in parentheses is not the measure's abbreviation.
            let label = abbreviation.flatMap { $0.contains(where: \.isLetter) ? $0 : nil } ?? metricName
            var attributes = ["metric": metricName.lowercased()]
            if let population { attributes["population"] = population }
            if !refs.isEmpty { attributes["refs"] = refs }
            let object = state.sink.node(id: "\(label) \(value)", kind: .value)
            state.sink.add(subject, "HAS_RESPONSE_RATE", object, attributes: attributes, unit: unit, rule: "table.response_rate", confidence: 0.9)
        }
    }

    /// "Adverse Reaction | Any Grade (%) | Grade ≥3 (%)": CAUSES_ADVERSE_EVENT
    /// from the page's drug, with the first percentage as `frequency`.
    static func adverseEvents(_ table: TableHeader, cells: [String], unit: SentenceUnit, _ state: inout RuleState) -> Bool {
        guard let column = table.adverseEventColumn, let drug = state.mainDrug else { return false }
        let header = table.lower
        let cell = TextCleaner.clean(cells[column])
        let tokens = Tokenizer.tokens(cell)
        let known = Recognizer(lexicon: state.lexicon).mentions(in: tokens).first { $0.kind == .adverseEvent && $0.first == 0 && $0.end == tokens.count }
        let event: NodeKey
        if let known {
            event = state.sink.node(known)
        } else {
            let head = Phrases.head(tokens, 0..<tokens.count)
            guard !head.isEmpty, head.count <= 6, !Phrases.isVague(tokens, head) else { return true }
            event = state.sink.node(id: Phrases.id(tokens, head), kind: .adverseEvent, name: cell)
        }
        var attributes: [String: String] = [:]
        if let percent = cells.indices.first(where: { $0 != column && cells[$0].has("%") || header[$0].has("%") && cells[$0].contains(where: \.isNumber) }) {
            let value = cells[percent].trimmingWhitespace()
            attributes["frequency"] = value.has("%") ? value : value + "%"
        }
        state.sink.add(state.sink.node(drug), "CAUSES_ADVERSE_EVENT", event, attributes: attributes, unit: unit, rule: "table.adverse_event", confidence: 0.9)
        return true
    }

    /// "Drug | Effect | Recommendation": INTERACTS_WITH, or AVOID_COMBINATION_WITH
    /// when the row says to avoid it.
    static func interactions(_ table: TableHeader, unit: SentenceUnit, _ state: inout RuleState) -> Bool {
        guard table.namesInteractions, let drug = state.mainDrug else { return false }
        let partners = unit.mentions.filter { ($0.kind == .drug || $0.kind == .drugClass) && $0.id != drug.id }
        guard let partner = partners.first else { return true }
        let relation = unit.says(.avoid) || unit.says(.contraindicat) ? "AVOID_COMBINATION_WITH" : "INTERACTS_WITH"
        state.sink.add(state.sink.node(drug), relation, state.sink.node(partner), unit: unit, rule: "table.interaction", confidence: 0.85)
        return true
    }

    static func subject(_ cell: String, unit: SentenceUnit, _ state: inout RuleState) -> NodeKey? {
        let tokens = Tokenizer.tokens(TextCleaner.clean(cell))
        var recognizer = Recognizer(lexicon: state.lexicon)
        recognizer.pageAbbreviations = [:]
        // "Standard chemotherapy", "Placebo + azacitidine": neither a generic arm nor a placebo is a member.
        let drugs = recognizer.mentions(in: tokens).filter { $0.kind == .drug || $0.kind == .drugClass && !ClassRules.tooGeneric.contains($0.id) }
        guard !drugs.isEmpty else { return nil }
        let placebo = tokens.contains { $0.key == "placebo" }
        // "Inotuzumab ozogamicin + mini-hyper-CVD": a partner we cannot name; the drug alone would be wrong.
        let joined = tokens.contains { ["+", "plus", "with", "and", "/"].contains($0.key) }
        if drugs.count == 1, joined, !placebo, drugs[0].first > 0 || drugs[0].end < tokens.count { return nil }
        if drugs.count == 1 { return state.sink.node(drugs[0]) }
        return state.sink.combination(drugs.map { state.sink.node($0) }, unit: unit, rule: "table.combination")
    }

    /// "0.15 $\mu$ M", "0.15 μM" → "0.15 µM"; "0.01 - 0.1 µM" kept as a range.
    static func normalizedValue(_ text: String) -> String {
        // Foundation's replacement is slow even when nothing matches: ask first.
        var value = TextCleaner.clean(text)
        // A value of ASCII and micro signs (almost all) is replaced over its
        // bytes: with nothing that composes, a literal match is Foundation's.
        let plain = value.unicodeScalars.allSatisfy { $0.isASCII || $0 == "µ" || $0 == "μ" }
        for (spelled, normal) in [("μ", "µ"), ("µ M", "µM"), ("n M", "nM")] where value.has(spelled) {
            value = plain ? value.replacingEvery(spelled, with: normal) : value.replacingOccurrences(of: spelled, with: normal)
        }
        return value.split(separator: " ").joined(separator: " ")
    }

    static func unitOf(_ value: String) -> String? {
        for unit in ["µM", "nM", "mM", "pM", "µg/mL", "ng/mL", "mg/mL", "M"] where value.hasSuffix(unit) { return unit }
        return nil
    }

    /// "Loucy (T-ALL)" → ("Loucy", "T-ALL"); "Complete Remission (CR)" → ("Complete Remission", "CR").
    static func splitParenthesis(_ text: String) -> (String, String?) {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return (text.trimmingWhitespace(), nil) }
        let inner = text[text.index(after: open)..<close].trimmingWhitespace()
        return (text[..<open].trimmingWhitespace(), inner.isEmpty ? nil : inner)
    }
}
