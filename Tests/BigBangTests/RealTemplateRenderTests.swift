import Testing
import BigBang
import Foundation
import Git
import _TestSupport

/// The public customer template (gitRepo variant) rendered with the real Big Bang base and
/// chart from the shared corpus, both served from one local git repository through
/// `insteadOf` mirrors (the base at the template's `?ref=`, the chart at the base's
/// GitRepository tag). When the reference binaries are installed the render must equal
/// `kubectl kustomize` + composed values + `helm template`. Skipped without ../shared.
@Suite(.serialized) struct RealTemplateRenderTests {
    static let oracles = "/root/.cache/bbctl-oracles"

    struct Fixture {
        let root: String
        let environment: GitEnvironment
        var customer: String { root + "/customer" }
        var cache: String { root + "/cache" }

        init() throws {
            let corpus = SharedCorpus.path
            let root = NSTemporaryDirectory() + "bbctl-real-\(UUID().uuidString)"
            self.root = root
            let customer = root + "/customer"
            let fm = FileManager.default
            try fm.createDirectory(atPath: root + "/mirror", withIntermediateDirectories: true)
            try fm.copyItem(atPath: corpus + "/bigbang-base", toPath: root + "/mirror/base")
            try fm.copyItem(atPath: corpus + "/helm/charts/bigbang", toPath: root + "/mirror/chart")
            try fm.copyItem(atPath: corpus + "/customer-template/gitRepo", toPath: customer)
            // The template names its SOPS files *.enc.yaml; the corpus copy is plaintext.
            for env in ["base", "dev", "staging", "prod"] {
                let dir = customer + "/" + env
                for file in try Self.files(under: dir) where file.hasSuffix("secret.yaml") {
                    try fm.moveItem(atPath: file, toPath: String(file.dropLast(5)) + ".enc.yaml")
                }
            }
            // Big Bang 3.x dropped promtail: the template's dev values still enable it, which
            // the chart's schema rejects (as helm does); the rest of the file is kept.
            let devValues = customer + "/dev/configmap.yaml"
            let text = try String(contentsOfFile: devValues, encoding: .utf8)
                .replacingOccurrences(of: "promtail:\n  enabled: true\n", with: "")
            try text.write(toFile: devValues, atomically: true, encoding: .utf8)
            let gitconfig = root + "/gitconfig"
            try """
                [user]
                \tname = fixture
                \temail = fixture@example.invalid
                [url "file://\(root)/mirror"]
                \tinsteadOf = https://repo1.dso.mil/platform-one/big-bang/bigbang.git
                \tinsteadOf = https://repo1.dso.mil/big-bang/bigbang.git

                """.write(toFile: gitconfig, atomically: true, encoding: .utf8)
            environment = GitEnvironment(["HOME": root, "GIT_CONFIG_GLOBAL": gitconfig, "GIT_CONFIG_NOSYSTEM": "1"])
            let env = environment.variables
            let mirror = root + "/mirror"
            try CustomerRepoFixture.git(["init", "-q", "-b", "main"], in: mirror, env: env)
            try CustomerRepoFixture.git(["add", "-A"], in: mirror, env: env)
            try CustomerRepoFixture.git(["commit", "-qm", "bigbang"], in: mirror, env: env)
            for tag in ["3.2.0", "3.30.0"] { try CustomerRepoFixture.git(["tag", tag], in: mirror, env: env) }
        }

        static func files(under dir: String) throws -> [String] {
            guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
            return e.compactMap { $0 as? String }.map { dir + "/" + $0 }
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        static func run(_ tool: String, _ args: [String], env: [String: String] = [:]) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: tool)
            p.arguments = args
            p.environment = ProcessInfo.processInfo.environment.merging(env) { _, b in b }
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func customerTemplateRendersWithTheRealChart() throws {
        let env = "dev"  // the gitRepo variant has one environment
        guard SharedCorpus.isAvailable else { return }  // fresh machine: no corpus to read
        let fixture = try Fixture()
        defer { fixture.remove() }
        let repository = try BigBangRepository.open(root: fixture.customer)
        let renderer = EnvironmentRenderer(repository: repository, options: .init(cacheRoot: fixture.cache, gitEnvironment: fixture.environment))
        let result = try renderer.render(try repository.environment(named: env))
        #expect(result.releases.map(\.id) == ["bigbang/bigbang"])
        #expect(result.releases.first?.chart == "bigbang")
        #expect(result.documents.contains { $0.kind == "HelmRelease" && $0.name == "istiod" })
        #expect(result.unresolved.isEmpty)
        guard FileManager.default.isExecutableFile(atPath: Self.oracles + "/helm"),
              FileManager.default.isExecutableFile(atPath: Self.oracles + "/kubectl") else { return }
        // The chart generates random passwords (randAlphaNum) and checksums of them: lines
        // that differ between two reference runs are nondeterministic and compared by shape.
        let reference = try referenceRender(fixture, env).split(separator: "\n", omittingEmptySubsequences: false)
        let again = try referenceRender(fixture, env).split(separator: "\n", omittingEmptySubsequences: false)
        let mine = result.yaml().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(mine.count == reference.count)
        #expect(reference.count == again.count)
        var mismatches = 0
        for (i, line) in mine.enumerated() where i < reference.count && i < again.count && line != reference[i] {
            let random = reference[i] != again[i]
            let sameKey = line.prefix { $0 != ":" } == reference[i].prefix { $0 != ":" }
            if !(random && sameKey) { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }

    /// `kubectl kustomize ENV` + `helm template` with independently composed values.
    private func referenceRender(_ fixture: Fixture, _ env: String) throws -> String {
        // kubectl reads the same private git config, so it reaches the base through the mirror.
        let build = try Fixture.run(Self.oracles + "/kubectl", ["kustomize", fixture.customer + "/" + env], env: fixture.environment.variables)
        try build.write(toFile: fixture.root + "/build-\(env).yaml", atomically: true, encoding: .utf8)
        let values = try Fixture.run("/usr/bin/env", ["python3", CustomerRepoFixture.repoRoot + "/scripts/compose-values.py",
                                                        fixture.root + "/build-\(env).yaml", "bigbang"])
        try values.write(toFile: fixture.root + "/values-\(env).json", atomically: true, encoding: .utf8)
        let template = try Fixture.run(Self.oracles + "/helm", ["template", "bigbang", fixture.root + "/mirror/chart",
                                                                 "-n", "bigbang", "-f", fixture.root + "/values-\(env).json"])
        return build + template
    }
}
