import Testing
@testable import KGDocuments

/// The drug-database seed: YAML front matter with nine messy FAQ entries.
@Suite struct DrugDatabasePageTests {
    let path = CorpusPaths.corpus("clofarabine-drug-database.md")
    let document = try! DocumentLoader().load(path: CorpusPaths.corpus("clofarabine-drug-database.md"))

    @Test func frontMatterIsReadAsText() {
        #expect(document.warnings.isEmpty)
        #expect(document.title == "Clofarabine")
        let fields = Dictionary(document.frontMatter.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(fields["is_banned"] == "false")
        #expect(fields["lastModified"] == "2025-09-22T17:21:52.632Z")
        #expect(fields["description"]?.hasPrefix("Clofarabine is prescribed for the treatment of pediatric patients 1 to 21 years old") == true)
        #expect(document.frontMatter.first { $0.key == "is_banned" }?.line == 9)
    }

    @Test func theNineFAQEntriesAreCleanFAQBlocks() throws {
        let faqs = document.blocks.compactMap { block -> (String, String, Block)? in
            if case .faq(let question, let answer) = block.kind { return (question, answer, block) }
            return nil
        }
        #expect(faqs.count == 9)
        let first = try #require(faqs.first)
        #expect(first.0 == "What is the recommended dosage for Clofarabine in children with relapsed or refractory ALL?")
        #expect(first.1 == "52 mg/m² IV infusion over 2 hours daily for 5 consecutive days, repeated every 2-6 weeks depending on hematologic recovery and organ function.")
        for (question, answer, block) in faqs {
            #expect(question.hasSuffix("?"))
            #expect(!question.contains("*") && !answer.contains("*") && !answer.hasPrefix("A:"))
            #expect(block.sentences.first?.text == question)
        }
        #expect(first.2.span.line == 12)
    }

    @Test func faqSentencesAreLocatedInTheFrontMatter() throws {
        let raw = CorpusPaths.raw(path)
        let faq = try #require(document.blocks.first { $0.kind.name == "faq" })
        let answer = try #require(faq.sentences.last)
        let original = CorpusPaths.folded(raw[answer.span.bytes])
        #expect(original.hasPrefix("52 mg/m² IV infusion"))
        #expect(original.hasSuffix("organ function."))
    }

    @Test func bodyHeadingsCarryReducedText() throws {
        let headings = document.blocks.filter { $0.kind == .heading(level: 2) }.map(\.text)
        #expect(headings.first == "Usage")
        let adults = try #require(document.blocks.first { $0.text.hasPrefix("Adults:") })
        #expect(adults.sectionPath == ["Dosage", "Standard Dosage"])
        let children = try #require(document.blocks.first { $0.text.hasPrefix("Children (1-21 years):") })
        #expect(children.sentences.map(\.text).contains("Repeat cycles every 2-6 weeks based on hematologic recovery (absolute neutrophil count ANC ≥ 0.75 × 10⁹/L) and return to baseline organ function."))
    }
}
