import Foundation
import Testing
@testable import KGCommandLine

@Suite struct ReplLineEditorTests {
    @Test func keysAreDecodedFromTerminalBytes() {
        var decoder = KeyDecoder()
        #expect(decoder.feed(Array("ab".utf8)) == [.character("a"), .character("b")])
        #expect(decoder.feed([0x1B, 0x5B, 0x44, 0x1B, 0x5B, 0x43]) == [.left, .right])
        #expect(decoder.feed([0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x42]) == [.up, .down])
        #expect(decoder.feed([0x1B, 0x5B, 0x48, 0x1B, 0x4F, 0x46, 0x1B, 0x5B, 0x31, 0x7E, 0x1B, 0x5B, 0x34, 0x7E]) == [.home, .end, .home, .end])
        #expect(decoder.feed([0x1B, 0x5B, 0x33, 0x7E, 0x7F, 0x09, 0x0D]) == [.delete, .backspace, .tab, .enter])
        #expect(decoder.feed([0x03, 0x04, 0x01, 0x05]) == [.control("c"), .control("d"), .control("a"), .control("e")])
        #expect(decoder.feed([0x1B, 0x5B, 0x31, 0x3B, 0x35, 0x44]) == [.wordLeft])
        // A sequence split across reads waits for its end; so does a split UTF-8 character.
        #expect(decoder.feed([0x1B, 0x5B]) == [])
        #expect(decoder.feed([0x44]) == [.left])
        #expect(decoder.feed([0xC2]) == [])
        #expect(decoder.feed([0xB5]) == [.character("µ")])
    }

    @Test func theBufferEditsAtTheCursor() {
        var line = LineBuffer("adresses(C, M)?")
        line.moveHome()
        line.moveRight(2)
        line.insert("d")
        #expect(line.text == "addresses(C, M)?")
        line.moveEnd()
        line.backspace()
        #expect(line.text == "addresses(C, M)")
        line.moveHome()
        line.deleteForward()
        #expect(line.text == "ddresses(C, M)")
        line.moveWordRight()
        #expect(line.cursor == 8)
        line.killToEnd()
        #expect(line.text == "ddresses")
        line.insert("(X, Y")
        line.deleteWordBackward()
        #expect(line.text == "ddresses(X, ")
        line.moveWordLeft()
        line.killToStart()
        #expect(line.text == "X, ")
        #expect(line.cursor == 0)
    }

    @Test func historyBrowsesAndPersists() throws {
        let file = NSTemporaryDirectory() + "kg-history-\(UUID().uuidString)"
        var history = History(file: file)
        history.add("first?")
        history.add("second?")
        history.add("second?")
        history.add("   ")
        #expect(history.entries == ["first?", "second?"])
        #expect(history.previous(current: "typing") == "second?")
        #expect(history.previous(current: "") == "first?")
        #expect(history.previous(current: "") == nil)
        #expect(history.next() == "second?")
        #expect(history.next() == "typing")
        #expect(history.next() == nil)
        history.save()
        #expect(History(file: file).entries == ["first?", "second?"])
    }

    @Test func completionExtendsToTheCommonPrefix() {
        let words = ["addresses", "adds_up", "attr", ":load", ":help", "clofarabine"]
        #expect(Completion(word: "ad", candidates: words).matches == ["addresses", "adds_up"])
        #expect(Completion(word: "ad", candidates: words).insertion == "d")
        #expect(Completion(word: "clo", candidates: words).insertion == "farabine")
        #expect(Completion(word: ":l", candidates: words).insertion == "oad")
        #expect(Completion(word: "", candidates: words).matches == [])
        var line = LineBuffer("x :- confers_res")
        #expect(line.wordBeforeCursor == "confers_res")
        line.replace(with: ":ex")
        #expect(line.wordBeforeCursor == ":ex")
    }

    @Test func statementsEndAtTheirDotOrQuestionMark() {
        var buffer = StatementBuffer()
        #expect(buffer.add("r(x) :-") == nil)
        #expect(buffer.add("  node(x, \"a.\"), // not the end.") == nil)
        #expect(buffer.add("  name(x, _).") == "r(x) :-\n  node(x, \"a.\"), // not the end.\n  name(x, _).")
        #expect(buffer.isEmpty)
        #expect(buffer.add(".decl r(x: symbol)") == ".decl r(x: symbol)")
        #expect(buffer.add(":facts node") == ":facts node")
        #expect(buffer.add("addresses(C, M) /* a query */ ?") == "addresses(C, M) /* a query */ ?")
        #expect(buffer.add("") == nil)
        #expect(StatementBuffer.endsStatement("p(\"?\")") == false)
    }

    @Test func aLongLineScrollsToKeepTheCursorVisible() {
        var view = LineView()
        #expect(view.window(length: 10, cursor: 10, width: 40) == 0..<10)
        #expect(view.window(length: 120, cursor: 120, width: 40) == 81..<120)
        #expect(view.window(length: 120, cursor: 100, width: 40) == 81..<120, "moving left inside the window does not scroll")
        #expect(view.window(length: 120, cursor: 50, width: 40) == 50..<90)
        #expect(view.window(length: 120, cursor: 0, width: 40) == 0..<40)
        #expect(view.window(length: 5, cursor: 5, width: 40) == 0..<5, "a line that fits again is shown whole")
    }

    @Test func plainInputReadsLinesWithoutPrompting() {
        var lines = ["a?", "b."][...]
        let reader = PlainLineReader { lines.popFirst() }
        #expect(reader.read(prompt: "kg> ") == .line("a?"))
        #expect(reader.read(prompt: "kg> ") == .line("b."))
        #expect(reader.read(prompt: "kg> ") == .end)
    }
}
