import Testing
@testable import KGStore

@Suite struct JSONTextTests {
    @Test func attributesAreWrittenWithSortedKeysAndReadBack() throws {
        let attributes = ["via": "dCK \"low\"", "basis": "stated", "note": "tab\there\nline\u{1}"]
        let text = JSONText.encode(attributes)
        #expect(text == #"{"basis":"stated","note":"tab\there\nline\u0001","via":"dCK \"low\""}"#)
        #expect(try JSONText.decodeDictionary(text) == attributes)
    }

    @Test(arguments: [
        ["a": "1"], ["via": "dCK, low", "basis": "stated"], ["k": "v\",\"x"], ["": ""], ["colon": "a\":\"b"], ["x": "[\"]"],
    ])
    func everyDictionaryComesBackWhole(_ attributes: [String: String]) throws {
        #expect(try JSONText.decodeDictionary(JSONText.encode(attributes)) == attributes)
    }

    @Test(arguments: [["a"], ["", ""], ["a\",\"b", "c"], ["x\\", "y"], ["Bcl-xL", "Mcl-1", "α"]])
    func everyListComesBackWhole(_ list: [String]) throws {
        #expect(try JSONText.decodeStrings(JSONText.encode(list)) == list)
    }

    @Test func listsKeepTheirOrderAndUnicode() throws {
        let path = ["Résistance", "Bcl-xL / Mcl-1", "α-β"]
        #expect(try JSONText.decodeStrings(JSONText.encode(path)) == path)
        #expect(try JSONText.decodeStrings(JSONText.encode([])) == [])
    }
}

@Suite struct JSONTextSplitTests {
    @Test func splitsOnEverySeparatorKeepingEmptyPieces() {
        #expect(JSONText.split(#"a","","b"#[...], on: #"",""#) == ["a", "", "b"])
        #expect(JSONText.split(#"",""#[...], on: #"",""#) == ["", ""])
        #expect(JSONText.split("no separator"[...], on: #"",""#) == ["no separator"])
        #expect(JSONText.split(""[...], on: #"",""#) == [""])
    }

    @Test func maxPiecesKeepsTheRestWhole() {
        #expect(JSONText.split(#"k":"v":"w"#[...], on: #"":""#, maxPieces: 2) == ["k", #"v":"w"#])
    }

    /// A combining mark right after a quote makes one character of the two,
    /// so a character-wise split would miss the separator; bytes do not.
    @Test func aCombiningMarkAfterTheSeparatorDoesNotHideIt() throws {
        let list = ["a", "\u{301}b", "e\u{301}"]
        #expect(try JSONText.decodeStrings(JSONText.encode(list)) == list)
        let attributes = ["k\u{301}": "\u{301}v", "x": "y\u{301}"]
        #expect(try JSONText.decodeDictionary(JSONText.encode(attributes)) == attributes)
    }
}
