import Foundation

extension Extractor {
    /// ``version`` plus a digest of the bundled lexicon files, such as
    /// `1.2.0+bundled.3f9a0c1d2e4b5a69`.
    ///
    /// The bundled lexicon is data an analyst may edit (then rebuild `kg`)
    /// without touching Swift; stored graphs remember the fingerprint they
    /// were built with, so such an edit re-reads every page just as a new
    /// extractor version does. Computed once per process: hashing the
    /// files takes well under a millisecond, parsing them is not needed.
    public static let fingerprint: String = {
        guard let folder = Bundle.module.url(forResource: "Lexicon", withExtension: nil)?.path,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return version }
        // FNV-1a, 64-bit: change detection, not security.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        for name in names.filter({ $0.hasSuffix(".txt") }).sorted() {
            mix(name.utf8)
            mix([0])
            mix(FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)) ?? Data())
            mix([0])
        }
        return version + "+bundled." + String(hash, radix: 16)
    }()
}
