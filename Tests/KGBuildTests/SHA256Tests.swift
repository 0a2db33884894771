import Foundation
import TestSupport
import Testing
@testable import KGBuild

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownDigests(message: String, digest: String) {
        #expect(SHA256.hexDigest(of: Array(message.utf8)) == digest)
    }

    @Test func digestsAgreeWithSha256sumAcrossBlockBoundaries() throws {
        let folder = NSTemporaryDirectory() + "kg-sha-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for length in [55, 56, 63, 64, 65, 119, 120, 1000, 100_003] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let path = folder + "/\(length).bin"
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
            let output = try ChildProcess.run("/usr/bin/env", ["sha256sum", path]).output
            #expect(SHA256.hexDigest(of: bytes) == String(output.prefix(64)), "length \(length)")
        }
    }

    @Test func feedingInPiecesGivesTheSameDigest() {
        let bytes = (0..<300).map { UInt8($0 % 251) }
        var hasher = SHA256()
        hasher.update(Array(bytes[0..<7]))
        hasher.update(Array(bytes[7..<130]))
        hasher.update(Array(bytes[130...]))
        let pieces = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        #expect(pieces == SHA256.hexDigest(of: bytes))
    }
}
