import Foundation
import Testing
@testable import BigBang

/// `diff` on small repositories made by the tests: environments against each other, against
/// a revision read from git, and the environments a revision range affects.
@Suite struct EnvironmentDifferTests {
    /// A repo with a shared base (a HelmRelease reading a generated values ConfigMap) and
    /// dev/prod overlays generating their own values; two commits, the second changing one
    /// dev value.
    struct Repo {
        let root: String

        init() throws {
            root = NSTemporaryDirectory() + "bbctl-diff-\(UUID().uuidString)"
            try write("base/kustomization.yaml", """
                resources: [helmrelease.yaml]
                configMapGenerator:
                - name: common
                  namespace: bigbang
                  files: [values.yaml]
                """)
            try write("base/values.yaml", "domain: bigbang.dev\n")
            try write("base/helmrelease.yaml", """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata: {name: bigbang, namespace: bigbang}
                spec:
                  valuesFrom:
                  - {kind: ConfigMap, name: common}
                  - {kind: ConfigMap, name: environment}
                """)
            for env in ["dev", "prod"] {
                try write("\(env)/kustomization.yaml", """
                    resources: [../base]
                    configMapGenerator:
                    - name: environment
                      namespace: bigbang
                      files: [values.yaml]
                    """)
                try write("\(env)/values.yaml", "istio:\n  enabled: true\nmonitoring:\n  enabled: \(env == "prod")\n")
            }
            try git("init", "-q", "-b", "main")
            try commit("first")
            try write("dev/values.yaml", "istio:\n  enabled: false\nmonitoring:\n  enabled: false\n")
            try commit("dev: istio off")
        }

        func write(_ path: String, _ text: String) throws {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }

        func read(_ path: String) throws -> String { try String(contentsOfFile: root + "/" + path, encoding: .utf8) }

        func commit(_ message: String) throws {
            try git("add", "-A")
            try git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", message)
        }

        func git(_ args: String...) throws {
            try CustomerRepoFixture.git(Array(args), in: root, env: ["HOME": root, "GIT_CONFIG_NOSYSTEM": "1"])
        }

        func differ(_ level: DiffLevel = .build) throws -> EnvironmentDiffer {
            EnvironmentDiffer(repository: try BigBangRepository.discover(from: root), options: .init(level: level))
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func refDiffEqualsTheDiffOfTheTwoCheckedOutTrees() throws {
        let repo = try Repo()
        defer { repo.remove() }
        let before = try repo.read("dev/values.yaml")
        let report = try repo.differ().diff([(.init("dev", at: "HEAD~1"), .init("dev"))])

        // The same comparison on a real checkout of HEAD~1 next to the working tree.
        let old = NSTemporaryDirectory() + "bbctl-diff-old-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: old) }
        try CustomerRepoFixture.git(["clone", "-q", repo.root, old], in: NSTemporaryDirectory(), env: ["HOME": repo.root])
        try CustomerRepoFixture.git(["checkout", "-q", "HEAD~1"], in: old, env: ["HOME": repo.root])
        let oldBuild = try KustomizeBuild().build(at: old + "/dev").resources
        let newBuild = try KustomizeBuild().build(at: repo.root + "/dev").resources
        let expected = RenderDiffer().diff(oldBuild, newBuild, name: "dev", labelA: "dev", labelB: "dev", level: .build)

        for format in DiffFormat.allCases {
            let formatter = DiffFormatter(format: format)
            #expect(formatter.render(report) == formatter.render(DiffReport(environments: [expected])), "\(format)")
        }
        let change = try #require(report.environments.first?.resources.first)
        #expect(report.environments[0].resources.count == 1)
        #expect(change.id.kind == "ConfigMap" && change.previousName != nil)
        #expect(change.fields.map(\.path.description) == ["data.values.yaml › istio.enabled"])
        // The working tree is untouched: same file, nothing staged or modified.
        #expect(try repo.read("dev/values.yaml") == before)
        #expect(try Self.gitStatus(repo.root).isEmpty)
    }

    @Test func workingTreeChangesAgainstHead() throws {
        let repo = try Repo()
        defer { repo.remove() }
        try repo.write("prod/values.yaml", "istio:\n  enabled: true\nmonitoring:\n  enabled: false\n")
        let report = try repo.differ().diff([(.init("prod", at: "HEAD"), .init("prod"))])
        #expect(report.environments[0].resources.flatMap(\.fields).map(\.path.description) == ["data.values.yaml › monitoring.enabled"])
        let unchanged = try repo.differ().diff([(.init("dev", at: "HEAD"), .init("dev"))])
        #expect(!unchanged.hasChanges)
    }

    @Test func devAgainstProd() throws {
        let repo = try Repo()
        defer { repo.remove() }
        let report = try repo.differ().diff([(.init("dev"), .init("prod"))])
        let env = try #require(report.environments.first)
        #expect(env.name == "dev → prod")
        #expect(env.resources.count == 1)
        #expect(env.resources[0].fields.map { "\($0.path): \($0.old.map(ValueText.inline) ?? "") → \($0.new.map(ValueText.inline) ?? "")" } == [
            "data.values.yaml › istio.enabled: false → true",
            "data.values.yaml › monitoring.enabled: false → true",
        ])
        let unified = DiffFormatter(format: .unified).render(report)
        #expect(unified.hasPrefix("--- a/dev\n+++ b/prod\n@@ "))
    }

    @Test func environmentMissingAtTheRevisionIsAllAdded() throws {
        let repo = try Repo()
        defer { repo.remove() }
        try repo.write("staging/kustomization.yaml", "resources: [ns.yaml]\n")
        try repo.write("staging/ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: staging}\n")
        let report = try repo.differ().diff([(.init("staging", at: "HEAD"), .init("staging"))])
        #expect(report.environments[0].resources.map(\.kind) == [.added])
        #expect(throws: BigBangError.self) { try repo.differ().diff([(.init("nowhere", at: "HEAD"), .init("nowhere"))]) }
    }

    @Test func affectedEnvironmentsFollowTheChangedPaths() throws {
        let repo = try Repo()
        defer { repo.remove() }
        let differ = try repo.differ()
        #expect(try differ.affectedEnvironments(from: "HEAD~1", to: "HEAD").map(\.name) == ["dev"])
        #expect(try differ.affectedEnvironments(from: "HEAD", to: nil).isEmpty)
        try repo.write("prod/values.yaml", "istio: {enabled: true}\n")
        #expect(try differ.affectedEnvironments(from: "HEAD", to: nil).map(\.name) == ["prod"])
        try repo.write("base/values.yaml", "domain: bigbang.mil\n")
        #expect(try differ.affectedEnvironments(from: "HEAD", to: nil).map(\.name) == ["dev", "prod"])
    }

    @Test func undecryptableSOPSSecretsCompareByCiphertextAtRenderLevel() throws {
        let repo = try Repo()
        defer { repo.remove() }
        let secret = """
            apiVersion: v1
            kind: Secret
            metadata: {name: sso, namespace: bigbang}
            stringData:
              token: ENC[AES256_GCM,data:AAAA,iv:aXY=,tag:dGFn,type:str]
              other: ENC[AES256_GCM,data:BBBB,iv:aXY=,tag:dGFn,type:str]
            sops:
              age:
              - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
                enc: |
                  -----BEGIN AGE ENCRYPTED FILE-----
                  YWdlLWVuY3J5cHRpb24ub3JnL3YxCg==
                  -----END AGE ENCRYPTED FILE-----
              lastmodified: "2024-01-01T00:00:00Z"
              mac: ENC[AES256_GCM,data:bWFj,iv:aXY=,tag:dGFn,type:str]
              version: 3.9.0

            """
        try repo.write("sops/kustomization.yaml", "resources: [secret.enc.yaml]\n")
        try repo.write("sops/secret.enc.yaml", secret)
        try repo.commit("sops")
        try repo.write("sops/secret.enc.yaml", secret.replacingOccurrences(of: "data:AAAA", with: "data:CCCC"))
        let report = try repo.differ(.render).diff([(.init("sops", at: "HEAD"), .init("sops"))])
        let change = try #require(report.environments.first?.resources.first)
        #expect(report.environments[0].resources.count == 1)
        #expect(change.fields == [FieldChange(path: FieldPath([.key("stringData"), .key("token")]), kind: .changed, masked: true)])
        #expect(change.notes.contains { $0.contains("SOPS") })
        let unchanged = try repo.differ(.render).diff([(.init("sops", at: "HEAD"), .init("sops", at: "HEAD"))])
        #expect(!unchanged.hasChanges)
    }

    @Test func requestsPlanTheirPairs() throws {
        let repo = try Repo()
        defer { repo.remove() }
        let differ = try repo.differ()
        let all = try differ.run(DiffRequest(revisionA: "HEAD~1", all: true))
        #expect(all.environments.map(\.name) == ["dev", "prod"])
        #expect(all.environments.map(\.hasChanges) == [true, false])
        let changed = try differ.run(DiffRequest(revisionA: "HEAD~1", revisionB: "HEAD", changedOnly: true))
        #expect(changed.environments.map(\.name) == ["dev"])
        let pair = try differ.run(DiffRequest(environments: ["dev", "prod"], revisionA: "HEAD~1"))
        #expect(pair.environments.map(\.name) == ["dev → prod"])
        // dev at HEAD~1 had prod's values but for monitoring.
        #expect(pair.environments[0].resources.flatMap(\.fields).map(\.path.description) == ["data.values.yaml › monitoring.enabled"])
        for bad in [DiffRequest(environments: ["dev"]), DiffRequest(all: true), DiffRequest(environments: ["dev"], revisionA: "HEAD", all: true),
                    DiffRequest(environments: ["a", "b", "c"], revisionA: "HEAD")] {
            #expect(bad.problem != nil)
            #expect(throws: BigBangError.self) { try differ.run(bad) }
        }
    }

    static func gitStatus(_ dir: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "status", "--porcelain"]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        p.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}
