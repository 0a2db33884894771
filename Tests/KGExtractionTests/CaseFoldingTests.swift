import Testing
@testable import KGExtraction

/// `lowercasedFast()` must give exactly what `lowercased()` gives: it
/// replaces it on the hot path only for speed.
@Suite struct CaseFoldingTests {
    static let samples = [
        "", "plain ascii only", "ABCG2 Pumps Clofarabine OUT", "Bcl-xL’s β-Catenin", "0.15 µM and 2 μM",
        "ΣΊΣΥΦΟΣ ΟΔΌΣ", "İstanbul DİYARBAKIR", "STRAẞE Straße", "Ǆ ǅ ǆ", "ÀÉÎÕÜ àéîõü", "Ωmega ΑΒΓΔ", "日本語 テキスト",
        "emoji 😀 MIXED Case — dash – en", "Ⅻ roman Ⅷ", "ＦＵＬＬＷＩＤＴＨ", "\u{0130}\u{0049}\u{0307}", "Leukaemia (AML); n M; µ M",
    ]

    @Test(arguments: samples) func matchesTheStandardLibrary(_ text: String) {
        #expect(text.lowercasedFast() == text.lowercased())
        #expect(Array(text.lowercasedFast().utf8) == Array(text.lowercased().utf8))
    }
}
