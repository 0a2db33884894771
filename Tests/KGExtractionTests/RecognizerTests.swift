import Testing
import KGGraph
@testable import KGExtraction

@Suite struct RecognizerTests {
    static let lexicon = try! Lexicon.load(extraDirectories: [])

    func names(_ text: String) -> [String] {
        Recognizer(lexicon: Self.lexicon).mentions(in: Tokenizer.tokens(text)).map { "\($0.kind.rawValue):\($0.id)" }
    }

    @Test func lexiconNamesNormaliseCaseHyphensGreekAndBritishSpelling() {
        #expect(names("Bcl-x(L), BCL-XL and Bcl-xL") == ["Gene:BCL2L1", "Gene:BCL2L1", "Gene:BCL2L1"])
        #expect(names("acute myeloid leukaemia and Venclexta®") == ["Disease:acute myeloid leukemia", "Drug:venetoclax"])
        #expect(names("inhibits ribonucleotide reductase, a crucial enzyme") == ["Gene:ribonucleotide reductase"])
        #expect(names("overexpression of β-catenin") == ["Gene:CTNNB1"])
    }

    @Test func abbreviationsMatchOnlyAsWritten() {
        #expect(names("patients with ALL") == ["Disease:acute lymphoblastic leukemia"])
        #expect(names("all patients") == [])
    }

    @Test func unseenNamesFromShapeAndContext() {
        #expect(names("tambiciclib was given") == ["Drug:tambiciclib"])
        #expect(names("overexpression of ZNF217") == ["Gene:ZNF217"])
        #expect(names("high FOXO3 expression") == ["Gene:FOXO3"])
        #expect(names("a novel PRMT5 inhibitor") == ["DrugClass:prmt5 inhibitor"])
        #expect(names("the MCL-1 inhibitor S64315") == ["DrugClass:mcl-1 inhibitor", "Drug:S64315"])
    }

    @Test func coordinatedNamesShareWords() {
        #expect(names("DNA synthesis and repair") == ["Process:dna synthesis", "Process:dna repair"])
        #expect(names("nephrotoxic or hepatotoxic drugs") == ["DrugClass:nephrotoxic drugs", "DrugClass:hepatotoxic drugs"])
    }
}
