import Foundation
import Testing
@testable import BigBang
import Flux
import Git
import _TestSupport

/// `bbctl render` works on a fresh scaffold: every environment of both variants renders the
/// Big Bang HelmRelease with the composed values. The Big Bang base and chart are the real
/// ones from the shared corpus when present (else the project's examples), served from a
/// local git repository through an `insteadOf` mirror (git variant) or given as the local
/// chart (helm variant). `bbctl validate` finds no error in them.
@Suite(.serialized) struct ScaffoldRenderTests {
    struct Mirror {
        let root: String
        let environment: GitEnvironment
        let chart: String
        let realChart: Bool

        init(tag: String) throws {
            root = ScaffoldFixture.temporaryDirectory("render")
            realChart = SharedCorpus.isAvailable
            let base = realChart ? SharedCorpus.path + "/bigbang-base" : CustomerRepoFixture.repoRoot + "/examples/bigbang-base"
            let chartSource = realChart ? SharedCorpus.path + "/helm/charts/bigbang" : CustomerRepoFixture.repoRoot + "/examples/umbrella"
            let fm = FileManager.default
            try fm.createDirectory(atPath: root + "/mirror", withIntermediateDirectories: true)
            try fm.copyItem(atPath: base, toPath: root + "/mirror/base")
            // Both bases' HelmRelease read the chart from chart/ in the same repository.
            try fm.copyItem(atPath: chartSource, toPath: root + "/mirror/chart")
            chart = root + "/mirror/chart"
            let gitconfig = root + "/gitconfig"
            try """
                [user]
                \tname = fixture
                \temail = fixture@example.invalid
                [url "file://\(root)/mirror"]
                \tinsteadOf = \(ScaffoldOptions.defaultGitRepoURL)

                """.write(toFile: gitconfig, atomically: true, encoding: .utf8)
            environment = GitEnvironment(["HOME": root, "GIT_CONFIG_GLOBAL": gitconfig, "GIT_CONFIG_NOSYSTEM": "1"])
            for args in [["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "bigbang"], ["tag", tag]] {
                try CustomerRepoFixture.git(args, in: root + "/mirror", env: environment.variables)
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test(arguments: ["git", "helm"])
    func everyEnvironmentRenders(variant: String) throws {
        // The corpus base pins its GitRepository to 3.30.0; the scaffold's default matches it.
        let mirror = try Mirror(tag: ScaffoldOptions.defaultBigBangVersion)
        defer { mirror.remove() }
        // The secrets are written SOPS-encrypted for this key; the render decrypts them.
        let identity = AgeIdentity.generate()
        var options = ScaffoldOptions(directory: mirror.root + "/scaffold", ageRecipients: [identity.recipient])
        options.source = variant == "git" ? .git : .helm
        _ = try Scaffolder(options: options).write()
        let repository = try BigBangRepository.open(root: options.directory)
        let renderOptions = EnvironmentRenderer.Options(
            cacheRoot: mirror.root + "/cache", gitEnvironment: mirror.environment,
            charts: variant == "helm" ? ["bigbang": mirror.chart] : [:], ageIdentities: [identity])
        let renderer = EnvironmentRenderer(repository: repository, options: renderOptions)
        let results = renderer.renderAll(repository.environments)
        #expect(results.count == 3)
        for (env, result) in zip(repository.environments, results) {
            let render = try result.get()
            #expect(render.unresolved.isEmpty, "\(variant) \(env.name): \(render.unresolved)")
            // Decrypted, not placeholders (the base's own commonLabels deprecation may remain).
            #expect(!render.warnings.contains { $0.message.contains("SOPS") }, "\(variant) \(env.name): \(render.warnings)")
            #expect(render.releases.map(\.id) == ["bigbang/bigbang"])
            let values = render.releases.first?.values.values
            #expect(values?["domain"] == .string(options.domain(of: env.name)))
            #expect(values?["registryCredentials"]?["registry"] == .string("registry1.dso.mil"))
            if mirror.realChart {
                // The umbrella emitted the packages the scaffold enables.
                #expect(render.documents.contains { $0.kind == "HelmRelease" && $0.name == "istiod" })
                #expect(render.documents.contains { $0.kind == "HelmRelease" && $0.name == "monitoring" })
            }
        }
        // `bbctl validate` passes out of the box: no error-level finding in any environment.
        let report = Validator(repository: repository).validate(repository.environments, render: renderOptions)
        #expect(report.environments.count == 3)
        #expect(!report.hasErrors, "\(variant): \(report.text(colored: false))")
    }
}
