import Testing
@testable import KGDocuments

@Suite struct HTMLReaderTests {
    func read(_ html: String, path: String = "page.html") -> Document {
        DocumentLoader().read(bytes: Array(html.utf8), path: path)
    }

    let page = """
        <!DOCTYPE html>
        <html><head><title>Clofarabine &ndash; Clinic</title><style>p { color: red }</style>
        <script>var x = "<p>not text</p>";</script></head>
        <body>
        <header><a href="/">Home</a></header>
        <nav><ul><li>Menu item</li></ul></nav>
        <div class="cookie-banner">We use cookies. <button>Accept</button></div>
        <main>
        <h1>Clofarabine</h1>
        <p>Clofarabine is a <b>purine</b> nucleoside analogue.<sup>[1]</sup> It treats ALL &amp; AML.
        <p>Unclosed paragraph two.<br>After a break.
        <h2>Side effects</h2>
        <ul>
          <li>Liver enzyme rises
            <ul><li>Daily checks</li></ul>
          </li>
          <li><p>Neutropenia</p></li>
        </ul>
        <table>
          <thead><tr><th>Cell Line</th><th>IC50</th></tr></thead>
          <tbody><tr><td>Loucy</td><td>0.15 &mu;M</td></tr>
          <tr><td>Jurkat</td><td>5.82 &mu;M</td></tr></tbody>
        </table>
        </main>
        <form><label>Your email</label><input name="email"></form>
        <footer>© Clinic</footer>
        </body></html>
        """

    @Test func readsStructureAndDropsBoilerplate() {
        let document = read(page)
        #expect(document.format == .html)
        #expect(document.title == "Clofarabine – Clinic")
        #expect(document.blocks.map(\.kind) == [
            .heading(level: 1), .paragraph, .paragraph, .heading(level: 2),
            .listItem(depth: 0), .listItem(depth: 1), .listItem(depth: 0),
            .tableRow(header: ["Cell Line", "IC50"], cells: ["Loucy", "0.15 μM"]),
            .tableRow(header: ["Cell Line", "IC50"], cells: ["Jurkat", "5.82 μM"]),
        ])
        #expect(document.blocks[1].text == "Clofarabine is a purine nucleoside analogue.[1] It treats ALL & AML.")
        #expect(document.blocks[2].text == "Unclosed paragraph two. After a break.")
        #expect(document.blocks[5].sectionPath == ["Clofarabine", "Side effects"])
        let all = document.blocks.map(\.text).joined(separator: " ")
        for boilerplate in ["Home", "Menu item", "cookies", "Accept", "not text", "Your email", "© Clinic", "color"] {
            #expect(!all.contains(boilerplate), "\(boilerplate)")
        }
    }

    @Test func sentencesAreLocatedInTheRawBytes() throws {
        let raw = Array(page.utf8)
        let document = read(page)
        let paragraph = document.blocks[1]
        #expect(paragraph.sentences.map(\.text) == ["Clofarabine is a purine nucleoside analogue.[1]", "It treats ALL & AML."])
        let first = try #require(paragraph.sentences.first)
        #expect(String(decoding: raw[first.span.bytes], as: UTF8.self) == "Clofarabine is a <b>purine</b> nucleoside analogue.<sup>[1]")
        #expect(first.span.line == 10)
        #expect(first.span.column == 4)
    }

    @Test func charsetComesFromTheMetaTagElseContent() {
        var latin1 = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8)
        latin1 += [0xE9]
        latin1 += Array(" cr".utf8) + [0xE8] + Array("me</p></body></html>".utf8)
        let declared = DocumentLoader().read(bytes: latin1, path: "latin1.html")
        #expect(declared.blocks.first?.text == "Café crème")

        var undeclared = Array("<html><body><p>Na".utf8)
        undeclared += [0xEF]
        undeclared += Array("ve 0.5".utf8) + [0xB5] + Array("M</p></body></html>".utf8)
        let guessed = DocumentLoader().read(bytes: undeclared, path: "cp1252.html")
        #expect(guessed.blocks.first?.text == "Naïve 0.5µM")
        #expect(guessed.warnings.contains { $0.message.contains("Windows-1252") })

        let utf8 = read("<html><head><meta charset=\"windows-1252\"></head><body><p>plain ascii</p></body></html>")
        #expect(utf8.blocks.first?.text == "plain ascii")
    }

    @Test func utf8WithoutCharsetIsNotReadAsLatin1() {
        let document = read("<html><body><p>52 mg/m² — β-actin</p></body></html>")
        #expect(document.blocks.first?.text == "52 mg/m² — β-actin")
    }

    @Test func wordsInsideTagsAreNotTakenForText() throws {
        let html = "<html><body><p title=\"Liver enzymes rise.\" class=\"Liver\">Liver enzymes rise.</p></body></html>"
        let raw = Array(html.utf8)
        let sentence = try #require(read(html).blocks.first?.sentences.first)
        #expect(String(decoding: raw[sentence.span.bytes], as: UTF8.self) == "Liver enzymes rise.")
    }

    @Test func xhtmlEncodingDeclarationIsHonoured() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<html><body><p>Caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
        let document = DocumentLoader().read(bytes: bytes, path: "page.xhtml")
        #expect(document.blocks.map(\.text) == ["Café"])
        #expect(document.warnings.isEmpty)
    }
}
