import Foundation
import KGDocuments
import KGGraph
import Testing
@testable import KGExtraction

/// Pages written for these tests about drugs other than the seeds' (and in
/// other styles: Markdown monograph with front matter, plain-text clinic
/// page, HTML vendor page), read through the real readers.
@Suite struct FixturePageTests {
    static func extract(_ name: String) throws -> (facts: Set<String>, graph: KnowledgeGraph) {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil))
        let document = try DocumentLoader().load(path: url.path)
        let graph = Extractor(lexicon: RecognizerTests.lexicon).extract(document).graph
        return (Set(graph.edges.values.map { "\($0.subject.id) \($0.relation) \($0.object.id)" }), graph)
    }

    @Test func venetoclaxMonographInMarkdown() throws {
        let (facts, graph) = try Self.extract("venetoclax-monograph.md")
        let expected = [
            "venetoclax HAS_BRAND_NAME Venclexta",
            "venetoclax IS_A bcl-2 inhibitor",
            "venetoclax INHIBITS BCL2",
            "venetoclax INDUCES apoptosis",
            "venetoclax INDICATED_FOR chronic lymphocytic leukemia",
            "azacitidine + venetoclax INDICATED_FOR acute myeloid leukemia",
            "MCL1 up CONFERS_RESISTANCE_TO venetoclax",
            "BAX down CONFERS_RESISTANCE_TO venetoclax",
            "azacitidine + venetoclax ADDRESSES MCL1 up",
            "azacitidine + venetoclax HAS_COMPONENT azacitidine",
            "venetoclax CAUSES_ADVERSE_EVENT neutropenia",
            "venetoclax CAUSES_ADVERSE_EVENT nausea",
            "venetoclax CAUSES_ADVERSE_EVENT diarrhea",
            "venetoclax CAUSES_ADVERSE_EVENT upper respiratory tract infection",
            "venetoclax CAUSES_ADVERSE_EVENT tumor lysis syndrome",
            "venetoclax CAUSES_ADVERSE_EVENT febrile neutropenia",
            "venetoclax AVOID_COMBINATION_WITH strong cyp3a inducer",
            "venetoclax AVOID_COMBINATION_WITH p-gp inhibitor",
            "venetoclax HAS_IC50 0.02 µM",
            "venetoclax NOT_INHIBITS MCL1",
            "venetoclax CAUSES_ADVERSE_EVENT thrombocytopenia",
            "venetoclax CAUSES_ADVERSE_EVENT headache",
            "venetoclax AVOID_COMBINATION_WITH posaconazole",
            "venetoclax INTERACTS_WITH warfarin",
            "venetoclax HAS_RESPONSE_RATE ORR 79%",
            "venetoclax HAS_RESPONSE_RATE CR 20%",
        ]
        for fact in expected { #expect(facts.contains(fact), "missing: \(fact)") }
        // Negation is kept off the positive edge.
        #expect(!facts.contains("venetoclax INHIBITS MCL1"))
        #expect(!facts.contains("azacitidine + venetoclax INDICATED_FOR chronic lymphocytic leukemia"))
        // Frequency and severity come from the list's heading; IC50 rows keep their cell line.
        let tls = graph.edges.values.first { $0.relation == "CAUSES_ADVERSE_EVENT" && $0.object.id == "tumor lysis syndrome" }
        #expect(tls?.attributes["severity"] == "serious")
        let nausea = graph.edges.values.first { $0.relation == "CAUSES_ADVERSE_EVENT" && $0.object.id == "nausea" }
        #expect(nausea?.attributes["frequency"] == "common")
        let ic50 = graph.edges.values.first { $0.relation == "HAS_IC50" && $0.object.id == "0.02 µM" }
        #expect(ic50?.attributes["cell_line"] == "MOLM-13")
        #expect(ic50?.evidence.first?.blockKind == "table_row")
        #expect(graph.nodes[NodeKey(id: "MCL1 up", kind: .resistanceMechanism)]?.attributes["direction"] == "up")
    }

    @Test func fludarabineClinicPageInPlainText() throws {
        let (facts, graph) = try Self.extract("fludarabine-clinic.txt")
        let expected = [
            "fludarabine HAS_BRAND_NAME Fludara",
            "fludarabine IS_A purine nucleoside analog",
            "fludarabine ACTIVATED_BY DCK",
            "fludarabine INHIBITS dna synthesis",
            "fludarabine NOT_INDICATED_FOR solid tumor",
            "fludarabine INDICATED_FOR chronic lymphocytic leukemia",
            "fludarabine INDICATED_FOR acute myeloid leukemia",
            "fludarabine INDICATED_FOR non-Hodgkin lymphoma",
            "fludarabine CAUSES_ADVERSE_EVENT neutropenia",
            "fludarabine CAUSES_ADVERSE_EVENT autoimmune hemolytic anemia",
            "fludarabine CAUSES_ADVERSE_EVENT vomiting",
            "fludarabine CAUSES_ADVERSE_EVENT progressive multifocal leukoencephalopathy",
            "fludarabine CONTRAINDICATED_IN severe renal impairment",
            "fludarabine CONTRAINDICATED_IN pregnancy",
            "cyclophosphamide + fludarabine + rituximab USED_FOR chronic lymphocytic leukemia",
            "cytarabine + filgrastim + fludarabine USED_FOR acute myeloid leukemia",
            "DCK down CONFERS_RESISTANCE_TO fludarabine",
        ]
        for fact in expected { #expect(facts.contains(fact), "missing: \(fact)") }
        #expect(!facts.contains("CDA up CONFERS_RESISTANCE_TO fludarabine"), "a negated statement never becomes a positive edge")
        #expect(!facts.contains("fludarabine INDICATED_FOR solid tumor"))
        let pml = graph.edges.values.first { $0.object.id == "progressive multifocal leukoencephalopathy" }
        #expect(pml?.attributes["frequency"] == "rare")
        #expect(pml?.attributes["severity"] == "serious")
    }

    @Test func gilteritinibVendorPageInHTML() throws {
        let (facts, _) = try Self.extract("gilteritinib-vendor.html")
        let expected = [
            "gilteritinib IS_A flt3 inhibitor",
            "gilteritinib INHIBITS FLT3",
            "gilteritinib INHIBITS AXL",
            "gilteritinib APPROVED_FOR acute myeloid leukemia",
            "gilteritinib HAS_IC50 0.92 nM",
            "AXL up CONFERS_RESISTANCE_TO gilteritinib",
            "NRAS up CONFERS_RESISTANCE_TO gilteritinib",
            "gilteritinib + tuspetinib ADDRESSES AXL up",
            "gilteritinib SYNERGIZES_WITH venetoclax",
            "gilteritinib TESTED_IN NCT02421939",
        ]
        for fact in expected { #expect(facts.contains(fact), "missing: \(fact)") }
        #expect(facts.contains { $0.hasSuffix("HAS_RELIABILITY_NOTE Research Use Only") })
    }
}
