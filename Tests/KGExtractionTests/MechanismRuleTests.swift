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
}
