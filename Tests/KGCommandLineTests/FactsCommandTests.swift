import ArgumentParser
import Foundation
import Testing
@testable import KGCommandLine

@Suite struct FactsCommandTests {
    @Test func anEmptyGraphPrintsTheHeaderAndBuildsFirst() throws {
        let run = try CommandRun(pages: ["a.md": "nothing to see\n"])
        #expect(run.kg(["facts", run.corpus]) == 0)
        #expect(run.stdout == "subject\tsubject_kind\trelation\tobject\tobject_kind\tattributes\tdoc\tline\tevidence\n")
        #expect(run.stderr.hasPrefix("kg: store updated: read 1 page, "))
        run.clear()
        #expect(run.kg(["facts", "--format", "json", run.corpus]) == 0)
        #expect(run.stdout == "[\n\n]\n" || run.stdout == "[]\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func anUnknownRelationIsAnErrorListingTheValidOnes() throws {
        let run = try CommandRun(pages: ["a.md": "x\n"])
        #expect(run.kg(["facts", "--relation", "inhibit", run.corpus]) == ExitCode.validationFailure.rawValue)
        #expect(run.stderr.contains("error: unknown relation INHIBIT for --relation; valid relations: ACTIVATED_BY, ACTIVATED_TO, ACTIVATES, ADDRESSES,"))
        #expect(run.stdout.isEmpty)
        run.clear()
        #expect(run.kg(["facts", "--relation", "inhibits", run.corpus]) == 0)
    }

    @Test func anUnknownFormatIsAnErrorListingTheValidOnes() throws {
        let run = try CommandRun(pages: ["a.md": "x\n"])
        #expect(run.kg(["facts", "--format", "xml", run.corpus]) != 0)
        #expect(run.stderr.contains("'xml'"))
        #expect(run.stderr.contains("'tsv'") && run.stderr.contains("'json'"))
    }

    @Test func membershipRowsArePrintedOnlyWhenAskedFor() throws {
        let page = """
            # Clofarabine

            Resistance to clofarabine can arise from decreased dCK activity. \
            To overcome low dCK expression, consider a combination with cytarabine.

            """
        let run = try CommandRun(pages: ["a.md": page])
        func relations() -> [Substring] { run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[2] } }
        #expect(run.kg(["facts", run.corpus], real: true) == 0)
        #expect(relations().contains("ADDRESSES"))
        #expect(!relations().contains("HAS_COMPONENT"))
        for arguments in [["--structural"], ["--relation", "HAS_COMPONENT"]] {
            run.clear()
            #expect(run.kg(["facts"] + arguments + [run.corpus], real: true) == 0)
            #expect(relations().filter { $0 == "HAS_COMPONENT" }.count == 2, "\(arguments)")
        }
    }
}
