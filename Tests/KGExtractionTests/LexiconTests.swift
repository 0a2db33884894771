import Foundation
import KGGraph
import Testing
@testable import KGExtraction

@Suite struct LexiconTests {
    @Test func bundledLexiconCoversAcuteLeukaemiasAndLymphomas() throws {
        let lexicon = RecognizerTests.lexicon
        #expect(lexicon.entries(of: .drug).count >= 60)
        for name in ["Venclexta", "ABT-199", "ara-C", "Mylotarg", "Blincyto", "Imbruvica", "Velcade", "ATRA", "Oncaspar", "Kymriah", "G-CSF"] {
            #expect(lexicon.entries(named: name).first?.kind == .drug, "\(name) is a drug")
        }
        #expect(lexicon.entries(named: "Bcl-x(L)").first?.canonical == "BCL2L1")
        #expect(lexicon.entries(named: "BCRP").first?.canonical == "ABCG2")
        #expect(lexicon.entries(named: "P-gp").first?.canonical == "ABCB1")
        #expect(lexicon.entries(named: "hENT1").first?.canonical == "SLC29A1")
        #expect(lexicon.entries(named: "acute myeloid leukaemia").first?.canonical == "acute myeloid leukemia")
        #expect(lexicon.entries(named: "DLBCL").first?.canonical == "diffuse large B-cell lymphoma")
        // MCL is both mantle cell lymphoma and (as analysts write it) the gene MCL1.
        #expect(Set(lexicon.entries(named: "MCL").map(\.kind)) == [.disease, .gene])
    }

    @Test func badLinesNameFileAndLine() {
        func error(_ text: String) -> LexiconError? {
            do { _ = try Lexicon.parse(text, file: "extra/drugs.txt"); return nil } catch { return error }
        }
        #expect(error("venetoclax | brand: Venclexta")?.description == "extra/drugs.txt:1: error: entry before any '@kind' line")
        #expect(error("@kind Drug\n\nvenetoclax | bran: Venclexta")?.line == 3)
        #expect(error("@kind Drug\nvenetoclax | bran: Venclexta")?.message.contains("unknown tag 'bran:'") == true)
        #expect(error("@kind Medicine")?.message.contains("unknown kind 'Medicine'") == true)
        #expect(error("@kind Drug\nvenetoclax || ABT-199")?.message.contains("empty field") == true)
        #expect(error("@sort Drug")?.line == 1)
    }

    @Test func extraDirectoryAddsNamesToBundledEntries() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kg-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# an analyst's additions\n@kind Drug\nvenetoclax | brand: Venclyxto Forte\nzifteclax | code: ZFX-1 | class: bcl-2 inhibitor\n"
            .write(to: directory.appendingPathComponent("mine.txt"), atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.load(extraDirectories: [directory.path])
        #expect(lexicon.entries(named: "Venclyxto Forte").first?.canonical == "venetoclax")
        #expect(lexicon.entries(named: "Venclexta").first?.canonical == "venetoclax")
        #expect(lexicon.entries(named: "ZFX-1").first?.canonical == "zifteclax")
        #expect(lexicon.entries(of: .drug).filter { $0.canonical == "venetoclax" }.count == 1)
    }

    @Test func missingOrBrokenExtraDirectoryIsAnError() throws {
        #expect(throws: LexiconError.self) { try Lexicon.load(extraDirectories: ["/nonexistent/kg-lexicon"]) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kg-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "@kind Gene\nNOXA | Noxa\n@kind Protein\n".write(to: directory.appendingPathComponent("genes.txt"), atomically: true, encoding: .utf8)
        do {
            _ = try Lexicon.load(extraDirectories: [directory.path])
            Issue.record("a bad kind must stop loading")
        } catch {
            #expect(error.file.hasSuffix("genes.txt"))
            #expect(error.line == 3)
        }
    }
}
