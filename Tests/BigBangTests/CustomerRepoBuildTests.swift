import Testing
import BigBang
import Diagnostics

/// The customer-template shape (remote base at a tag through a mirror, configMapGenerator
/// merges, Secret patches, inline HelmRelease/GitRepository patches, a `configurations:`
/// nameReference file) builds byte-identically to kustomize v5.7.1 (goldens recorded from
/// the oracle by scripts/record-goldens.sh).
@Suite(.serialized) struct CustomerRepoBuildTests {
    @Test(arguments: ["dev", "staging", "prod"])
    func environmentBuildsLikeKustomize(env: String) throws {
        let fixture = try CustomerRepoFixture()
        defer { fixture.remove() }
        let build = KustomizeBuild(options: .init(cacheRoot: fixture.cache, gitEnvironment: fixture.environment))
        let output = try build.run(at: fixture.customer + "/" + env)
        #expect(output.text == (try CustomerRepoFixture.golden("customer-\(env).kustomize.yaml")))
        #expect(output.warnings.contains { $0.message.contains("'commonLabels' is deprecated") })
    }

    @Test func offlineBuildIsServedFromTheCacheAndNamesMissingRefs() throws {
        let fixture = try CustomerRepoFixture()
        defer { fixture.remove() }
        let online = KustomizeBuild(options: .init(cacheRoot: fixture.cache, gitEnvironment: fixture.environment))
        let first = try online.run(at: fixture.customer + "/dev").text
        let offline = KustomizeBuild(options: .init(offline: true, cacheRoot: fixture.cache, gitEnvironment: fixture.environment))
        #expect(try offline.run(at: fixture.customer + "/dev").text == first)

        let emptyCache = KustomizeBuild(options: .init(offline: true, cacheRoot: fixture.cache + "-empty",
                                                       gitEnvironment: fixture.environment))
        do {
            _ = try emptyCache.run(at: fixture.customer + "/dev")
            Issue.record("expected an offline error")
        } catch {
            let d = error.asDiagnostic
            #expect(d.message.contains(CustomerRepoFixture.upstream))
            #expect(d.message.contains("3.30.0"))
            #expect(d.location?.path.hasSuffix("base/kustomization.yaml") == true)
        }
    }
}
