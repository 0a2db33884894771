import Foundation
import KGDocuments
import KGGraph
import Testing
@testable import KGExtraction

/// Pages about drugs the seeds do not cover, written in the corpus's styles
/// and kept apart from rule development (`Fixtures/held-out/`): for each,
/// the facts a careful reader takes from it, written from the page's text
/// before reading the extractor's output, and the wrong facts earlier
/// versions drew from it. What the extractor cannot read yet is listed as
/// a known miss, so that it shows in every test run instead of vanishing.
@Suite struct HeldOutPageTests {
    struct Expectations {
        var found: [String]
        var knownMisses: [String] = []
        var wrong: [String] = []
    }

    static func extract(_ name: String) throws -> (facts: Set<String>, graph: KnowledgeGraph) {
        try FixturePageTests.extract("held-out/" + name)
    }

    /// Checks the three lists; returns the graph for attribute checks.
    @discardableResult
    static func check(_ name: String, _ expectations: Expectations) throws -> KnowledgeGraph {
        let (facts, graph) = try extract(name)
        for fact in expectations.found { #expect(facts.contains(fact), "missing: \(fact)") }
        for fact in expectations.wrong { #expect(!facts.contains(fact), "wrong fact: \(fact)") }
        for fact in expectations.knownMisses {
            withKnownIssue("not extracted yet: \(fact)") { #expect(facts.contains(fact)) }
        }
        return graph
    }

    static func edge(_ graph: KnowledgeGraph, _ fact: String) -> Edge? {
        graph.edges.values.first { "\($0.subject.id) \($0.relation) \($0.object.id)" == fact }
    }

    @Test func nelarabineMonograph() throws {
        let graph = try Self.check("nelarabine.md", Expectations(
            found: [
                "nelarabine HAS_BRAND_NAME Arranon",
                "nelarabine HAS_BRAND_NAME Atriance",
                "nelarabine IS_A purine nucleoside analog",
                "nelarabine ACTIVATED_TO ara-g",
                "ara-g ACTIVATED_TO ara-gtp",
                "nelarabine ACTIVATED_BY DCK",
                "nelarabine ACTIVATED_BY DGUOK",
                "nelarabine ACTIVATED_BY ADA",
                "nelarabine APPROVED_FOR T-cell acute lymphoblastic leukemia",
                "nelarabine APPROVED_FOR T-cell lymphoblastic lymphoma",
                "ara-gtp INCORPORATED_INTO DNA",
                "ara-gtp INHIBITS dna synthesis",
                "ara-gtp INDUCES apoptosis",
                "DCK down CONFERS_RESISTANCE_TO nelarabine",
                "ABCC4 up CONFERS_RESISTANCE_TO nelarabine",
                "BCL2 up CONFERS_RESISTANCE_TO nelarabine",
                "nelarabine + venetoclax ADDRESSES BCL2 up",
                "nelarabine SYNERGIZES_WITH bortezomib",
                "nelarabine CAUSES_ADVERSE_EVENT fatigue",
                "nelarabine CAUSES_ADVERSE_EVENT neutropenia",
                "nelarabine CAUSES_ADVERSE_EVENT peripheral neuropathy",
                "nelarabine CAUSES_ADVERSE_EVENT tumor lysis syndrome",
                "nelarabine CAUSES_ADVERSE_EVENT guillain-barré-like demyelination",
                "nelarabine CONTRAINDICATED_IN hypersensitivity",
                "nelarabine AVOID_COMBINATION_WITH pentostatin",
                "pentostatin INHIBITS ADA",
            ],
            wrong: [
                "DNA INHIBITS dna synthesis",
                "nelarabine INHIBITS ADA",
            ]))
        #expect(Self.edge(graph, "nelarabine CAUSES_ADVERSE_EVENT tumor lysis syndrome")?.attributes["severity"] == "serious")
    }

    @Test func azacitidineMonographWithFAQ() throws {
        let graph = try Self.check("azacitidine.md", Expectations(
            found: [
                "azacitidine HAS_BRAND_NAME Vidaza",
                "azacitidine IS_A hypomethylating agent",
                "azacitidine IS_A pyrimidine nucleoside analog",
                "azacitidine INCORPORATED_INTO RNA",
                "azacitidine INCORPORATED_INTO DNA",
                "azacitidine INHIBITS DNMT1",
                "azacitidine USED_FOR myelodysplastic syndrome",
                "azacitidine USED_FOR acute myeloid leukemia",
                "azacitidine DOWNREGULATES MCL1",
                "azacitidine SYNERGIZES_WITH venetoclax",
                "venetoclax INHIBITS BCL2",
                "azacitidine + venetoclax TESTED_IN NCT02993523",
                "azacitidine + venetoclax HAS_RESPONSE_RATE CR/CRi 66%",
                "azacitidine HAS_RESPONSE_RATE CR/CRi 28%",
                "MCL1 up CONFERS_RESISTANCE_TO venetoclax",
                "BAX down CONFERS_RESISTANCE_TO venetoclax",
                "tp53 mutation CONFERS_RESISTANCE_TO venetoclax",
                "BCL2L1 up CONFERS_RESISTANCE_TO venetoclax",
                "azacitidine + venetoclax ADDRESSES MCL1 up",
                "azacitidine NOT_INHIBITS BCL2L1",
                "azacitidine CAUSES_ADVERSE_EVENT febrile neutropenia",
                "azacitidine CAUSES_ADVERSE_EVENT thrombocytopenia",
                "azacitidine CAUSES_ADVERSE_EVENT nausea",
            ],
            wrong: [
                "azacitidine INHIBITS DNA",
                "TP53 UPREGULATES BCL2L1",
                "TP53 down CONFERS_RESISTANCE_TO venetoclax",
                "azacitidine INHIBITS BCL2L1",
            ]))
        let mutation = graph.nodes[NodeKey(id: "tp53 mutation", kind: .resistanceMechanism)]
        #expect(mutation?.attributes["marker"] == "TP53")
        #expect(mutation?.attributes["alteration"] == "mutation")
        #expect(mutation?.attributes["direction"] == nil)
        let rate = Self.edge(graph, "azacitidine + venetoclax HAS_RESPONSE_RATE CR/CRi 66%")
        #expect(rate?.attributes["population"] == "Newly diagnosed AML, unfit")
    }

    @Test func gilteritinibClinicPageInHTML() throws {
        try Self.check("gilteritinib.html", Expectations(
            found: [
                "gilteritinib HAS_BRAND_NAME Xospata",
                "gilteritinib IS_A flt3 inhibitor",
                "gilteritinib INHIBITS FLT3",
                "gilteritinib INHIBITS AXL",
                "gilteritinib APPROVED_FOR acute myeloid leukemia",
                "nras mutation CONFERS_RESISTANCE_TO gilteritinib",
                "AXL up CONFERS_RESISTANCE_TO gilteritinib",
                "MCL1 up CONFERS_RESISTANCE_TO gilteritinib",
                "gilteritinib + venetoclax ADDRESSES MCL1 up",
                "gilteritinib + venetoclax HAS_RESPONSE_RATE CRc 58%",
                "gilteritinib + venetoclax TESTED_IN NCT03625505",
                "gilteritinib CAUSES_ADVERSE_EVENT differentiation syndrome",
                "gilteritinib CAUSES_ADVERSE_EVENT elevated liver enzymes",
                "gilteritinib CAUSES_ADVERSE_EVENT QT prolongation",
            ],
            wrong: [
                "NRAS down CONFERS_RESISTANCE_TO gilteritinib",
                "NRAS up CONFERS_RESISTANCE_TO gilteritinib",
            ]))
    }

    @Test func blinatumomabClinicPageInPlainText() throws {
        let graph = try Self.check("blinatumomab.txt", Expectations(
            found: [
                "blinatumomab HAS_BRAND_NAME Blincyto",
                "blinatumomab IS_A bispecific T-cell engager",
                "blinatumomab APPROVED_FOR B-cell precursor acute lymphoblastic leukemia",
                "CD19 down CONFERS_RESISTANCE_TO blinatumomab",
                "CD274 up CONFERS_RESISTANCE_TO blinatumomab",
                "blinatumomab + pembrolizumab ADDRESSES CD274 up",
                "blinatumomab CAUSES_ADVERSE_EVENT cytokine release syndrome",
                "blinatumomab CAUSES_ADVERSE_EVENT neurotoxicity",
                "blinatumomab CAUSES_ADVERSE_EVENT fever",
            ],
            wrong: [
                "CD274 up CONFERS_RESISTANCE_TO pembrolizumab",
            ]))
        #expect(Self.edge(graph, "blinatumomab CAUSES_ADVERSE_EVENT fever")?.attributes["frequency"] == "common")
    }

    @Test func ibrutinibVendorPageInHTML() throws {
        let graph = try Self.check("ibrutinib-vendor.html", Expectations(
            found: [
                "ibrutinib IS_A btk inhibitor",
                "ibrutinib INHIBITS BTK",
                "ibrutinib HAS_IC50 0.9 nM",
                "ibrutinib HAS_IC50 3.4 nM",
                "btk c481s mutation CONFERS_RESISTANCE_TO ibrutinib",
                "plcg2 mutation CONFERS_RESISTANCE_TO ibrutinib",
                "pirtobrutinib ADDRESSES btk c481s mutation",
                "ibrutinib + venetoclax HAS_RESPONSE_RATE CR 56%",
                "ibrutinib CAUSES_ADVERSE_EVENT atrial fibrillation",
                "ibrutinib CAUSES_ADVERSE_EVENT hemorrhage",
                "ibrutinib CAUSES_ADVERSE_EVENT hypertension",
                "ibrutinib AVOID_COMBINATION_WITH strong cyp3a inhibitor",
                "ibrutinib AVOID_COMBINATION_WITH ketoconazole",
                "ibrutinib INHIBITS b-cell receptor signaling",
                "ketoconazole IS_A strong cyp3a inhibitor",
            ],
            wrong: [
                "C481S down CONFERS_RESISTANCE_TO ibrutinib",
                "BTK down CONFERS_RESISTANCE_TO ibrutinib",
                "PLCG2 down CONFERS_RESISTANCE_TO ibrutinib",
                "ketoconazole IS_A strong cyp3a inhibitors",
            ]))
        let mutation = graph.nodes[NodeKey(id: "btk c481s mutation", kind: .resistanceMechanism)]
        #expect(mutation?.attributes["marker"] == "BTK")
        #expect(mutation?.attributes["variant"] == "C481S")
        #expect(Self.edge(graph, "ibrutinib HAS_IC50 0.9 nM")?.attributes["cell_line"] == "TMD8")
        let rate = Self.edge(graph, "ibrutinib + venetoclax HAS_RESPONSE_RATE CR 56%")
        #expect(rate?.attributes["metric"] == "complete response")
        // "For research use only." stands in the page's <footer>, which the HTML reader leaves out as boilerplate.
        withKnownIssue("footer disclaimers are not read") { #expect(graph.edges.values.contains { $0.relation == "HAS_RELIABILITY_NOTE" }) }
    }

    @Test func asparaginaseDrugDatabasePage() throws {
        try Self.check("asparaginase-db.md", Expectations(
            found: [
                "asparaginase HAS_BRAND_NAME Rylaze",
                "asparaginase IS_A antineoplastic enzyme",
                "asparaginase USED_FOR acute lymphoblastic leukemia",
                "asparaginase USED_FOR lymphoblastic lymphoma",
                "ASNS up CONFERS_RESISTANCE_TO asparaginase",
                "asparaginase CAUSES_ADVERSE_EVENT pancreatitis",
                "asparaginase CAUSES_ADVERSE_EVENT thrombosis",
                "asparaginase CAUSES_ADVERSE_EVENT hepatotoxicity",
                "asparaginase CAUSES_ADVERSE_EVENT allergic reactions",
                "asparaginase CONTRAINDICATED_IN severe hepatic impairment",
                "asparaginase CONTRAINDICATED_IN history of serious pancreatitis with prior asparaginase therapy",
            ],
            wrong: [
                "ASNS down CONFERS_RESISTANCE_TO asparaginase",
            ]))
    }
}
