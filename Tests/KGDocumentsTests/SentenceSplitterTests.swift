import Testing
@testable import KGDocuments

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    @Test func splitsAtSentenceEnds() {
        #expect(splitter.split("Replication stops. The cell cannot divide. It dies.") ==
                ["Replication stops.", "The cell cannot divide.", "It dies."])
        #expect(splitter.split("Is it safe? Yes! Mostly.") == ["Is it safe?", "Yes!", "Mostly."])
    }

    @Test func abbreviationsDoNotSplit() {
        #expect(splitter.split("Use a buffer (e.g. 10% SDS) overnight. Then read it.") ==
                ["Use a buffer (e.g. 10% SDS) overnight.", "Then read it."])
        #expect(splitter.split("Answered by Dr. Stefanska and Dr. Meerovich.").count == 1)
        #expect(splitter.split("Venetoclax vs. Cytarabine in AML, i.e. Relapsed disease.").count == 1)
        #expect(splitter.split("It takes approx. Two hours.").count == 1)
        #expect(splitter.split("See Fig. 2 for details. No. 5 is next.") == ["See Fig. 2 for details.", "No. 5 is next."])
    }

    @Test func decimalsAndUnitsDoNotSplit() {
        #expect(splitter.split("ANC ≥ 0.75 × 10⁹/L and 52 mg/m². Next cycle follows.") ==
                ["ANC ≥ 0.75 × 10⁹/L and 52 mg/m².", "Next cycle follows."])
        #expect(splitter.split("Clofarabine 5'-triphosphate at 0.01 - 0.1 μM.").count == 1)
    }

    @Test func referenceMarkersStayWithTheirSentence() {
        #expect(splitter.split("It activates BAX.[8][9][10] This dual action helps.") ==
                ["It activates BAX.[8][9][10]", "This dual action helps."])
        #expect(splitter.split("It increases dCK. [1][18] Then it works.") ==
                ["It increases dCK. [1][18]", "Then it works."])
    }

    @Test func lowerCaseAfterAPeriodDoesNotSplit() {
        #expect(splitter.split("Doses vary by approx. three mg. and more.").count == 1)
    }

    @Test func rangesAreTrimmedByteRanges() {
        let bytes = Array("  One. Two.  ".utf8)
        #expect(splitter.sentenceRanges(in: bytes) == [2..<6, 7..<11])
        #expect(splitter.split("") == [])
    }
}

@Suite struct SentenceSplitterNumberingTests {
    @Test func aLeadingOrdinalDoesNotSplit() {
        #expect(SentenceSplitter().split("1. Melatonin overcomes resistance. It works.") ==
                ["1. Melatonin overcomes resistance.", "It works."])
        #expect(SentenceSplitter().split("Cat. No.: B1669196").count == 1)
    }
}
