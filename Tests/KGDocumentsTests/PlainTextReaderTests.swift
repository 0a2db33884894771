import Testing
@testable import KGDocuments

@Suite struct PlainTextReaderTests {
    func read(_ text: String) -> Document {
        DocumentLoader().read(bytes: Array(text.utf8), path: "page.txt")
    }

    @Test func titleLikeLinesFollowedByTextAreHeadings() {
        let document = read("""
                Possible side effects

                The liver matters most.

                Rare but serious:

                • capillary leak — fluid moves
                • kidney injury
            """)
        #expect(document.blocks.map(\.kind) == [.heading(level: 1), .paragraph, .paragraph, .listItem(depth: 0), .listItem(depth: 0)])
        #expect(document.blocks[3].sectionPath == ["Possible side effects"])
        #expect(document.blocks[3].text == "capillary leak — fluid moves")
        #expect(document.blocks[3].span.column == 5)
    }

    @Test func bulletStylesAndNesting() {
        let document = read("Checks\n- one\n  * inner\n1. numbered\n2) also\n· dot\n")
        #expect(document.blocks.map(\.kind) == [
            .heading(level: 1), .listItem(depth: 0), .listItem(depth: 1), .listItem(depth: 0), .listItem(depth: 0), .listItem(depth: 0),
        ])
        #expect(document.blocks.dropFirst().map(\.text) == ["one", "inner", "numbered", "also", "dot"])
    }

    @Test func hardWrappedLinesJoinIntoOneParagraph() {
        let document = read("This paragraph was wrapped at seventy-two columns by an old tool and\ncontinues here without a blank line. A new sentence.\nShort line.\nAnother short one.\n")
        #expect(document.blocks.map(\.text) == [
            "This paragraph was wrapped at seventy-two columns by an old tool and continues here without a blank line. A new sentence.",
            "Short line.", "Another short one.",
        ])
    }

    @Test func aLastLineWithNothingAfterIsNotAHeading() {
        let document = read("Some text here.\n\nSkip to content\n")
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph])
    }
}

@Suite struct FormatDetectorTests {
    @Test func extensionsDecideWhenContentAgrees() {
        #expect(FormatDetector.detect(path: "a.HTM", bytes: Array("<p>x</p>".utf8)) == .html)
        #expect(FormatDetector.detect(path: "a.markdown", bytes: Array("plain".utf8)) == .markdown)
        #expect(FormatDetector.detect(path: "a.txt", bytes: Array("plain words".utf8)) == .text)
    }

    @Test func contentDecidesWhenTheExtensionIsSilentOrWrong() {
        #expect(FormatDetector.detect(path: "page", bytes: Array("\n  <!DOCTYPE html><html></html>".utf8)) == .html)
        #expect(FormatDetector.detect(path: "page.txt", bytes: Array("---\ntitle: x\n---\nBody".utf8)) == .markdown)
        #expect(FormatDetector.detect(path: "page.html", bytes: Array("No tags at all.".utf8)) == .text)
        #expect(FormatDetector.detect(path: "page.txt", bytes: Array("<?xml version=\"1.0\"?><html xmlns=\"x\"></html>".utf8)) == .html)
        #expect(FormatDetector.detect(path: "dir.v2/page", bytes: Array("text".utf8)) == .text)
    }
}

@Suite struct OffsetMapAndBuilderTests {
    @Test func linearAndReplacedPiecesMapBack() {
        var map = OffsetMap()
        map.add(output: 0, source: 10, length: 5, sourceLength: 5)
        map.add(output: 5, source: 19, length: 1, sourceLength: 5)
        #expect(map.sourceStart(of: 2) == 12)
        #expect(map.sourceEnd(ofEnd: 5) == 15)
        #expect(map.sourceEnd(ofEnd: 6) == 24)
        #expect(map.sourceStart(of: 5) == 19)
    }

    @Test func builderFoldsWhiteSpaceAndKeepsSources() {
        let source = Array("  Hello \n\t world &amp; more  ".utf8)
        var builder = TextBuilder()
        builder.append(bytes: source, range: 0..<17)
        builder.append(replacement: Array("&".utf8), source: 17, sourceLength: 5)
        builder.append(bytes: source, range: 22..<source.count)
        #expect(builder.string == "Hello world & more")
        #expect(builder.map.sourceStart(of: 6) == 11)       // "w"
        #expect(builder.map.sourceEnd(ofEnd: 13) == 22)     // after "&amp;"
        #expect(builder.sourceRange == 2..<27)
    }

    @Test func locatorCountsColumnsInUnicodeScalars() {
        let source = SourceText(raw: Array("é→x\nab".utf8), encoding: .utf8)
        var locator = SourceLocator(source: source)
        #expect(locator.span(of: 5..<6) == SourceSpan(line: 1, column: 3, bytes: 5..<6))
        #expect(locator.span(of: 7..<9) == SourceSpan(line: 2, column: 1, bytes: 7..<9))
        #expect(locator.span(of: 2..<5) == SourceSpan(line: 1, column: 2, bytes: 2..<5))
    }
}
