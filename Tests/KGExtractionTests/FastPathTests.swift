import KGDocuments
import Testing
@testable import KGExtraction

/// The extractor's fast paths answer exactly as the plain code they
/// replace: the one-pass phrase scanner as `lowercasedFast().has(_:)`, the
/// key table as a dictionary, label reading over bytes as over characters.
@Suite struct FastPathTests {
    static let texts = [
        "", "a", "Side Effects", "SYNERGISTIC with venetoclax", "Avoid grapefruit; CONTRAINDICATED in pregnancy",
        "resistance to ara-C (less sensitive cells)", "0.15 µM in K562™ cells", "Crowd-sourced, may not be accurate",
        "\u{212A}ELVIN Generated", "İNTERACTION with azoles", "Ünterschied — Überwachung", "use only\u{301} here",
        "caf\u{E9} combine  with", "Dosing: Monitor blood counts", "Very common: nausea; rare: rash", "x\u{0130}",
        // The Kelvin sign lower-cases to "k": "check " is found only in the lower-cased text.
        "Chec\u{212A} blood counts", "Check™ — \u{2103}",
    ]
    static let phrases = SentenceUnit.Phrase.allCases.map(\.text) + ResistanceRules.remedyWords
        + SectionContext.Cue.phrases

    @Test func phraseScanMatchesHasOnTheLowerCasedText() {
        let scanner = PhraseScanner(Self.phrases)
        #expect("Chec\u{212A} blood counts".lowercasedFast().has("check "))
        for text in Self.texts {
            let lowered = scanner.scanLowercased(text)
            let plain = scanner.scan(text.lowercasedFast())
            for (number, phrase) in Self.phrases.enumerated() {
                let expected = text.lowercasedFast().has(phrase)
                #expect(lowered.contains(number) == expected, "'\(phrase)' in '\(text)'")
                #expect(plain.contains(number) == expected, "'\(phrase)' in '\(text)'")
            }
        }
    }

    @Test func tokenizerByteMasksAnswerAsItsScalarTests() {
        for byte in UInt8(0)..<128 {
            let scalar = Unicode.Scalar(byte)
            #expect(Tokenizer.isASCIIWordByte(byte) == Tokenizer.isWordScalar(scalar), "byte \(byte)")
            #expect(Tokenizer.isASCIIDroppedByte(byte) == (Tokenizer.isSpace(scalar) || Tokenizer.isMark(scalar)), "byte \(byte)")
        }
        for byte in UInt8(128)...255 {
            #expect(!Tokenizer.isASCIIWordByte(byte) && !Tokenizer.isASCIIDroppedByte(byte), "byte \(byte)")
        }
    }

    @Test func firstColonIsTheFirstColonCharacter() {
        let texts = ["", "no colon", "Side Effects: nausea", ":", "é: x", "x:é", ":\u{301} then: here", "a:\u{301}b", "Ünterschied: x",
                     "Überwachung —: a: b", "\u{301}:", "日本: 語"]
        for text in texts {
            #expect(PageReader.firstColon(text) == text.firstIndex(of: ":"), "\(text)")
        }
    }

    @Test func joinedKeysCompareAsJoinedStrings() {
        let tokens = Tokenizer.tokens("Acute Myeloid Leukemia (AML) and Bcl-x(L)")
        for first in tokens.indices {
            for end in (first + 1)...tokens.count {
                let joined = tokens[first..<end].map(\.key).joined(separator: " ")
                let exactJoined = tokens[first..<end].map(\.exactKey).joined(separator: " ")
                #expect(isJoinedKey(joined, tokens, first, end, exact: false))
                #expect(isJoinedKey(exactJoined, tokens, first, end, exact: true))
                #expect(!isJoinedKey(joined + " x", tokens, first, end, exact: false))
                #expect(!isJoinedKey(String(joined.dropLast()), tokens, first, end, exact: false))
            }
        }
    }

    @Test func byteSetHoldsExactlyWhatWasInserted() {
        let inserted: [UInt8] = [0, 1, 63, 64, 65, 127, 128, 191, 192, 255, UInt8(ascii: "A")]
        let set = ByteSet(inserted)
        for byte in UInt8(0)...255 { #expect(set.contains(byte) == inserted.contains(byte), "byte \(byte)") }
        #expect(!(UInt8(0)...255).contains { ByteSet().contains($0) })
    }

    @Test func asciiPrefixesAnswerAsStartsWithEachStem() {
        let stems = ["overcom", "restor", "revers", "re", "consider"]
        let prefixes = ASCIIPrefixes(stems)
        let words = ["", "r", "re", "restored", "reverses", "overcome", "over", "Overcome", "considers", "consider\u{301}", "restor\u{301}e",
                     "ré", "éovercome", "x", "reinforce", "consid"]
        for word in words {
            #expect(prefixes.matches(word) == stems.contains { word.startsWithASCII($0) }, "\(word)")
            #expect(prefixes.matches(word) == stems.contains { word.hasPrefix($0) }, "\(word)")
        }
    }

    @Test func keyTableAnswersAsADictionaryAndProbesJoinedWords() {
        var entries: [String: Int] = [:]
        for (index, key) in ["acute myeloid leukemia", "acute", "dck", "bcl-2 inhibitor", "µm", "β catenin", ""].enumerated() { entries[key] = index }
        let table = KeyTable(entries)
        for key in entries.keys { #expect(table[key] == entries[key]) }
        for missing in ["acute myeloid", "leukemia", "dCK", "bcl-2", " "] { #expect(table[missing] == nil) }
        let tokens = Tokenizer.tokens("Acute Myeloid Leukemia")
        var hash = KeyHash()
        for token in tokens { hash.addWord(token.key) }
        #expect(hash.value == KeyHash.of("acute myeloid leukemia"))
        #expect(table.value(hash: hash.value) { isJoinedKey($0, tokens, 0, tokens.count, exact: false) } == entries["acute myeloid leukemia"])
        #expect(!isJoinedKey("acute myeloid", tokens, 0, tokens.count, exact: false))
        #expect(isJoinedKey("Acute Myeloid", tokens, 0, 2, exact: true))
    }

    @Test func labelsReadOverBytesAsOverCharacters() {
        let block = Block(kind: .paragraph, text: "", sectionPath: [], span: SourceSpan(line: 1, column: 1, bytes: 0..<1), sentences: [])
        let cases: [(String, String?)] = [
            ("Side Effects: nausea", "Side Effects"), ("  Fever :  high", "Fever"), ("No colon here", nil),
            ("One two three four five six seven eight: x", nil), ("e.g. this: that", nil), ("A, B: c", nil),
            ("Neurotoxicity (nerve damage): rare", "Neurotoxicity (nerve damage)"), ("Café au lait: spots", "Café au lait"),
            (": empty", nil), ("Tab\there: x", "Tab\there"),
        ]
        for (sentence, expected) in cases {
            #expect(PageReader.label(of: block, firstSentence: sentence) == expected, "\(sentence)")
        }
    }

    @Test func questionsToldOverBytesAsOverCharacters() {
        let texts = ["Is it safe?", "Is it safe? \t\r", "Why?\r\n", "No.", "?", "", "   ", "é?", "a?\u{301}", "Really ?  ", "\u{0600}?", "x?\r\n\r"]
        for text in texts {
            #expect(PageReader.endsWithQuestionMark(text) == text.trimmingWhitespace().hasSuffix("?"), "\(text.debugDescription)")
        }
    }

    @Test func asciiPrefixesAnswerAsHasPrefix() {
        let keys = ["inhibits", "inhibitor", "inhibit", "inhibi", "inhibit\u{301}s", "activat\u{301}ed", "éinhibit", "", "stud", "studies"]
        for key in keys {
            for stem in ["inhibit", "inhibitor", "activat", "stud", "e"] {
                #expect(key.startsWithASCII(stem) == key.hasPrefix(stem), "\(key.debugDescription) \(stem)")
            }
        }
    }
}
