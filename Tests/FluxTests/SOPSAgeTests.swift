import Foundation
@testable import Flux
import Testing

/// The age decoder against the `age` CLI: multi-chunk STREAM payloads, armor, and tampering.
struct SOPSAgeTests {
    static let age = ["/usr/bin/age", "/usr/local/bin/age"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: age != nil), arguments: [0, 1, 65_536, 65_537, 200_000])
    func decryptsWhatAgeEncrypted(size: Int) throws {
        let dir = try SOPSToolTests.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let identity = try #require(try AgeIdentity.parse(SOPSFixtures.identity).first)
        let plain = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        try Data(plain).write(to: URL(fileURLWithPath: dir + "/in.bin"))
        let (rc, _) = try SOPSToolTests.run(try #require(Self.age),
                                            ["--encrypt", "--armor", "-r", identity.recipient, "-o", dir + "/out.age", dir + "/in.bin"])
        try #require(rc == 0)
        let armored = try String(contentsOfFile: dir + "/out.age", encoding: .utf8)
        #expect(try AgeFile.decrypt(armored, identities: [identity]) == plain)
    }

    @Test func tamperedHeaderMACIsRejected() throws {
        let identity = try #require(try AgeIdentity.parse(SOPSFixtures.identity).first)
        // Take the committed fixture's age file and flip one byte of its header MAC.
        let (node, _) = try SOPSDecryptTests.root(SOPSFixtures.secretWithRegex)
        let enc = try #require(SOPSMetadata(node)?.age.first?.enc)
        var bytes = try AgeFile.dearmor(enc)
        #expect(try AgeFile.decrypt(enc, identities: [identity]).count == 32)
        let (_, macInput, _, _) = try AgeFile.parseHeader(bytes)
        #expect(try AgeFile.decrypt(bytes: bytes, identities: [identity]).count == 32)
        // "A"/"B"-style flip of one base64 MAC character keeps it valid base64 but changes the MAC.
        bytes[macInput.count + 2] ^= 0x01
        #expect {
            try AgeFile.decrypt(bytes: bytes, identities: [identity])
        } throws: { error in
            guard case let .malformedAgeFile(reason)? = error as? SOPSError else { return false }
            return reason.contains("MAC")
        }
    }
}
