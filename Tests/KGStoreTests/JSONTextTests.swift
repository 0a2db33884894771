import Testing
@testable import KGStore

@Suite struct JSONTextTests {
    @Test func attributesAreWrittenWithSortedKeysAndReadBack() throws {
        let attributes = ["via": "dCK \"low\"", "basis": "stated", "note": "tab\there\nline\u{1}"]
        let text = JSONText.encode(attributes)
        #expect(text == #"{"basis":"stated","note":"tab\there\nline\u0001","via":"dCK \"low\""}"#)
        #expect(try JSONText.decodeDictionary(text) == attributes)
    }

    @Test func listsKeepTheirOrderAndUnicode() throws {
        let path = ["Résistance", "Bcl-xL / Mcl-1", "α-β"]
        #expect(try JSONText.decodeStrings(JSONText.encode(path)) == path)
        #expect(try JSONText.decodeStrings(JSONText.encode([])) == [])
    }
}
