/// The relations of the schema (`shared/spec/schema.md`) and their Datalog
/// names: `CONFERS_RESISTANCE_TO` is `confers_resistance_to(s, o)`.
///
/// Every schema relation is declared for a program even when the graph has
/// no edge of it, so that a query about an empty relation answers nothing
/// instead of failing.
public enum SchemaRelationNames {
    public static let schema = [
        "IS_A", "HAS_BRAND_NAME", "HAS_SYNONYM", "ACTIVATED_BY", "ACTIVATED_TO", "INHIBITS", "ACTIVATES",
        "UPREGULATES", "STABILIZES", "INCREASES", "INDUCES", "NOT_INHIBITS", "EFFLUXED_BY", "TRANSPORTED_BY",
        "INCORPORATED_INTO", "INDICATED_FOR", "APPROVED_FOR", "STUDIED_FOR", "USED_FOR", "NOT_APPROVED_FOR",
        "NOT_INDICATED_FOR", "CAUSES_ADVERSE_EVENT", "CONTRAINDICATED_IN", "CONFERS_RESISTANCE_TO", "ADDRESSES",
        "HAS_COMPONENT", "SYNERGIZES_WITH", "INTERACTS_WITH", "AVOID_COMBINATION_WITH", "HAS_RESPONSE_RATE",
        "HAS_IC50", "TESTED_IN", "SUGGESTS",
        "HAS_DOSING", "HAS_ROUTE", "REQUIRES_MONITORING", "DOSE_ADJUSTMENT_IN", "DISCONTINUE_IF", "ELIMINATED_VIA",
        "HAS_LINE_OF_THERAPY", "HAS_RELIABILITY_NOTE",
    ]

    /// `CONFERS_RESISTANCE_TO` → `confers_resistance_to`; any other
    /// character than a letter, digit or `_` becomes `_`.
    public static func datalogName(of relation: String) -> String {
        String(relation.lowercased().map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    }
}
