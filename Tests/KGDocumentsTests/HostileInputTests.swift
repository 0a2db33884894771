import Foundation
import Testing
@testable import KGDocuments

/// Pages built to hurt a reader: huge, deep, one endless line, entity bombs.
/// Generated here (not committed); each must finish in seconds in debug.
@Suite struct HostileInputTests {
    let loader = DocumentLoader()

    /// A 50 MB page as the web has them: a little text around a huge inlined
    /// image and script bundle. Everything is decoded and parsed; the text
    /// before and after the blob is read and located exactly.
    @Test func aFiftyMegabytePageIsReadWhole() throws {
        var page = Array("<html><head><title>Big</title></head><body>\n<h1>Clofarabine</h1>\n<p>It inhibits RNR. It is a prodrug.</p>\n<img src=\"data:image/png;base64,".utf8)
        let blob = Array("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg".utf8)
        page.reserveCapacity(52_500_000)
        while page.count < 25_000_000 { page += blob }
        page += Array("\">\n<script>var bundle = \"".utf8)
        while page.count < 50_000_000 { page += blob }
        page += Array("\";</script>\n<p>After the blob. Still read.</p>\n</body></html>\n".utf8)
        let document = loader.read(bytes: page, path: "huge.html")
        #expect(document.warnings.isEmpty)
        #expect(document.blocks.map(\.text) == ["Clofarabine", "It inhibits RNR. It is a prodrug.", "After the blob. Still read."])
        let last = try #require(document.blocks.last?.sentences.last)
        #expect(String(decoding: page[last.span.bytes], as: UTF8.self) == "Still read.")
        #expect(last.span.line == 6)
    }

    /// A large Markdown page (2 MB of sections) is read whole and in order.
    @Test func aLargeMarkdownPageIsReadWhole() {
        var page: [UInt8] = []
        let section = Array("## Section\n\nClofarabine is a purine nucleoside analogue. It inhibits DNA synthesis (e.g. via RNR).\n\n- dCK loss causes resistance.[1]\n\n".utf8)
        while page.count < 2_000_000 { page += section }
        let document = loader.read(bytes: page, path: "large.md")
        let copies = page.count / section.count
        #expect(document.warnings.isEmpty)
        #expect(document.blocks.count == copies * 3)
        #expect(document.blocks.last?.span.bytes.upperBound == page.count - 2)
        #expect(document.blocks.last?.span.line == copies * 6 - 1)
    }

    @Test func tenThousandNestedElementsDoNotOverflowTheStack() {
        let depth = 10_000
        let html = String(repeating: "<div><span>", count: depth) + "deep text" + String(repeating: "</span></div>", count: depth)
        let document = loader.read(bytes: Array(("<html><body>" + html + "</body></html>").utf8), path: "deep.html")
        #expect(document.blocks.map(\.text) == ["deep text"])

        let lists = String(repeating: "<ul><li>", count: depth) + "innermost" + String(repeating: "</li></ul>", count: depth)
        let listDocument = loader.read(bytes: Array(lists.utf8), path: "lists.html")
        #expect(listDocument.blocks.last?.text == "innermost")

        let quotes = String(repeating: ">", count: depth) + " quoted\n"
        #expect(loader.read(bytes: Array(quotes.utf8), path: "quotes.md").blocks.map(\.text) == ["quoted"])
        let brackets = String(repeating: "[", count: depth) + "x" + String(repeating: "](y)", count: depth)
        #expect(loader.read(bytes: Array(brackets.utf8), path: "brackets.md").blocks.count == 1)
    }

    @Test func aOneMegabyteLineIsReadInLinearTime() throws {
        let sentence = "Clofarabine 52 mg/m² was given, e.g. daily. "
        let line = String(repeating: sentence, count: 1_048_576 / sentence.utf8.count + 1)
        let document = loader.read(bytes: Array((line + "\n").utf8), path: "line.txt")
        let block = try #require(document.blocks.first)
        #expect(document.blocks.count == 1)
        #expect(block.sentences.count == 1_048_576 / sentence.utf8.count + 1)
        let last = try #require(block.sentences.last)
        #expect(last.span.column == (block.sentences.count - 1) * sentence.unicodeScalars.count + 1)

        let unbroken = String(repeating: "[(*_`<&$", count: 131_072)
        let markdown = loader.read(bytes: Array(unbroken.utf8), path: "line.md")
        #expect(markdown.blocks.count == 1)
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("kg-secret-\(UUID().uuidString).txt")
        try Data("TOP-SECRET-CONTENT".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let page = """
            <?xml version="1.0"?>
            <!DOCTYPE html [
              <!ENTITY xxe SYSTEM "file://\(secret.path)">
              <!ENTITY remote SYSTEM "http://127.0.0.1:9/evil.dtd">
            ]>
            <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Value: &xxe; &remote; end.</p></body></html>
            """
        for path in ["xxe.xhtml", "xxe.html", "xxe.md"] {
            let document = loader.read(bytes: Array(page.utf8), path: path)
            let text = document.blocks.map(\.text).joined(separator: " ")
            #expect(!text.contains("TOP-SECRET"), "\(path)")
            #expect(text.contains("Value:"), "\(path)")
        }
    }

    @Test func billionLaughsDoesNotExpand() {
        var entities = "<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        let page = "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n\(entities)]>\n<html><body><p>Start &lol9; stop.</p></body></html>\n"
        let document = loader.read(bytes: Array(page.utf8), path: "laughs.xhtml")
        let text = document.blocks.map(\.text).joined(separator: " ")
        #expect(text.utf8.count < 10_000)
        #expect(text.contains("Start"))
    }
}
