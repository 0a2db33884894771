import Testing
@testable import Datalog

@Suite struct SourceLocationTests {
    @Test func printsAsCompilersDo() {
        #expect(SourceLocation(file: "q.dl", line: 3, column: 7).description == "q.dl:3:7")
    }
}
