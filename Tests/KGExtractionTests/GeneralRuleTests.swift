import Testing
@testable import KGExtraction

/// The general rules written for pages the seeds do not cover, each on
/// sentences of other drugs than the held-out pages', with the case that
/// must not fire beside the one that must.
@Suite struct GeneralRuleTests {
    @Test func coordinatedVerbsShareTheirSubject() {
        let facts = PageBuilder.facts([
            "# Fludarabine",
            "F-ara-ATP is incorporated into DNA and also inhibits DNA synthesis.",
            "Cladribine binds the ADA active site and blocks ADA activity.",
        ])
        #expect(facts.contains("f-ara-atp INHIBITS dna synthesis"))
        #expect(!facts.contains("DNA INHIBITS dna synthesis"))
        #expect(facts.contains("cladribine INHIBITS ADA"))
        // Two subjects stay two subjects.
        let separate = PageBuilder.facts(["# Venetoclax", "Venetoclax inhibits BCL2 and navitoclax inhibits BCL2L1."])
        #expect(!separate.contains("venetoclax INHIBITS BCL2L1"))
    }

    /// A clause that opens with a name the lexicon does not know, right
    /// before its verb, is about that name: it is not given to the page's drug.
    @Test func anUnknownNameOpeningTheClauseIsNotThePagesDrug() {
        let facts = PageBuilder.facts([
            "# Decitabine",
            "An oral form is combined with zorbazuridine; zorbazuridine blocks cytidine deaminase in the gut.",
            "Quelbinostat also inhibits HDAC.",
            "It inhibits DNA methyltransferase 1.",
            "This drug also inhibits DNMT3A.",
        ])
        #expect(!facts.contains("decitabine INHIBITS CDA"))
        #expect(!facts.contains("decitabine INHIBITS HDAC"))
        // A pronoun or a generic noun still stands for the page's drug.
        #expect(facts.contains("decitabine INHIBITS DNMT1"))
        #expect(facts.contains("decitabine INHIBITS DNMT3A"))
    }

    @Test func mutationsAreAlterationsNotLoss() {
        let facts = PageBuilder.facts([
            "# Imatinib",
            "# Resistance",
            "The ABL1 T315I mutation confers resistance to imatinib, nilotinib and bosutinib.",
            "Mutations in KIT can also cause imatinib resistance.",
        ])
        #expect(facts.contains("abl1 t315i mutation CONFERS_RESISTANCE_TO imatinib"))
        #expect(facts.contains("abl1 t315i mutation CONFERS_RESISTANCE_TO nilotinib"))
        #expect(facts.contains("abl1 t315i mutation CONFERS_RESISTANCE_TO bosutinib"))
        #expect(facts.contains("kit mutation CONFERS_RESISTANCE_TO imatinib"))
        #expect(!facts.contains { $0.hasPrefix("T315I ") || $0.hasPrefix("KIT down") || $0.hasPrefix("ABL1 down") })
        // A direction coordinated with the mutation still names it.
        let coordinated = PageBuilder.facts(["# Cytarabine", "Reduced expression or mutations in the DCK gene lead to cytarabine resistance."])
        #expect(coordinated.contains("DCK down CONFERS_RESISTANCE_TO cytarabine"))
        #expect(!coordinated.contains("dck mutation CONFERS_RESISTANCE_TO cytarabine"))
    }

    @Test func aPronounInALabelledItemIsTheLabelsDrug() {
        let facts = PageBuilder.facts([
            "# Fludarabine",
            "# Drug Interactions",
            "- Pentostatin: avoid combination, since it can cause fatal pulmonary toxicity and inhibits ADA.",
        ])
        #expect(facts.contains("fludarabine AVOID_COMBINATION_WITH pentostatin"))
        #expect(facts.contains("pentostatin INHIBITS ADA"))
        #expect(!facts.contains("fludarabine INHIBITS ADA"))
    }

    @Test func synergyOfACombinationAndOfAPossessor() {
        let facts = PageBuilder.facts([
            "# Decitabine",
            "The combination of decitabine and venetoclax showed synergy in AML cell lines.",
            "Clofarabine lowers dNTP pools, which explains its synergy with cytarabine.",
        ])
        #expect(facts.contains("decitabine SYNERGIZES_WITH venetoclax"))
        #expect(facts.contains("clofarabine SYNERGIZES_WITH cytarabine"))
        let negated = PageBuilder.facts(["# Decitabine", "The combination of decitabine and imatinib showed no synergy."])
        #expect(!negated.contains("decitabine SYNERGIZES_WITH imatinib"))
    }

    @Test func responseRatesAndTrialsInRunningText() {
        let graph = Extractor(lexicon: RecognizerTests.lexicon).extract(PageBuilder.document([
            "# Venetoclax",
            "In the phase 3 trial NCT02993523, decitabine plus venetoclax achieved an overall response rate of 74% in patients with untreated AML, compared with decitabine alone.",
        ])).graph
        let facts = Set(graph.edges.values.map { "\($0.subject.id) \($0.relation) \($0.object.id)" })
        #expect(facts.contains("decitabine + venetoclax HAS_RESPONSE_RATE ORR 74%"))
        #expect(facts.contains("decitabine + venetoclax TESTED_IN NCT02993523"))
        #expect(!facts.contains("venetoclax TESTED_IN NCT02993523"))
        let rate = graph.edges.values.first { $0.relation == "HAS_RESPONSE_RATE" }
        #expect(rate?.attributes["population"] == "untreated AML")
        #expect(rate?.attributes["metric"] == "overall response")
        // A percentage that is no response rate gives none.
        let other = PageBuilder.facts(["# Venetoclax", "About 30% of patients needed a dose reduction."])
        #expect(!other.contains { $0.contains("HAS_RESPONSE_RATE") })
    }

    @Test func reportedEventsAndNotCombined() {
        let facts = PageBuilder.facts([
            "# Acalabrutinib",
            "Headache, diarrhea and fatigue were reported with acalabrutinib.",
            "No cases of pancreatitis were reported with acalabrutinib.",
            "Acalabrutinib must not be given together with strong CYP3A inhibitors such as itraconazole.",
        ])
        #expect(facts.contains("acalabrutinib CAUSES_ADVERSE_EVENT headache"))
        #expect(facts.contains("acalabrutinib CAUSES_ADVERSE_EVENT diarrhea"))
        #expect(facts.contains("acalabrutinib CAUSES_ADVERSE_EVENT fatigue"))
        #expect(!facts.contains("acalabrutinib CAUSES_ADVERSE_EVENT pancreatitis"))
        #expect(facts.contains("acalabrutinib AVOID_COMBINATION_WITH strong cyp3a inhibitor"))
        #expect(facts.contains("acalabrutinib AVOID_COMBINATION_WITH itraconazole"))
    }

    @Test func anInhibitedTargetsEffectIsTheDrugs() {
        let facts = PageBuilder.facts([
            "# Quizartinib",
            "Quizartinib blocks signalling through mutant FLT3, which triggers apoptosis of leukemic blasts.",
            "Cytarabine is phosphorylated by dCK, which is the rate-limiting step.",
        ])
        #expect(facts.contains("quizartinib INDUCES apoptosis"))
        #expect(!facts.contains("FLT3 INDUCES apoptosis"))
        #expect(facts.contains("cytarabine ACTIVATED_BY DCK"))
    }

    @Test func activationThroughAMetabolite() {
        // Two sentences: the drug's first step in one, the metabolite's activation in the next.
        let facts = PageBuilder.facts([
            "# Nelarabine",
            "In plasma, nelarabine is rapidly demethylated into ara-G.",
            "Inside T cells ara-G is phosphorylated by dCK to ara-GTP.",
        ])
        #expect(facts.contains("nelarabine ACTIVATED_TO ara-g"))
        #expect(facts.contains("ara-g ACTIVATED_TO ara-gtp"))
        #expect(facts.contains("nelarabine ACTIVATED_BY DCK"))
        #expect(!facts.contains("nelarabine ACTIVATED_TO DNA"))
    }

    @Test func responseTablesByAbbreviationAndOtherArms() {
        let facts = PageBuilder.facts([
            "# Gilteritinib",
            "Regimen | Population | CRc (%) | Median OS",
            "Gilteritinib | FLT3-mutated R/R AML | 54 % | 9.3 months",
            "Salvage chemotherapy | FLT3-mutated R/R AML | 22 % | 5.6 months",
        ])
        #expect(facts.contains("gilteritinib HAS_RESPONSE_RATE CRc 54 %"))
        #expect(!facts.contains("gilteritinib HAS_RESPONSE_RATE CRc 22 %"))
        #expect(!facts.contains { $0.contains("HAS_RESPONSE_RATE %") })
    }

    /// What the broader rules must leave alone.
    @Test func descriptionsAreNotCautionsNorResistances() {
        let facts = PageBuilder.facts([
            "# Venetoclax",
            "Historically, intensive chemotherapy achieves a complete remission rate of 70% in fit adults.",
            "Venetoclax is not combined with azacitidine in fit patients.",
            "# Resistance",
            "Venetoclax also downregulates MCL1 in some cell lines.",
            "Upregulation of Mcl-1 on leukemic blasts is another escape route.",
        ])
        #expect(!facts.contains { $0.contains("HAS_RESPONSE_RATE") })
        #expect(!facts.contains("venetoclax AVOID_COMBINATION_WITH azacitidine"))
        #expect(!facts.contains("MCL1 down CONFERS_RESISTANCE_TO venetoclax"))
        #expect(facts.contains("MCL1 up CONFERS_RESISTANCE_TO venetoclax"))
    }
}
