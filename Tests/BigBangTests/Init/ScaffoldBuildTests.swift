import Foundation
import Testing
@testable import BigBang
import FileSystem
import YAML
import Diagnostics

/// The scaffolded repository works out of the box: every environment builds with the
/// in-process kustomize (the Big Bang base served from a local git mirror through
/// `insteadOf`), byte-identically to `kubectl kustomize` when the oracle is installed;
/// `.bbctl.yaml` and `.sops.yaml` say what was asked.
@Suite(.serialized) struct ScaffoldBuildTests {
    static let kubectl = "/root/.cache/bbctl-oracles/kubectl"

    /// Scaffolds `options` next to a Big Bang base mirror at the options' version.
    func scaffold(_ make: (String) -> ScaffoldOptions) throws -> (CustomerRepoFixture, String) {
        let probe = make("/x")
        let fixture = try CustomerRepoFixture(tag: probe.bigBangVersion)
        let dir = fixture.root + "/scaffold"
        _ = try Scaffolder(options: make(dir)).write()
        return (fixture, dir)
    }

    @Test(arguments: ["git", "helm"])
    func everyEnvironmentBuildsLikeKubectlKustomize(variant: String) throws {
        let make = variant == "git" ? ScaffoldFixture.gitOptions : ScaffoldFixture.helmOptions
        let (fixture, dir) = try scaffold(make)
        defer { fixture.remove() }
        let build = KustomizeBuild(options: .init(cacheRoot: fixture.cache, gitEnvironment: fixture.environment))
        let envs = try BigBangRepository.open(root: dir).environments
        #expect(envs.count == 3)
        for env in envs {
            let output = try build.run(at: env.path)
            let docs = try YAMLParser.parse(SourceFile(path: env.name, bytes: Array(output.text.utf8)))
            let kinds = docs.compactMap { $0.resolved["kind"]?.value }
            #expect(kinds.contains("HelmRelease") && kinds.contains("ConfigMap") && kinds.contains("Secret"))
            #expect(output.text.contains("domain: \(make(dir).domain(of: env.name))\n"), "\(env.name)")
            if variant == "git" { #expect(kinds.contains("GitRepository")) } else { #expect(kinds.contains("HelmRepository")) }
            if FileManager.default.isExecutableFile(atPath: Self.kubectl) {
                let oracle = try Self.kubectlKustomize(env.path, environment: fixture.environment.variables)
                #expect(output.text == oracle, "\(variant) \(env.name) differs from kubectl kustomize")
            }
        }
    }

    @Test func repoConfigReadsWhatInitWrote() throws {
        for options in [ScaffoldFixture.gitOptions("/x"), ScaffoldFixture.helmOptions("/x")] {
            let files = try Scaffolder(options: options).files()
            let text = try #require(files.first { $0.path == RepoConfig.fileName }).contents
            let config = try RepoConfig.parse(SourceFile(path: RepoConfig.fileName, bytes: Array(text.utf8)))
            #expect(config.environments.map(\.name) == options.environments)
            #expect(config.environments.map(\.path) == options.environments)
            #expect(config.environments.map(\.production) == options.environments.map { $0 == "prod" })
            #expect(config.keep == RepoConfig.defaultKeep)
            #expect(config.allowedRegistries == ["registry1.dso.mil"])
            #expect(config.requiredPackages.contains("istiod") && config.requiredPackages.contains("monitoring"))
        }
    }

    @Test func sopsRulesNameTheRecipients() throws {
        func sops(_ options: ScaffoldOptions) throws -> Node {
            let text = try #require(try Scaffolder(options: options).files().first { $0.path == ".sops.yaml" }).contents
            let doc = try #require(try YAMLParser.parse(SourceFile(path: ".sops.yaml", bytes: Array(text.utf8))).first)
            return try #require(doc.resolved["creation_rules"]?.resolved.children.first?.resolved)
        }
        let age = try sops(ScaffoldOptions(directory: "/x", ageRecipients: [ScaffoldFixture.age, ScaffoldFixture.age.replacingOccurrences(of: "q", with: "p")]))
        #expect(age["age"]?.value.split(separator: ",").count == 2)
        #expect(age["age"]?.value.hasPrefix(ScaffoldFixture.age + ",") == true)
        #expect(age["pgp"] == nil)
        #expect(age["encrypted_regex"]?.value == "^(data|stringData)$")

        let pgp = try sops(ScaffoldFixture.helmOptions("/x"))
        #expect(pgp["pgp"]?.value == ScaffoldFixture.pgp)
        #expect(pgp["age"] == nil)

        let none = try sops(ScaffoldOptions(directory: "/x"))
        #expect(none["age"]?.value == "REPLACE_WITH_YOUR_AGE_PUBLIC_KEY")
    }

    @Test func everyYAMLFileParses() throws {
        for options in [ScaffoldFixture.gitOptions("/x"), ScaffoldFixture.helmOptions("/x")] {
            for file in try Scaffolder(options: options).files() where file.path.hasSuffix(".yaml") || file.path.hasSuffix(".yml") {
                let docs = try YAMLParser.parse(SourceFile(path: file.path, bytes: Array(file.contents.utf8)))
                #expect(!docs.isEmpty, "\(file.path)")
            }
        }
    }

    static func kubectlKustomize(_ dir: String, environment: [String: String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: kubectl)
        p.arguments = ["kustomize", dir]
        p.environment = environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]) { a, _ in a }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
