import Testing
@testable import KGExtraction

@Suite struct MechanismRuleTests {
    @Test func subjectVerbObject() {
        let facts = PageBuilder.facts([
            "# Fludarabine",
            "Receptor Binding/Enzyme Inhibition: Fludarabine triphosphate inhibits ribonucleotide reductase, a crucial enzyme for DNA synthesis.",
            "Fludarabine is a prodrug that requires phosphorylation by dCK to its active form.",
        ])
        #expect(facts.contains("f-ara-atp INHIBITS ribonucleotide reductase"))
        #expect(!facts.contains("f-ara-atp INHIBITS dna synthesis"))
        #expect(facts.contains("fludarabine ACTIVATED_BY DCK"))
        #expect(facts.contains("fludarabine IS_A prodrug"))
    }

    /// A participle between a preposition and its noun describes the noun
    /// ("from decreased dCK activity"); it is not the subject's action. The
    /// same word as a verb still is one.
    @Test func anAttributiveParticipleIsNotAVerb() {
        let attributive = PageBuilder.facts([
            "# Cytarabine",
            "Resistance to cytarabine can arise from decreased dCK activity.",
            "Resistance to daunorubicin may be due to increased ABCB1 expression.",
        ])
        #expect(!attributive.contains("cytarabine DOWNREGULATES DCK"))
        #expect(!attributive.contains { $0.hasPrefix("daunorubicin ") && $0.hasSuffix(" ABCB1") && !$0.contains("RESIST") })
        let verb = PageBuilder.facts([
            "# Cytarabine",
            "Cytarabine decreased dCK expression in resistant cells.",
        ])
        #expect(verb.contains("cytarabine DOWNREGULATES DCK"))
    }
}
