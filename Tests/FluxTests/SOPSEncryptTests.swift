import _TestSupport
import Diagnostics
import Foundation
@testable import Flux
import Testing
import YAML

/// Encryption in process, checked by decrypting with `SOPSDecryptor` (keys made in the test).
struct SOPSEncryptTests {
    static let secret = """
        # top comment
        apiVersion: v1
        kind: Secret
        metadata:
          name: demo
          labels:
            tier: backend
        type: Opaque
        stringData:
          # a secret comment
          password: hunter2
          count: 42
          ratio: 1.5
          flag: true
          empty: ""
          nothing:
          list:
            - a
            - 7
          multi: |
            line one
            line two
        data:
          token: aGVsbG8=
        """

    static func parse(_ text: String, path: String = "secret.enc.yaml") throws -> ([Node], SourceFile) {
        let file = SourceFile(path: path, text: text)
        return (try YAMLParser.parse(file), file)
    }

    static func decrypt(_ text: String, _ ids: [AgeIdentity]) throws -> [Node] {
        let (docs, file) = try parse(text)
        return try SOPSDecryptor(identities: ids, allowPGP: false).decryptStream(docs, file: file)
    }

    static func flatten(_ docs: [Node]) -> [String] { docs.flatMap { SOPSToolTests.flatten($0.resolved) } }

    /// Leaves as SOPS sees them (the bytes it hashes; string or not), for comparing files that
    /// went through sops, which rewrites `0x1F` as `31`, `1e3` as `1000` and dates in RFC 3339.
    static func semantic(_ node: Node, _ path: String = "") -> [String] {
        switch node.kind {
        case .mapping: return node.pairs.flatMap { semantic($0.value, path + "/" + $0.key.value) }
        case .sequence: return node.children.enumerated().flatMap { semantic($0.element, path + "/\($0.offset)") }
        case .document, .alias: return node.children.flatMap { semantic($0, path) }
        case .scalar:
            let kind = node.isNullScalar ? "null" : node.tag == "!!str" ? "str" : "value"
            return ["\(path)=\(String(decoding: SOPSScalarBytes.macBytes(of: node), as: UTF8.self)) \(kind)"]
        }
    }

    static func semantic(_ docs: [Node]) -> [String] { docs.flatMap { semantic($0.resolved) } }

    @Test func ageFileRoundTripsForEveryRecipient() throws {
        let a = AgeIdentity.generate(), b = AgeIdentity.generate(), stranger = AgeIdentity.generate()
        for size in [0, 32, 64 * 1024, 64 * 1024 + 1, 200_000] {
            let plain = SecureBytes.random(size)
            let armored = try AgeFile.encryptArmored(plain, recipients: [a.recipient, b.recipient])
            #expect(armored.hasPrefix("-----BEGIN AGE ENCRYPTED FILE-----\n"))
            #expect(armored.hasSuffix("\n-----END AGE ENCRYPTED FILE-----\n"))
            #expect(armored.split(separator: "\n").allSatisfy { $0.count <= 64 })
            #expect(try AgeFile.decrypt(armored, identities: [a]) == plain)
            #expect(try AgeFile.decrypt(armored, identities: [b]) == plain)
            #expect(throws: SOPSError.self) { try AgeFile.decrypt(armored, identities: [stranger]) }
        }
    }

    @Test func badRecipientsAreRejected() throws {
        #expect(throws: SOPSError.self) { try AgeFile.encrypt([1], recipients: ["age1notvalid"]) }
        #expect(throws: SOPSError.self) { try AgeFile.encrypt([1], recipients: []) }
        let identity = AgeIdentity.generate()
        // A secret key is not a recipient.
        #expect(throws: SOPSError.self) { try AgeFile.encrypt([1], recipients: [identity.secretKeyText]) }
        #expect(try AgeIdentity.parse(identity.secretKeyText).first?.recipient == identity.recipient)
    }

    @Test func encryptedRegexSecretRoundTrips() throws {
        let id = AgeIdentity.generate()
        let encrypted = try SOPSFixture.encrypt(yaml: Self.secret, recipient: id.recipient)
        let (docs, _) = try Self.parse(encrypted)
        let root = try #require(docs.first).resolved
        #expect(SOPS.isEncrypted(root))
        // Only data/stringData values are ciphertext; metadata stays readable.
        #expect(root.string(at: "metadata", "name") == "demo")
        #expect(root.string(at: "stringData", "password")?.hasPrefix("ENC[AES256_GCM,data:") == true)
        #expect(root.string(at: "stringData", "count")?.hasSuffix(",type:int]") == true)
        #expect(root.string(at: "stringData", "ratio")?.hasSuffix(",type:float]") == true)
        #expect(root.string(at: "stringData", "flag")?.hasSuffix(",type:bool]") == true)
        #expect(root.string(at: "stringData", "empty") == "")
        #expect(root.string(at: "sops", "encrypted_regex") == "^(data|stringData)$")
        #expect(root.lookup(["sops", "unencrypted_suffix"]) == nil)
        #expect(!encrypted.contains("hunter2") && !encrypted.contains("a secret comment"))
        #expect(encrypted.contains("# top comment"))

        let plain = try Self.decrypt(encrypted, [id])
        #expect(Self.flatten(plain) == Self.flatten(try YAMLParser.parse(Self.secret)))
        let stringData = try #require(plain.first?.resolved["stringData"])
        #expect(stringData.children.first?.headComment == "# a secret comment")
    }

    @Test func defaultSelectionEncryptsAllButUnencryptedSuffix() throws {
        let id = AgeIdentity.generate()
        let text = "# a comment\nhost: db.local\nport: 5432\ndebug_unencrypted: true\nnested:\n  - 1.25\n  - x\n"
        let encrypted = try SOPSEncryptor(recipients: [id.recipient]).encrypt(text: text)
        let root = try #require(try Self.parse(encrypted).0.first).resolved
        #expect(root.string(at: "host")?.hasPrefix("ENC[") == true)
        #expect(root.string(at: "debug_unencrypted") == "true")
        #expect(root.string(at: "sops", "unencrypted_suffix") == "_unencrypted")
        // The top-level comment's path is empty, which the default selection encrypts.
        #expect(!encrypted.contains("a comment"))
        #expect(Self.flatten(try Self.decrypt(encrypted, [id])) == Self.flatten(try YAMLParser.parse(text)))
    }

    @Test(arguments: [
        SOPSCreationRule(ageRecipients: [], encryptedSuffix: "_secret"),
        SOPSCreationRule(ageRecipients: [], unencryptedRegex: "^(kind|meta)"),
        SOPSCreationRule(ageRecipients: [], encryptedRegex: "^data$", macOnlyEncrypted: true),
        SOPSCreationRule(ageRecipients: [], encryptedCommentRegex: "sops:enc"),
    ])
    func everySelectionRoundTrips(selection: SOPSCreationRule) throws {
        let id = AgeIdentity.generate()
        var rule = selection
        rule.ageRecipients = [id.recipient]
        let text = "kind: Thing\nmeta:\n  a: 1\npass_secret: s3cret\n# sops:enc\ntoken: abc\ndata:\n  k: v\n  n: 3\n"
        let encrypted = try SOPSEncryptor(rule: rule).encrypt(text: text)
        #expect(encrypted.contains("ENC[AES256_GCM"))
        #expect(Self.flatten(try Self.decrypt(encrypted, [id])) == Self.flatten(try YAMLParser.parse(text)))
    }

    @Test func tamperingIsDetectedByTheMAC() throws {
        let id = AgeIdentity.generate()
        let encrypted = try SOPSFixture.encrypt(yaml: Self.secret, recipient: id.recipient)
        // Readable values are covered by the MAC too.
        let edited = encrypted.replacingOccurrences(of: "name: demo", with: "name: other")
        #expect(edited != encrypted)
        do {
            _ = try Self.decrypt(edited, [id])
            Issue.record("an edited file decrypted")
        } catch let error as SOPSError {
            guard case let .macMismatch(location) = error else { Issue.record("unexpected \(error)"); return }
            #expect(location?.path == "secret.enc.yaml")
        }
        // Swapping two ciphertexts breaks their path binding.
        let root = try #require(try Self.parse(encrypted).0.first).resolved
        let password = try #require(root.string(at: "stringData", "password"))
        let token = try #require(root.string(at: "data", "token"))
        let swapped = encrypted.replacingOccurrences(of: token, with: password)
        #expect(throws: SOPSError.self) { try Self.decrypt(swapped, [id]) }
    }

    @Test func multiDocumentStreamsShareOneKeyAndMAC() throws {
        let id = AgeIdentity.generate()
        let text = "a: 1\nb: two\n---\nc: three\n"
        let encrypted = try SOPSEncryptor(recipients: [id.recipient]).encrypt(text: text)
        let (docs, _) = try Self.parse(encrypted)
        #expect(docs.count == 2)
        #expect(docs[0].resolved["sops"]?.decodedValue == docs[1].resolved["sops"]?.decodedValue)
        #expect(Self.flatten(try Self.decrypt(encrypted, [id])) == Self.flatten(try YAMLParser.parse(text)))
        // Dropping a document changes what the MAC covers.
        let first = String(encrypted[..<(encrypted.range(of: "\n---\n")?.upperBound ?? encrypted.endIndex)])
        #expect(throws: SOPSError.self) { try Self.decrypt(first, [id]) }
    }

    @Test func everyRecipientCanDecrypt() throws {
        let a = AgeIdentity.generate(), b = AgeIdentity.generate()
        let encrypted = try SOPSFixture.encrypt(yaml: Self.secret, recipients: [a.recipient, b.recipient])
        let root = try #require(try Self.parse(encrypted).0.first).resolved
        #expect(root.lookup(["sops", "age"])?.children.count == 2)
        #expect(try Self.decrypt(encrypted, [a]) == (try Self.decrypt(encrypted, [b])))
        #expect(throws: SOPSError.self) { try Self.decrypt(encrypted, [AgeIdentity.generate()]) }
    }

    @Test func encryptedFilesAreNotEncryptedTwice() throws {
        let id = AgeIdentity.generate()
        let encrypted = try SOPSFixture.encrypt(yaml: Self.secret, recipient: id.recipient)
        #expect(throws: SOPSError.self) { try SOPSFixture.encrypt(yaml: encrypted, recipient: id.recipient) }
        do {
            _ = try SOPSEncryptor(recipients: [id.recipient]).encrypt(text: "a: 1\n---\n- a\n- b\n", path: "list.yaml")
            Issue.record("a sequence document was encrypted")
        } catch let error as SOPSError {
            guard case let .unsupportedValue(_, _, location) = error else { Issue.record("unexpected \(error)"); return }
            #expect(location?.path == "list.yaml" && location?.line == 3)
        }
        #expect(throws: SOPSError.self) { try SOPSEncryptor(recipients: [id.recipient]).encrypt(text: "1: a\n") }
        #expect(throws: SOPSError.self) { try SOPSEncryptor(recipients: []).encrypt(text: "a: 1\n") }
    }

    @Test func lastModifiedIsTheMACsAdditionalData() throws {
        let id = AgeIdentity.generate()
        let when = Date(timeIntervalSince1970: 1_800_000_000)
        var encryptor = SOPSEncryptor(recipients: [id.recipient])
        encryptor.lastModified = when
        let encrypted = try encryptor.encrypt(text: "a: 1\n")
        #expect(encrypted.contains("lastmodified: \"2027-01-15T08:00:00Z\"\n"))
        let edited = encrypted.replacingOccurrences(of: "2027-01-15T08:00:00Z", with: "2027-01-15T08:00:01Z")
        #expect(throws: SOPSError.self) { try Self.decrypt(edited, [id]) }
    }

    @Test func reencryptionMovesAFileToNewRecipients() throws {
        let dev = AgeIdentity.generate(), prod = AgeIdentity.generate()
        let encrypted = try SOPSFixture.encrypt(yaml: Self.secret, recipient: dev.recipient)
        let decryptor = SOPSDecryptor(identities: [dev], allowPGP: false)
        let target = SOPSCreationRule(ageRecipients: [prod.recipient])
        let moved = try SOPSEncryptor(rule: target).reencrypt(text: encrypted, path: "prod/secrets/x.enc.yaml",
                                                              decryptor: decryptor) { docs in
            docs.map { doc in
                var doc = doc
                guard var root = doc.children.first, let i = root.valueIndex(forKey: "stringData"),
                      let j = root.children[i].valueIndex(forKey: "password") else { return doc }
                root.children[i].children[j] = .scalar("rotated")
                doc.children[0] = root
                return doc
            }
        }
        #expect(throws: SOPSError.self) { try Self.decrypt(moved, [dev]) }
        let plain = try #require(try Self.decrypt(moved, [prod]).first).resolved
        #expect(plain.string(at: "stringData", "password") == "rotated")
        #expect(plain.string(at: "stringData", "count") == "42")
        // The file's own selection is kept: metadata stays readable, the regex is recorded.
        let root = try #require(try Self.parse(moved).0.first).resolved
        #expect(root.string(at: "metadata", "name") == "demo")
        #expect(root.string(at: "sops", "encrypted_regex") == "^(data|stringData)$")
        #expect(root.lookup(["sops", "age"])?.children.count == 1)
        #expect(root.lookup(["sops", "age"])?.children.first?.string(at: "recipient") == prod.recipient)
        // The data key is new.
        let old = try #require(try Self.parse(encrypted).0.first).resolved
        let enc = { (n: Node) in n.lookup(["sops", "age"])?.children.first?.string(at: "enc") }
        #expect(enc(old) != nil && enc(old) != enc(root))
    }

    @Test func reencryptionWithoutTheKeyFails() throws {
        let dev = AgeIdentity.generate()
        let encrypted = try SOPSFixture.encrypt(yaml: Self.secret, recipient: dev.recipient)
        let wrong = SOPSDecryptor(identities: [AgeIdentity.generate()], allowPGP: false)
        #expect(throws: SOPSError.self) {
            try SOPSEncryptor(recipients: [dev.recipient]).reencrypt(text: encrypted, path: "x", decryptor: wrong)
        }
        #expect(throws: SOPSError.self) {
            try SOPSEncryptor(recipients: [dev.recipient]).reencrypt(text: "a: 1\n", path: "x", decryptor: wrong)
        }
    }

    /// A comment after the last entry is written above `sops:`; decrypting hands it back as the
    /// last entry's foot comment, so re-encryption keeps it.
    @Test func trailingCommentsSurviveReencryption() throws {
        let a = AgeIdentity.generate(), b = AgeIdentity.generate()
        var root = Node.mapping([("x", .scalar("1", tag: "!!int")), ("y", .scalar("two"))])
        root.children[2].footComment = "# the end"
        let first = YAMLv3Emitter.emit(try SOPSEncryptor(recipients: [a.recipient]).encryptStream([root]))
        #expect(!first.contains("the end"))
        let plain = try #require(try Self.decrypt(first, [a]).first).resolved
        #expect(plain.children[2].footComment == "# the end")
        let moved = try SOPSEncryptor(recipients: [b.recipient])
            .reencrypt(text: first, path: "x.yaml", decryptor: SOPSDecryptor(identities: [a], allowPGP: false))
        #expect(try Self.decrypt(moved, [b]).first?.resolved.children[2].footComment == "# the end")
        #expect(SOPS.placeholder(try #require(try Self.parse(moved).0.first)).resolved.children[2].footComment == "")
    }
}
