import Foundation
import Testing
@testable import BigBang

/// `diff` at the render and values levels on the customer-template fixture (the example
/// Big Bang base and umbrella chart served from a local git mirror), committed into a git
/// repository so revisions can be compared.
@Suite(.serialized) struct RenderDiffScenarioTests {
    struct Scenario {
        let fixture: CustomerRepoFixture

        /// The fixture committed, then dev's `kiali.enabled` (a key the umbrella chart does
        /// not read) switched on in a second commit.
        init() throws {
            fixture = try CustomerRepoFixture()
            try git("init", "-q", "-b", "main")
            try commit("customer repo")
            let file = fixture.customer + "/dev/configmap.yaml"
            let text = try String(contentsOfFile: file, encoding: .utf8)
                .replacingOccurrences(of: "kiali:\n  enabled: false", with: "kiali:\n  enabled: true")
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            try commit("dev: kiali on")
        }

        func git(_ args: String...) throws {
            try CustomerRepoFixture.git(Array(args), in: fixture.customer, env: fixture.environment.variables)
        }

        func commit(_ message: String) throws {
            try git("add", "-A")
            try git("commit", "-qm", message)
        }

        func diff(_ level: DiffLevel, _ pairs: [(a: EnvironmentDiffer.Target, b: EnvironmentDiffer.Target)],
                  options: DiffOptions = .init()) throws -> DiffReport {
            let render = EnvironmentRenderer.Options(cacheRoot: fixture.cache, gitEnvironment: fixture.environment)
            let repository = try BigBangRepository.open(root: fixture.customer)
            return try EnvironmentDiffer(repository: repository, options: .init(level: level, diff: options, render: render)).diff(pairs)
        }
    }

    @Test func oneValuesKeyIsExactlyThatChangeAtValuesAndRenderLevel() throws {
        let scenario = try Scenario()
        defer { scenario.fixture.remove() }
        let values = try scenario.diff(.values, [(.init("dev", at: "HEAD~1"), .init("dev"))])
        let release = try #require(values.environments.first?.resources.first)
        #expect(values.environments[0].resources.count == 1)
        #expect(release.id.namespace == "bigbang" && release.id.name == "bigbang")
        #expect(release.fields == [FieldChange(path: FieldPath([.key("kiali"), .key("enabled")]), kind: .changed, old: false, new: true)])

        let render = try scenario.diff(.render, [(.init("dev", at: "HEAD~1"), .init("dev"))])
        let env = try #require(render.environments.first)
        #expect(env.resources.count == 1)
        let configMap = try #require(env.resources.first)
        #expect(configMap.id.kind == "ConfigMap" && configMap.previousName != nil)
        #expect(configMap.fields.map(\.path.description) == ["data.values.yaml › kiali.enabled"])
        #expect(configMap.fields.first?.old == false && configMap.fields.first?.new == true)
    }

    @Test func devAgainstProdMasksTheSecretValues() throws {
        let scenario = try Scenario()
        defer { scenario.fixture.remove() }
        for level in [DiffLevel.render, .values] {
            let report = try scenario.diff(level, [(.init("dev"), .init("prod"))])
            #expect(report.hasChanges)
            #expect(report.environments[0].name == "dev → prod")
            for format in DiffFormat.allCases {
                let text = DiffFormatter(format: format).render(report)
                #expect(!text.contains("not-a-real-secret"), "\(level) \(format)")
            }
            let masked = report.environments[0].resources.flatMap(\.fields).filter(\.masked)
            #expect(!masked.isEmpty, "\(level)")
        }
        let shown = try scenario.diff(.values, [(.init("dev"), .init("prod"))], options: DiffOptions(showSecrets: true))
        #expect(DiffFormatter(format: .json).render(shown).contains("dev-not-a-real-secret"))
    }

    @Test func unifiedRenderDiffKeepsHelmSourceLines() throws {
        let scenario = try Scenario()
        defer { scenario.fixture.remove() }
        let report = try scenario.diff(.render, [(.init("dev"), .init("prod"))])
        let unified = DiffFormatter(format: .unified).render(report)
        #expect(unified.hasPrefix("--- a/dev\n+++ b/prod\n"))
        #expect(unified.contains("# Source: "))
    }
}
