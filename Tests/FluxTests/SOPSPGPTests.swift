import Diagnostics
import Foundation
@testable import Flux
import Testing
import YAML

/// The PGP path: a throwaway gpg key in a private GNUPGHOME, a file encrypted by the sops oracle
/// for its fingerprint, decrypted through `gpg --decrypt`. Skipped without gpg or sops.
struct SOPSPGPTests {
    static let gpg = GPGDecrypt.executable()
    static var toolsPresent: Bool { gpg != nil && FileManager.default.isExecutableFile(atPath: SOPSToolTests.sops) }

    @Test(.enabled(if: toolsPresent), .timeLimit(.minutes(1)))
    func decryptsThroughGPG() throws {
        let home = try SOPSToolTests.tempDir()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: home)
        let env = ["GNUPGHOME": home]
        let gpg = try #require(Self.gpg)
        let (grc, _) = try SOPSToolTests.run(gpg, ["--batch", "--passphrase", "", "--quick-gen-key",
                                                   "bbctl test <test@example.invalid>", "default", "default", "never"], env: env)
        try #require(grc == 0)
        let (_, listing) = try SOPSToolTests.run(gpg, ["--batch", "--with-colons", "--list-keys"], env: env)
        let fpr = try #require(listing.split(separator: "\n").first { $0.hasPrefix("fpr:") }?
            .split(separator: ":", omittingEmptySubsequences: false).dropFirst(9).first.map(String.init))
        let plainPath = home + "/plain.yaml"
        try "token: abc\ncount: 2\n".write(toFile: plainPath, atomically: true, encoding: .utf8)
        let (erc, encrypted) = try SOPSToolTests.run(SOPSToolTests.sops, ["--encrypt", "--pgp", fpr, plainPath], env: env)
        try #require(erc == 0)
        let file = SourceFile(path: "pgp.enc.yaml", text: encrypted)
        let node = try #require(try YAMLParser.parse(file).first)

        let out = try SOPSDecryptor(identities: [], gnupgHome: home).decrypt(node, file: file).resolved
        #expect(out.string(at: "token") == "abc")
        #expect(out.string(at: "count") == "2")

        // Without PGP the error names the fingerprint.
        #expect {
            try SOPSDecryptor(identities: [], allowPGP: false).decrypt(node, file: file)
        } throws: { error in
            guard case let .noMatchingIdentity(_, fingerprints, _, _)? = error as? SOPSError else { return false }
            return fingerprints == [fpr]
        }
    }
}
