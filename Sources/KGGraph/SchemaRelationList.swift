/// The relations of the schema (`shared/spec/schema.md`), in its order:
/// the core, scored relations, then those reported apart. One list for
/// every stage that needs it (the facts command's `--relation`, the Datalog
/// relations a query gets), so they cannot drift apart.
///
/// ```swift
/// SchemaRelationList.all.contains("CONFERS_RESISTANCE_TO")   // true
/// ```
public enum SchemaRelationList {
    public static let core = [
        "IS_A", "HAS_BRAND_NAME", "HAS_SYNONYM", "ACTIVATED_BY", "ACTIVATED_TO", "INHIBITS", "ACTIVATES",
        "UPREGULATES", "STABILIZES", "INCREASES", "INDUCES", "NOT_INHIBITS", "EFFLUXED_BY", "TRANSPORTED_BY",
        "INCORPORATED_INTO", "INDICATED_FOR", "APPROVED_FOR", "STUDIED_FOR", "USED_FOR", "NOT_APPROVED_FOR",
        "NOT_INDICATED_FOR", "CAUSES_ADVERSE_EVENT", "CONTRAINDICATED_IN", "CONFERS_RESISTANCE_TO", "ADDRESSES",
        "HAS_COMPONENT", "SYNERGIZES_WITH", "INTERACTS_WITH", "AVOID_COMBINATION_WITH", "HAS_RESPONSE_RATE",
        "HAS_IC50", "TESTED_IN", "SUGGESTS",
    ]

    public static let additional = [
        "HAS_DOSING", "HAS_ROUTE", "REQUIRES_MONITORING", "DOSE_ADJUSTMENT_IN", "DISCONTINUE_IF", "ELIMINATED_VIA",
        "HAS_LINE_OF_THERAPY", "HAS_RELIABILITY_NOTE",
    ]

    public static let all = core + additional
}
