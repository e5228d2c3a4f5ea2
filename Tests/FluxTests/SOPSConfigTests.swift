import Diagnostics
import FileSystem
@testable import Flux
import Testing
import YAML

/// `.sops.yaml` creation rules: first match wins, SOPS's defaults and refusals.
struct SOPSConfigTests {
    static let dev = "age1vxuymdm6uz79m2a4rc2k6v4tpqzflsaq7sq0vtrva48xecm96e7qlz7g42"
    static let prod1 = "age1yx6zc4dw989wwv363ales53knc28pru3kzjwkyf8jx4jxakvruhstjtlwr"
    static let prod2 = "age1m0pkhs78rs4yzfu2r4wnu8sjez4jzp0fzvclz68deptvz7xvns0q88g2x7"

    static let config = """
        creation_rules:
          - path_regex: dev/.*\\.enc\\.yaml$
            encrypted_regex: ^(data|stringData)$
            age: \(dev)
          - path_regex: prod/
            age: "\(prod1), \(prod2),"
            pgp: FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4
          - path_regex: staging/
            key_groups:
              - age:
                  - \(prod1)
                merge:
                  - age: [\(prod2)]
          - path_regex: bad/
            age: \(dev)
            encrypted_regex: x
            unencrypted_suffix: _plain
          - age: \(dev)
            encrypted_suffix: _secret
        """

    static func load() throws -> SOPSConfig {
        let fs = InMemoryFileSystem(files: ["/repo/.sops.yaml": config])
        return try #require(try SOPSConfig.load(repoRoot: "/repo", fileSystem: fs))
    }

    @Test func firstMatchingRuleWins() throws {
        let config = try Self.load()
        let dev = try config.creationRule(for: "dev/secrets/app.enc.yaml")
        #expect(dev.ageRecipients == [Self.dev])
        #expect(dev.encryptedRegex == "^(data|stringData)$")
        #expect(dev.unencryptedSuffix == "")
        // Absolute paths under the config's directory are matched relative to it.
        #expect(try config.creationRule(for: "/repo/dev/x.enc.yaml").encryptedRegex == "^(data|stringData)$")

        let prod = try config.creationRule(for: "prod/secrets/app.enc.yaml")
        #expect(prod.ageRecipients == [Self.prod1, Self.prod2])
        #expect(prod.pgpFingerprints == ["FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4"])
        // No selector given: SOPS's default suffix.
        #expect(prod.unencryptedSuffix == "_unencrypted")

        // A key group's merged groups come first, as in SOPS's extractMasterKeys.
        #expect(try config.creationRule(for: "staging/x.yaml").ageRecipients == [Self.prod2, Self.prod1])
        // A rule without path_regex matches everything left.
        #expect(try config.creationRule(for: "elsewhere/values.yaml").encryptedSuffix == "_secret")
        // dev/ files not named *.enc.yaml fall through to the catch-all.
        #expect(try config.creationRule(for: "dev/values.yaml").encryptedSuffix == "_secret")
    }

    @Test func conflictingSelectorsAndMissingRulesAreErrors() throws {
        let config = try Self.load()
        #expect(throws: SOPSError.self) { try config.creationRule(for: "bad/x.yaml") }
        let strict = try SOPSConfig.parse(SourceFile(path: "/r/.sops.yaml", text: "creation_rules:\n  - path_regex: ^only/\n    age: \(Self.dev)\n"))
        #expect(throws: SOPSError.self) { try strict.creationRule(for: "other/x.yaml") }
        #expect(throws: SOPSError.self) {
            try SOPSConfig.parse(SourceFile(path: ".sops.yaml", text: "creation_rules:\n  - path_regex: \"(\"\n")).creationRule(for: "x")
        }
    }

    @Test func malformedConfigsPointAtTheProblem() throws {
        do {
            _ = try SOPSConfig.parse(SourceFile(path: ".sops.yaml", text: "creation_rules:\n  - age: {a: b}\n"))
            Issue.record("a mapping as age was accepted")
        } catch let error as SOPSError {
            guard case let .invalidConfig(_, location) = error else { Issue.record("unexpected \(error)"); return }
            #expect(location?.line == 2)
        }
        #expect(throws: SOPSError.self) {
            try SOPSConfig.parse(SourceFile(path: ".sops.yaml", text: "creation_rules:\n  - key_groups:\n      - age: [a]\n      - age: [b]\n"))
        }
        #expect(try SOPSConfig.load(repoRoot: "/none", fileSystem: InMemoryFileSystem()) == nil)
        #expect(try SOPSConfig.parse(SourceFile(path: ".sops.yaml", text: "")).creationRules.isEmpty)
    }

    @Test func ruleEncryptsForItsRecipients() throws {
        let id = AgeIdentity.generate()
        let config = try SOPSConfig.parse(SourceFile(path: "/r/.sops.yaml", text: """
            creation_rules:
              - path_regex: secrets/
                encrypted_regex: ^data$
                age: \(id.recipient)
            """))
        let text = try SOPSEncryptor(config: config, path: "/r/secrets/db.yaml").encrypt(text: "kind: Secret\ndata:\n  pw: x\n")
        #expect(text.contains("kind: Secret\n"))
        #expect(text.contains("encrypted_regex: ^data$"))
        let file = SourceFile(path: "db.yaml", text: text)
        let plain = try SOPSDecryptor(identities: [id], allowPGP: false).decryptStream(try YAML.YAMLParser.parse(file), file: file)
        #expect(plain.first?.resolved.string(at: "data", "pw") == "x")
    }
}
