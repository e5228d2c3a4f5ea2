import Diagnostics
@testable import Flux
import Testing
import YAML

/// Decryption of committed sops fixtures (throwaway key), tampering, and wrong keys.
struct SOPSDecryptTests {
    static func root(_ text: String, path: String = "secret.enc.yaml") throws -> (Node, SourceFile) {
        let file = SourceFile(path: path, text: text)
        let docs = try YAMLParser.parse(file)
        return (try #require(docs.first), file)
    }

    static func decryptor() throws -> SOPSDecryptor {
        SOPSDecryptor(identities: try AgeIdentity.parse(SOPSFixtures.identity), allowPGP: false)
    }

    @Test func identityParsesAndDerivesItsRecipient() throws {
        let ids = try AgeIdentity.parse("# created: now\n# public key: x\n\(SOPSFixtures.identity)\n")
        #expect(ids.count == 1)
        #expect(ids.first?.recipient == SOPSFixtures.recipient)
        // Lowercase is the same key; a flipped character breaks the checksum.
        #expect(try AgeIdentity.parse(SOPSFixtures.identity.lowercased()).first?.recipient == SOPSFixtures.recipient)
        var broken = Array(SOPSFixtures.identity)
        broken[20] = broken[20] == "Q" ? "P" : "Q"
        #expect(throws: SOPSError.self) { try AgeIdentity.parse(String(broken)) }
    }

    @Test func environmentSuppliesInlineKeysAndSkipsMissingFiles() {
        let env = ["SOPS_AGE_KEY": "# comment\n" + SOPSFixtures.identity, "SOPS_AGE_KEY_FILE": "/nonexistent/keys.txt",
                   "XDG_CONFIG_HOME": "/nonexistent"]
        #expect(AgeIdentity.fromEnvironment(env).map(\.recipient) == [SOPSFixtures.recipient])
        #expect(AgeIdentity.fromEnvironment(["SOPS_AGE_KEY": "not a key", "HOME": "/nonexistent"]).isEmpty)
    }

    @Test func detectsEncryptedDocuments() throws {
        #expect(SOPS.isEncrypted(try Self.root(SOPSFixtures.secretWithRegex).0))
        #expect(!SOPS.isEncrypted(try Self.root("a: 1\nsops: plain\n").0))
        #expect(!SOPS.isEncrypted(try Self.root("a: 1\n").0))
    }

    @Test func decryptsSecretWithEncryptedRegex() throws {
        let (node, file) = try Self.root(SOPSFixtures.secretWithRegex)
        let out = try Self.decryptor().decrypt(node, file: file).resolved
        #expect(out["sops"] == nil)
        #expect(out.string(at: "metadata", "name") == "demo")
        #expect(out.string(at: "stringData", "password") == "hunter2")
        #expect(out.lookup(["stringData", "count"])?.tag == "!!int")
        #expect(out.string(at: "stringData", "count") == "42")
        #expect(out.lookup(["stringData", "ratio"])?.tag == "!!float")
        #expect(out.string(at: "stringData", "ratio") == "1.5")
        #expect(out.lookup(["stringData", "flag"])?.tag == "!!bool")
        #expect(out.string(at: "stringData", "flag") == "true")
        #expect(out.string(at: "stringData", "empty") == "")
        #expect(out.lookup(["stringData", "list"])?.children.map(\.value) == ["a", "7"])
        #expect(out.string(at: "data", "token") == "aGVsbG8=")
        // The encrypted comment comes back as plain text.
        let commentKey = try #require(out["stringData"]?.children.first)
        #expect(commentKey.headComment == "# a comment")
    }

    @Test(arguments: [
        (SOPSFixtures.defaultSuffix, "db.example"),
        (SOPSFixtures.macOnlyEncrypted, "db.example"),
    ])
    func decryptsOtherSelections(text: String, host: String) throws {
        let (node, file) = try Self.root(text)
        let out = try Self.decryptor().decrypt(node, file: file).resolved
        #expect(out.string(at: "apiVersion") == "v1")
        #expect(out.string(at: "metadata", "name") == "cfg")
        #expect(out.string(at: "data", "host") == host)
        #expect(out.string(at: "data", "port") == "5432")
        #expect(out.string(at: "data", "debug_unencrypted") == "true")
        let nested = try #require(out.lookup(["data", "nested"]))
        #expect(nested.children.map(\.value) == ["1.25", "007"])
        #expect(nested.children.map(\.tag) == ["!!float", "!!str"])
    }

    @Test func flippedCiphertextIsRejectedAtTheValue() throws {
        let tampered = SOPSFixtures.secretWithRegex.replacingOccurrences(
            of: "data:C9DVVSm74A==", with: "data:C9DVVSn74A==")
        let (node, file) = try Self.root(tampered)
        do {
            _ = try Self.decryptor().decrypt(node, file: file)
            Issue.record("tampered value decrypted")
        } catch let error as SOPSError {
            guard case let .valueAuthenticationFailed(path, loc) = error else {
                Issue.record("unexpected \(error)"); return
            }
            #expect(path == "stringData:password:")
            #expect(loc?.line == 9)
        }
    }

    @Test func changedPlainValueBreaksTheMAC() throws {
        let tampered = SOPSFixtures.secretWithRegex.replacingOccurrences(of: "name: demo", with: "name: evil")
        let (node, file) = try Self.root(tampered)
        #expect {
            try Self.decryptor().decrypt(node, file: file)
        } throws: { error in
            guard case let .macMismatch(loc)? = error as? SOPSError else { return false }
            return loc?.line != nil
        }
    }

    @Test func wrongKeyNamesTheRecipients() throws {
        // A different (valid) throwaway identity.
        let otherKey = Bech32.encode(hrp: "age-secret-key-", data: [UInt8](repeating: 7, count: 32)).uppercased()
        let other = SOPSDecryptor(identities: try AgeIdentity.parse(otherKey), allowPGP: false)
        let (node, file) = try Self.root(SOPSFixtures.secretWithRegex)
        do {
            _ = try other.decrypt(node, file: file)
            Issue.record("decrypted with the wrong key")
        } catch let error as SOPSError {
            guard case let .noMatchingIdentity(recipients, _, _, loc) = error else {
                Issue.record("unexpected \(error)"); return
            }
            #expect(recipients == [SOPSFixtures.recipient])
            #expect(loc?.line == 19)
            #expect(error.diagnostic.message.contains(SOPSFixtures.recipient))
        }
    }

    @Test func malformedValueIsReported() throws {
        let broken = SOPSFixtures.secretWithRegex.replacingOccurrences(
            of: "token: ENC[AES256_GCM,data:Wc1vMd2QC+A=", with: "token: ENC[AES256_GCM,dota:Wc1vMd2QC+A=")
        let (node, file) = try Self.root(broken)
        #expect {
            try Self.decryptor().decrypt(node, file: file)
        } throws: { error in
            guard case let .malformedValue(path, _, _)? = error as? SOPSError else { return false }
            return path == "data:token:"
        }
    }

    @Test func placeholderHidesEncryptedValues() throws {
        let (node, _) = try Self.root(SOPSFixtures.secretWithRegex)
        let out = SOPS.placeholder(node).resolved
        #expect(out["sops"] == nil)
        #expect(out.string(at: "stringData", "password") == SOPS.defaultPlaceholder)
        #expect(out.string(at: "data", "token") == SOPS.defaultPlaceholder)
        #expect(out.string(at: "metadata", "name") == "demo")
        #expect(out["stringData"]?.children.first?.headComment == "")
    }

    @Test func plainDocumentsPassThrough() throws {
        let (node, file) = try Self.root("a: 1\n")
        #expect(try Self.decryptor().decrypt(node, file: file) == node)
    }
}

/// Multi-document files and how decrypted values read once emitted.
struct SOPSStreamTests {
    @Test func decryptsDocumentsSharingOneMAC() throws {
        let file = SourceFile(path: "multi.enc.yaml", text: SOPSFixtures.multiDocument)
        let docs = try YAMLParser.parse(file)
        #expect(docs.count == 2)
        let out = try SOPSDecryptTests.decryptor().decryptStream(docs, file: file).map(\.resolved)
        #expect(out.map { $0["sops"] == nil } == [true, true])
        #expect(out.first?.string(at: "a") == "1")
        #expect(out.first?.string(at: "b") == "x")
        #expect(out.last?.string(at: "c") == "2")
        #expect(out.last?["c"]?.tag == "!!str")
        // One document alone does not carry the whole MAC.
        #expect(throws: SOPSError.self) { try SOPSDecryptTests.decryptor().decrypt(docs[0], file: file) }
    }

    @Test func decryptedStringsThatLookLikeNumbersStayStrings() throws {
        let (node, file) = try SOPSDecryptTests.root(SOPSFixtures.defaultSuffix)
        let out = try SOPSDecryptTests.decryptor().decrypt(node, file: file)
        let text = KYAMLEmitter.emit(out.resolved)
        #expect(text.contains("- \"007\"") || text.contains("- '007'"))
        #expect(text.contains("port: 5432"))
        #expect(!text.contains("sops"))
    }
}

/// Comments: encrypted comment items in sequences and comment-driven selection.
struct SOPSCommentTests {
    @Test func commentItemsBecomeCommentsAndStayOutOfTheMAC() throws {
        let (node, file) = try SOPSDecryptTests.root(SOPSFixtures.comments)
        let out = try SOPSDecryptTests.decryptor().decrypt(node, file: file).resolved
        #expect(out.string(at: "a") == "1")
        let seq = try #require(out["b"])
        #expect(seq.children.map(\.value) == ["x"])
        #expect(seq.children.first?.headComment == "# item")
        #expect(seq.footComment == "# foot")
    }

    @Test func encryptedCommentRegexSelectionDecrypts() throws {
        let (node, file) = try SOPSDecryptTests.root(SOPSFixtures.commentRegex)
        let out = try SOPSDecryptTests.decryptor().decrypt(node, file: file).resolved
        #expect(out.string(at: "a") == "1")
        #expect(out.string(at: "b") == "secret")
        #expect(out.string(at: "c") == "plain")
    }
}
