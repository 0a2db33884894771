/// The kinds of node of the schema (`shared/spec/schema.md`), plus `Value`
/// for measured values (`ORR 38%`, `0.15 µM`) and `Name` for brand names and
/// synonyms when they are objects of an edge.
public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case drug = "Drug"
    case drugClass = "DrugClass"
    case metabolite = "Metabolite"
    case gene = "Gene"
    case process = "Process"
    case disease = "Disease"
    case adverseEvent = "AdverseEvent"
    case condition = "Condition"
    case resistanceMechanism = "ResistanceMechanism"
    case combination = "Combination"
    case cellLine = "CellLine"
    case study = "Study"
    case document = "Document"
    case value = "Value"
    case name = "Name"

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
