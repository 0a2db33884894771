import KGGraph

/// Writes the facts table of `shared/spec/schema.md` (what `kg facts`
/// prints): a header, then one row per edge and piece of evidence, tab
/// separated. The table itself is ``FactsTable``'s; this only names it as an
/// export format, so the two can never disagree.
///
/// ```
/// subject	subject_kind	relation	object	object_kind	attributes	doc	line	evidence
/// clofarabine	Drug	ACTIVATED_BY	DCK	Gene		Corpus/clofarabine-monograph.md	12	Clofarabine is ...
/// ```
public struct FactsTSVWriter: Sendable {
    public init() {}

    public func render(_ graph: KnowledgeGraph) -> String {
        FactsTable(graph: graph).tsv()
    }
}
