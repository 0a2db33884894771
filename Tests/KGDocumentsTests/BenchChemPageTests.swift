import Testing
@testable import KGDocuments

/// The BenchChem seed: Markdown with two tab-separated tables, nested
/// sections, reference markers and a sentence broken by a blank line.
@Suite struct BenchChemPageTests {
    let document = try! DocumentLoader().load(path: CorpusPaths.corpus("clofarabine-benchchem.md"))

    @Test func readsAsMarkdownWithoutWarnings() {
        #expect(document.format == .markdown)
        #expect(document.warnings.isEmpty)
        #expect(document.title == "Technical Support Center: Overcoming Clofarabine Resistance with Combination Therapy")
    }

    @Test func bothTablesAreRowsWithTheirHeaderCells() throws {
        let rows = document.blocks.compactMap { block -> (header: [String], cells: [String])? in
            if case .tableRow(let header, let cells) = block.kind { return (header, cells) }
            return nil
        }
        #expect(rows.count == 12)
        let loucy = try #require(rows.first { $0.cells.first == "Loucy (T-ALL)" })
        #expect(Array(loucy.header.prefix(3)) == ["Cell Line", "Therapy", "IC50"])
        #expect(loucy.cells == ["Loucy (T-ALL)", "Venetoclax", "0.15 μM", "N/A", "[19]"])
        let clinical = try #require(rows.last)
        #expect(clinical.header.first == "Patient Population")
        #expect(clinical.cells.last == "[23]")
    }

    @Test func cytarabineAdviceIsUnderIssue1OfTheTroubleshootingGuides() throws {
        let advice = try #require(document.blocks.first { $0.text.hasPrefix("Assess for Cytarabine Cross-Resistance:") })
        #expect(advice.kind == .listItem(depth: 0))
        #expect(advice.sectionPath.count == 3)
        #expect(advice.sectionPath[1] == "Troubleshooting Guides")
        #expect(advice.sectionPath[2].hasPrefix("Issue 1: Clofarabine efficacy is lower than expected"))
    }

    @Test func theSentenceBrokenByABlankLineIsOneSentence() throws {
        let sentences = document.blocks.flatMap(\.sentences).map(\.text)
        let joined = try #require(sentences.first { $0.contains("stabilize the pro-apoptotic protein BAX") })
        #expect(joined == "Bortezomib can stabilize the pro-apoptotic protein BAX, while clofarabine can upregulate p53, which in turn activates BAX.[8][9][10][11][12]")
        #expect(sentences.contains("This dual action on the apoptotic pathway can overcome resistance."))
    }

    @Test func inlineMarkupIsReducedAndReferenceMarkersKept() throws {
        let dck = try #require(document.blocks.first { $0.text.hasPrefix("Decreased Deoxycytidine Kinase (dCK) Activity:") })
        #expect(dck.text.hasSuffix("leading to resistance.[1]"))
        #expect(!document.blocks.contains { $0.text.contains("**") || $0.text.contains("<sup>") || $0.text.contains("](#)") })
        let cytarabine = try #require(document.blocks.first { $0.text.hasPrefix("Assess for Cytarabine") })
        #expect(cytarabine.text.hasSuffix("re-sensitizing the cells.[4][5][6][7]"))
    }

    @Test func referencesAreNumberedReferenceEntries() {
        let references = document.blocks.compactMap { block -> Int?? in
            if case .reference(let number) = block.kind { return number }
            return nil
        }
        #expect(references.count == 30)
        #expect(references.first == 1)
        #expect(references.compactMap { $0 }.last == 29)
    }

    @Test func sentenceSpansPointAtTheirTextInTheRawFile() {
        let raw = CorpusPaths.raw(CorpusPaths.corpus("clofarabine-benchchem.md"))
        for block in document.blocks {
            let (line, column) = CorpusPaths.lineAndColumn(of: block.span.bytes.lowerBound, in: raw)
            #expect(block.span.line == line && block.span.column == column, "\(block.text)")
            for sentence in block.sentences {
                #expect(sentence.span.bytes.upperBound <= raw.count)
                let firstWord = String(sentence.text.drop { !$0.isLetter && !$0.isNumber }.prefix { $0.isLetter || $0.isNumber })
                let original = String(decoding: raw[sentence.span.bytes], as: UTF8.self)
                #expect(original.contains(firstWord), "\(sentence.text) ↔ \(original)")
            }
        }
    }
}
