import Testing
@testable import KGExtraction

@Suite struct ExtractorFingerprintTests {
    /// Stored graphs compare fingerprints: it must carry the version and
    /// a digest of the bundled lexicon files, and be stable in a process.
    @Test func fingerprintIsTheVersionPlusADigestOfTheBundledLexicon() {
        let fingerprint = Extractor.fingerprint
        #expect(fingerprint.hasPrefix(Extractor.version + "+bundled."))
        let digest = fingerprint.dropFirst((Extractor.version + "+bundled.").count)
        #expect(!digest.isEmpty && digest.allSatisfy(\.isHexDigit))
        #expect(Extractor.fingerprint == fingerprint)
    }
}
