import FileSystem
import Flux
import Foundation
import Kustomize
import Testing
import YAML

/// The example customer repo (examples/customer, base at examples/bigbang-base): composing the
/// Big Bang HelmRelease's values from the built ConfigMaps and Secrets gives the deep merge of
/// the base values, the environment's values and its secret values.
struct CustomerRepoValuesTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: repoRoot + "/" + relative, encoding: .utf8)
    }

    @Test(arguments: [("dev", "3.30.0"), ("staging", "3.30.0"), ("prod", "3.29.0")])
    func composedValuesMergeBaseEnvironmentAndSecret(environment: String, tag: String) throws {
        let built = try Kustomizer(fileSystem: DiskFileSystem()).build(at: Self.repoRoot + "/examples/customer/" + environment)
        let objects = try FluxObjects.decode(built.resources)
        let bigbang = try #require(objects.helmReleases.first { $0.name == "bigbang" })
        #expect(objects.gitRepositories.map(\.metadata.name) == ["bigbang"])
        #expect(objects.gitRepositories.first?.ref?.tag == tag)
        #expect(bigbang.valuesFrom.map(\.kind) == ["Secret", "ConfigMap", "Secret", "ConfigMap"])
        #expect(bigbang.valuesFrom.allSatisfy { $0.name.count > "environment".count }, "hash-suffixed names")

        let composed = try ValuesComposer.compose(bigbang, resources: built.resources)

        // The environment's secret patch is a Secret manifest whose stringData holds values.
        let secretDocs = try YAMLParser.parse(try Self.text("examples/customer/\(environment)/secrets/environment-bb.yaml"))
        let secretValues = try #require(secretDocs.first?.resolved.string(at: "stringData", "values.yaml"))
        var expected = try values(try Self.text("examples/customer/base/configmap.yaml"))
        expected = SigsYAMLDecoder.mergeMaps(expected, try values(try Self.text("examples/customer/\(environment)/configmap.yaml")))
        expected = SigsYAMLDecoder.mergeMaps(expected, try values(secretValues))
        #expect(composed.values == .map(expected))
        #expect(composed.origins["domain"]?.source.hasPrefix("ConfigMap/bigbang/environment-") == true)
        #expect(composed.origins["istio.enabled"]?.source.hasPrefix("ConfigMap/bigbang/common-") == true)
        #expect(ReleaseNaming.releaseName(for: bigbang) == "bigbang")
        #expect(ReleaseNaming.releaseNamespace(for: bigbang) == "bigbang")
    }
}
