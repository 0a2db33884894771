import Testing
@testable import KGCommandLine

@Suite struct HelpTests {
    @Test func helpNamesTheTool() {
        #expect(KG.helpMessage().contains("knowledge graph"))
    }
}
