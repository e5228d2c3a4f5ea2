import Testing
import BigBang
import FileSystem
import Flux
import YAML
import _TestSupport

/// SOPS files: listed as not promoted by default; with --include-secrets decrypted in
/// memory, promoted, and encrypted again for TO's recipient.
@Suite struct PromoteSecretsTests {
    static let devPlain = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: environment-bb
        stringData:
          values.yaml: |
            sso:
              client_secret: dev-secret
            logging:
              enabled: true
        """
    static let stagingPlain = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: environment-bb
        stringData:
          values.yaml: |
            sso:
              client_secret: staging-secret
        """

    @Test func encryptedFilesArePromotedOnlyWhenAsked() throws {
        let devKey = AgeIdentity.generate(), stagingKey = AgeIdentity.generate()
        let fs = InMemoryFileSystem(files: [
            "/repo/dev/secrets/bb.enc.yaml": try SOPSFixture.encrypt(yaml: Self.devPlain, recipient: devKey.recipient),
            "/repo/staging/secrets/bb.enc.yaml": try SOPSFixture.encrypt(yaml: Self.stagingPlain, recipient: stagingKey.recipient),
        ])
        let dev = BigBangRepository.Environment(name: "dev", path: "/repo/dev")
        let staging = BigBangRepository.Environment(name: "staging", path: "/repo/staging")
        let repo = BigBangRepository(root: "/repo", config: RepoConfig(), environments: [dev, staging])

        let plain = try Promoter(repository: repo, options: .init(gitEnvironment: .init([:])), fileSystem: fs).plan(from: dev, to: staging)
        #expect(plain.notPromoted.map(\.reason) == ["encrypted; use --include-secrets"])
        #expect(plain.updates.isEmpty)

        let options = PromoteOptions(includeSecrets: true, gitEnvironment: .init([:]), ageIdentities: [devKey, stagingKey])
        let promoter = Promoter(repository: repo, options: options, fileSystem: fs)
        let plan = try promoter.plan(from: dev, to: staging)
        #expect(plan.changes.map(\.path) == ["logging"])
        #expect(plan.changes.first?.new == "(secret)")
        try promoter.apply(plan, to: staging)

        let written = try fs.sourceFile("/repo/staging/secrets/bb.enc.yaml")
        #expect(!written.text.contains("logging"), "never written in plaintext")
        let documents = try YAMLParser.parse(written)
        #expect(SOPSMetadata(documents[0].resolved)?.age.map(\.recipient) == [stagingKey.recipient])
        // Only staging's key is needed to read it back.
        let decrypted = try SOPSDecryptor(identities: [stagingKey]).decryptStream(documents, file: written)
        let values = decrypted[0].resolved.lookup(["stringData", "values.yaml"])?.value
        #expect(values == "sso:\n  client_secret: staging-secret\nlogging:\n  enabled: true")
    }
}
