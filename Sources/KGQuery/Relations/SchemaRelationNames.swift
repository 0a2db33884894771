import KGGraph

/// The relations of the schema (`shared/spec/schema.md`) and their Datalog
/// names: `CONFERS_RESISTANCE_TO` is `confers_resistance_to(s, o)`.
///
/// Every schema relation is declared for a program even when the graph has
/// no edge of it, so that a query about an empty relation answers nothing
/// instead of failing.
public enum SchemaRelationNames {
    /// The schema's relations (``SchemaRelationList``), upper snake case.
    public static var schema: [String] { SchemaRelationList.all }

    /// `CONFERS_RESISTANCE_TO` → `confers_resistance_to`; any other
    /// character than a letter, digit or `_` becomes `_`.
    public static func datalogName(of relation: String) -> String {
        String(relation.lowercased().map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    }
}
