import Testing
@testable import KGDocuments

/// The clinic page flattened to text, and the short Markdown monograph.
@Suite struct ClinicAndMonographPageTests {
    let clinicPath = CorpusPaths.corpus("clofarabine-clinic-page.txt")
    let clinic = try! DocumentLoader().load(path: CorpusPaths.corpus("clofarabine-clinic-page.txt"))
    let monograph = try! DocumentLoader().load(path: CorpusPaths.corpus("clofarabine-monograph.md"))

    @Test func clinicBulletsAreListItemsUnderTheirHeadings() {
        #expect(clinic.format == .text)
        let conditions = clinic.blocks.filter { $0.sectionPath == ["Which conditions may be treated with Clofarabine"] && $0.kind == .listItem(depth: 0) }
        #expect(conditions.map { String($0.text.prefix(30)) } == [
            "acute lymphoblastic leukaemia ", "acute myeloid leukaemia — rela", "myelodysplastic syndromes — in", "transplant bridging — to achie",
        ])
        let checks = clinic.blocks.filter { $0.sectionPath == ["What should be checked before treatment"] && $0.kind.name == "list_item" }
        #expect(checks.count == 9)
        #expect(!clinic.blocks.contains { $0.text.hasPrefix("•") })
    }

    @Test func clinicHeadingsAreTitleLikeLines() {
        let headings = clinic.blocks.filter { $0.kind.name == "heading" }.map(\.text)
        #expect(headings.contains("How Clofarabine works"))
        #expect(headings.contains("Possible side effects"))
        #expect(headings.contains("Frequently asked questions — answered by Dr. Stefanska and Dr. Meerovich"))
        #expect(!headings.contains("Rare but serious:"))
        #expect(!headings.contains { $0.hasPrefix("Replication stops.") })
    }

    @Test func clinicSentencesAreExactSlicesOfTheFile() {
        let raw = CorpusPaths.raw(clinicPath)
        for block in clinic.blocks {
            for sentence in block.sentences {
                #expect(CorpusPaths.folded(raw[sentence.span.bytes]) == sentence.text)
                let (line, column) = CorpusPaths.lineAndColumn(of: sentence.span.bytes.lowerBound, in: raw)
                #expect(sentence.span.line == line && sentence.span.column == column)
            }
        }
    }

    @Test func monographListsAndSections() throws {
        #expect(monograph.title == "Clofarabine")
        #expect(monograph.frontMatter.map(\.key) == ["layout", "nav_exclude", "title"])
        #expect(monograph.frontMatter.first { $0.key == "nav_exclude" }?.value == "true")
        let low = try #require(monograph.blocks.first { $0.text.hasPrefix("Low blood counts:") })
        #expect(low.kind == .listItem(depth: 0))
        #expect(low.sectionPath == ["Clofarabine"])
        #expect(low.sentences.count == 1)
    }
}
