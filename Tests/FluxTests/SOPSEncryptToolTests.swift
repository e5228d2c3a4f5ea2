import _TestSupport
import Diagnostics
@testable import Flux
import Foundation
import Testing
import YAML

/// Interop with the sops oracle: `sops -d` decrypts what we encrypt, we decrypt what `sops -e`
/// encrypts, and with the ciphertext masked our files are byte for byte the ones sops writes.
/// Each test returns early (passing) on machines without the oracle.
struct SOPSEncryptToolTests {
    static var sops: String? {
        FileManager.default.isExecutableFile(atPath: SOPSToolTests.sops) ? SOPSToolTests.sops : nil
    }

    static let inputs: [(name: String, text: String, flags: [String], rule: SOPSCreationRule)] = [
        ("secret-regex", """
            apiVersion: v1
            kind: Secret
            metadata:
                name: demo
                labels:
                    tier: backend
            type: Opaque
            stringData:
                # a comment
                password: hunter2
                count: 42
                ratio: 0.75
                flag: false
                empty: ""
                list:
                    - x
                    - 9
                    - nested: map
                      more: 1
                multi: |
                    line one
                    line two
            data:
                blob: c2VjcmV0

            """, ["--encrypted-regex", "^(data|stringData)$"], SOPSCreationRule(ageRecipients: [], encryptedRegex: "^(data|stringData)$")),
        ("default", """
            # top
            host: db.local
            port: 5432
            debug_unencrypted: true
            nested:
                - - a
                  - b
                - k: v
                # in list
                - 1.5
            empty_map: {}
            empty_list: []

            """, [], SOPSCreationRule(ageRecipients: [])),
        ("suffix-and-mac-only", """
            user: admin
            pass_secret: s3cret
            other:
                key_secret: 3

            """, ["--encrypted-suffix", "_secret", "--mac-only-encrypted"],
            SOPSCreationRule(ageRecipients: [], encryptedSuffix: "_secret", macOnlyEncrypted: true)),
        ("unencrypted-regex", """
            kind: Thing
            metadata:
                name: x
            spec:
                token: abc

            """, ["--unencrypted-regex", "^(kind|metadata)$"], SOPSCreationRule(ageRecipients: [], unencryptedRegex: "^(kind|metadata)$")),
        ("comment-regex", """
            a: 1
            # sops:enc
            b: secret
            c: plain

            """, ["--encrypted-comment-regex", "sops:enc"], SOPSCreationRule(ageRecipients: [], encryptedCommentRegex: "sops:enc")),
        ("scalar-types", """
            hex: 0x1F
            octal: 0o17
            exp: 1e3
            negative: -2.50
            inf: .inf
            when: 2024-01-02
            word: yes
            quoted: "42"
            t: True
            anchor: &a shared
            alias: *a
            unicode: "h\\u00e9llo ✓"

            """, [], SOPSCreationRule(ageRecipients: [])),
        ("nested-comments", """
            # about the list
            list:
                # first
                - name: a
                  # about value
                  value: b
                - name: c
                - - x
                  # y next
                  - "y"
            map:
                # first key
                k: v
                inner:
                    # deep
                    z: 1

            """, ["--unencrypted-regex", "^name$"], SOPSCreationRule(ageRecipients: [], unencryptedRegex: "^name$")),
        ("multi-document", """
            a: 1
            b: two
            # end of the first
            ---
            c: three
            # end of the second

            """, [], SOPSCreationRule(ageRecipients: [])),
    ]

    static func withTempDir<T>(_ body: (String) throws -> T) throws -> T {
        let dir = try SOPSToolTests.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        return try body(dir)
    }

    /// Ciphertext, data-key envelopes and timestamps replaced by their shape.
    static func masked(_ text: String) -> String {
        var lines: [String] = []
        var inArmor = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains("-----BEGIN AGE ENCRYPTED FILE-----") { inArmor = true }
            if inArmor {
                // Same layout: each armor line keeps its length.
                lines.append("<\(line.count)>")
                if line.contains("-----END AGE ENCRYPTED FILE-----") { inArmor = false }
                continue
            }
            var s = String(line)
            while let start = s.range(of: "ENC[AES256_GCM,data:"), let end = s[start.upperBound...].range(of: ",type:") {
                s.replaceSubrange(start.lowerBound..<end.upperBound, with: "ENC<")
            }
            if s.hasPrefix("    lastmodified: ") { s = "    lastmodified: <time>" }
            if s.hasPrefix("        - recipient: ") { s = "        - recipient: <r>" }
            if s.hasPrefix("    version: ") { s = "    version: <v>" }
            lines.append(s)
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: 0..<inputs.count)
    func sopsDecryptsWhatWeEncrypt(index: Int) throws {
        guard let sops = Self.sops else { return }  // no oracle on this machine
        let input = Self.inputs[index]
        let id = AgeIdentity.generate()
        var rule = input.rule
        rule.ageRecipients = [id.recipient]
        let ours = try SOPSEncryptor(rule: rule).encrypt(text: input.text, path: input.name + ".yaml")
        try Self.withTempDir { dir in
            let path = dir + "/\(input.name).enc.yaml"
            try ours.write(toFile: path, atomically: true, encoding: .utf8)
            let (rc, plain) = try SOPSToolTests.run(sops, ["--decrypt", path], env: ["SOPS_AGE_KEY": id.secretKeyText])
            #expect(rc == 0, "sops -d failed on \(input.name)")
            #expect(SOPSEncryptTests.semantic(try YAMLParser.parse(plain)) == SOPSEncryptTests.semantic(try YAMLParser.parse(input.text)))
        }
    }

    @Test(arguments: 0..<inputs.count)
    func weDecryptWhatSopsEncryptsAndWriteTheSameShape(index: Int) throws {
        guard let sops = Self.sops else { return }  // no oracle on this machine
        let input = Self.inputs[index]
        let id = AgeIdentity.generate()
        try Self.withTempDir { dir in
            let path = dir + "/\(input.name).yaml"
            try input.text.write(toFile: path, atomically: true, encoding: .utf8)
            let (rc, theirs) = try SOPSToolTests.run(sops, ["--encrypt", "--age", id.recipient] + input.flags + [path])
            try #require(rc == 0, "sops -e failed on \(input.name)")
            let file = SourceFile(path: path, text: theirs)
            let plain = try SOPSDecryptor(identities: [id], allowPGP: false).decryptStream(try YAMLParser.parse(file), file: file)
            #expect(SOPSEncryptTests.semantic(plain) == SOPSEncryptTests.semantic(try YAMLParser.parse(input.text)))

            var rule = input.rule
            rule.ageRecipients = [id.recipient]
            let ours = try SOPSEncryptor(rule: rule).encrypt(text: input.text, path: path)
            #expect(Self.masked(ours) == Self.masked(theirs))
        }
    }

    /// A file made for one environment's key moves to another's; sops reads the result.
    @Test func sopsDecryptsAReencryptedFile() throws {
        guard let sops = Self.sops else { return }  // no oracle on this machine
        let dev = AgeIdentity.generate(), prod = AgeIdentity.generate()
        let encrypted = try SOPSFixture.encrypt(yaml: Self.inputs[0].text, recipient: dev.recipient)
        let moved = try SOPSEncryptor(recipients: [prod.recipient])
            .reencrypt(text: encrypted, path: "x.yaml", decryptor: SOPSDecryptor(identities: [dev], allowPGP: false))
        try Self.withTempDir { dir in
            let path = dir + "/moved.enc.yaml"
            try moved.write(toFile: path, atomically: true, encoding: .utf8)
            let (rc, plain) = try SOPSToolTests.run(sops, ["--decrypt", path], env: ["SOPS_AGE_KEY": prod.secretKeyText])
            #expect(rc == 0)
            #expect(SOPSEncryptTests.flatten(try YAMLParser.parse(plain)) == SOPSEncryptTests.flatten(try YAMLParser.parse(Self.inputs[0].text)))
            let (wrongKey, _) = try SOPSToolTests.run(sops, ["--decrypt", path], env: ["SOPS_AGE_KEY": dev.secretKeyText])
            #expect(wrongKey != 0)
        }
    }

    /// The `age` CLI opens our age files (the envelope SOPS keeps per recipient), armored or not.
    @Test func ageDecryptsOurFiles() throws {
        let ageBinary = ["/usr/bin/age", "/usr/local/bin/age"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let age = ageBinary else { return }  // no age CLI on this machine
        let id = AgeIdentity.generate()
        let plain = Array("a data key, or anything else\n".utf8) + SecureBytes.random(70_000).map { 0x61 + $0 % 26 }
        try Self.withTempDir { dir in
            try (id.secretKeyText + "\n").write(toFile: dir + "/key.txt", atomically: true, encoding: .utf8)
            let armored = try AgeFile.encryptArmored(plain, recipients: [AgeIdentity.generate().recipient, id.recipient])
            try armored.write(toFile: dir + "/file.age", atomically: true, encoding: .utf8)
            let (rc, out) = try SOPSToolTests.run(age, ["--decrypt", "-i", dir + "/key.txt", dir + "/file.age"])
            #expect(rc == 0)
            // Compared as a Bool: a failure message listing 70,000 bytes takes minutes to format.
            let same = Array(out.utf8) == plain
            #expect(same)
        }
    }

    /// Line comments stay at the end of their line here (as in sops 3.13); sops 3.11 still
    /// decrypts them, since comments are outside the MAC.
    @Test func sopsDecryptsInlineComments() throws {
        guard let sops = Self.sops else { return }  // no oracle on this machine
        let id = AgeIdentity.generate()
        let text = "a: 1 # note-one\nlist:\n    - x # note-two\n    - y\n"
        let ours = try SOPSEncryptor(recipients: [id.recipient]).encrypt(text: text)
        #expect(!ours.contains("note-"))
        try Self.withTempDir { dir in
            let path = dir + "/inline.enc.yaml"
            try ours.write(toFile: path, atomically: true, encoding: .utf8)
            let (rc, plain) = try SOPSToolTests.run(sops, ["--decrypt", path], env: ["SOPS_AGE_KEY": id.secretKeyText])
            #expect(rc == 0)
            #expect(plain.contains("# note-one") && plain.contains("# note-two"))
        }
        let file = SourceFile(path: "inline.enc.yaml", text: ours)
        let back = try SOPSDecryptor(identities: [id], allowPGP: false).decryptStream(try YAMLParser.parse(file), file: file)
        #expect(YAMLv3Emitter.emit(back).contains("a: 1 # note-one\n"))
    }

    /// Timestamps left readable still count in the MAC, in Go's `MarshalText` form.
    @Test func weDecryptSopsFilesWithTimestamps() throws {
        guard let sops = Self.sops else { return }  // no oracle on this machine
        let id = AgeIdentity.generate()
        let text = "metadata:\n    created: 2024-01-02\ndata:\n    at: 2001-12-14t21:59:43.10-05:00\n"
        try Self.withTempDir { dir in
            let path = dir + "/dates.yaml"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let (rc, theirs) = try SOPSToolTests.run(sops, ["--encrypt", "--age", id.recipient, "--encrypted-regex", "^data$", path])
            try #require(rc == 0)
            #expect(theirs.contains("type:time]"))
            let file = SourceFile(path: path, text: theirs)
            let plain = try SOPSDecryptor(identities: [id], allowPGP: false).decryptStream(try YAMLParser.parse(file), file: file)
            #expect(plain.first?.resolved.string(at: "data", "at") == "2001-12-14T21:59:43.1-05:00")
        }
    }

    /// sops writes a file's last comment above `sops:`; moving the file to another key keeps it.
    @Test func reencryptionKeepsSopsTrailingComments() throws {
        guard let sops = Self.sops else { return }  // no oracle on this machine
        let a = AgeIdentity.generate(), b = AgeIdentity.generate()
        try Self.withTempDir { dir in
            let path = dir + "/trailing.yaml"
            try "a: 1\nb: two\n# the end\n".write(toFile: path, atomically: true, encoding: .utf8)
            let (rc, theirs) = try SOPSToolTests.run(sops, ["--encrypt", "--age", a.recipient, path])
            try #require(rc == 0)
            let moved = try SOPSEncryptor(recipients: [b.recipient])
                .reencrypt(text: theirs, path: path, decryptor: SOPSDecryptor(identities: [a], allowPGP: false))
            try moved.write(toFile: path, atomically: true, encoding: .utf8)
            let (drc, plain) = try SOPSToolTests.run(sops, ["--decrypt", path], env: ["SOPS_AGE_KEY": b.secretKeyText])
            #expect(drc == 0)
            #expect(plain == "a: 1\nb: two\n# the end\n")
        }
    }
}
