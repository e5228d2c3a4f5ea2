import Testing
import BigBang
import Diagnostics
import FileSystem
import Foundation
import Flux
import _TestSupport

/// `bbctl render` of the customer-template shape equals the reference pipeline — `kubectl
/// kustomize ENV`, then `helm template` of the umbrella chart (the GitRepository's `./chart`
/// at its tag, served from a local mirror) with the values Flux composes — recorded by
/// scripts/record-goldens.sh from the oracles and an independent values composer.
@Suite(.serialized) struct RenderPipelineTests {
    func renderer(_ fixture: CustomerRepoFixture, offline: Bool = false) throws -> (EnvironmentRenderer, BigBangRepository) {
        let repository = try BigBangRepository.open(root: fixture.customer)
        let options = EnvironmentRenderer.Options(offline: offline, cacheRoot: fixture.cache, gitEnvironment: fixture.environment)
        return (EnvironmentRenderer(repository: repository, options: options), repository)
    }

    @Test(arguments: ["dev", "staging", "prod"])
    func environmentRendersLikeTheReferencePipeline(env: String) throws {
        let fixture = try CustomerRepoFixture()
        defer { fixture.remove() }
        let (renderer, repository) = try renderer(fixture)
        let environment = try repository.environment(named: env)
        let result = try renderer.render(environment)
        #expect(result.yaml() == (try CustomerRepoFixture.golden("customer-\(env).render.yaml")))
        #expect(result.releases.map(\.id) == ["bigbang/bigbang"])
        #expect(result.releases.first?.releaseName == "bigbang")
        #expect(result.unresolved.isEmpty)
    }

    @Test func environmentsAreDiscoveredInPromotionOrder() throws {
        let fixture = try CustomerRepoFixture()
        defer { fixture.remove() }
        let repository = try BigBangRepository.open(root: fixture.customer)
        #expect(repository.environments.map(\.name) == ["dev", "staging", "prod"])
        #expect(repository.environments.last?.production == true)
    }

    @Test func renderAllKeepsTheOrderAndMatchesSingleRenders() throws {
        let fixture = try CustomerRepoFixture()
        defer { fixture.remove() }
        let (renderer, repository) = try renderer(fixture)
        let all = renderer.renderAll(repository.environments)
        #expect(all.count == 3)
        for (env, result) in zip(repository.environments, all) {
            let single = try renderer.render(env).yaml()
            #expect(try result.get().yaml() == single)
        }
    }

    @Test func secretsAreMaskedUnlessAsked() throws {
        let fixture = try CustomerRepoFixture()
        defer { fixture.remove() }
        let (renderer, repository) = try renderer(fixture)
        let result = try renderer.render(try repository.environment(named: "dev"))
        #expect(result.yaml(showSecrets: true).contains("dev-not-a-real-secret"))
        let masked = result.yaml(showSecrets: false)
        #expect(!masked.contains("dev-not-a-real-secret"))
        #expect(masked.contains("values.yaml:"))
        #expect(!(try result.json(showSecrets: false)).contains("dev-not-a-real-secret"))
    }

    @Test func valuesShowWhereEachLeafWasSet() throws {
        let fixture = try CustomerRepoFixture()
        defer { fixture.remove() }
        let (renderer, repository) = try renderer(fixture)
        let result = try renderer.render(try repository.environment(named: "dev"))
        let text = try ValuesView(showOrigin: true).text(for: result, root: repository.root)
        #expect(text.contains("domain: dev.bigbang.example.mil  # dev/configmap.yaml:2"))
        #expect(text.contains("registry: registry1.dso.mil  # base/configmap.yaml:4"))
        #expect(text.contains("client_secret: dev-not-a-real-secret  # dev/secrets/environment-bb.yaml:10"))
        let plain = try ValuesView().text(for: result, root: repository.root)
        #expect(!plain.contains("#"))
    }

    @Test func unreachableChartIsReportedNotFatal() throws {
        let fixture = try CustomerRepoFixture()
        defer { fixture.remove() }
        // Offline with an empty cache: the base is missing too, so build the environment
        // online once, then render offline against a cache that has no chart ref.
        let (renderer, repository) = try renderer(fixture, offline: true)
        do {
            _ = try renderer.render(try repository.environment(named: "dev"))
            Issue.record("expected the offline base fetch to fail")
        } catch {
            #expect(error.asDiagnostic.message.contains(CustomerRepoFixture.upstream))
        }
    }

    @Test func packagesDepthRendersReachablePackagesAndListsTheRest() throws {
        let fixture = try CustomerRepoFixture()
        defer { fixture.remove() }
        let istio = fixture.root + "/packages/istio"
        try FileManager.default.createDirectory(atPath: istio + "/chart/templates", withIntermediateDirectories: true)
        try "apiVersion: v2\nname: istio\nversion: 1.26.1-bb.0\n".write(toFile: istio + "/chart/Chart.yaml", atomically: true, encoding: .utf8)
        try """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ .Release.Name }}-settings
              namespace: {{ .Release.Namespace }}
            data:
              domain: {{ .Values.domain }}
              pullSecret: {{ (index .Values.imagePullSecrets 0).name }}

            """.write(toFile: istio + "/chart/templates/settings.yaml", atomically: true, encoding: .utf8)
        let repository = try BigBangRepository.open(root: fixture.customer)
        let options = EnvironmentRenderer.Options(
            depth: .packages, cacheRoot: fixture.cache, gitEnvironment: fixture.environment,
            repoMap: ["https://repo1.dso.mil/big-bang/product/packages/istio.git": istio])
        let result = try EnvironmentRenderer(repository: repository, options: options)
            .render(try repository.environment(named: "dev"))
        #expect(result.releases.map(\.id) == ["bigbang/bigbang", "bigbang/istio"])
        let istioRelease = try #require(result.releases.last)
        #expect(istioRelease.level == 1)
        #expect(istioRelease.releaseName == "istio-system-istio")
        let settings = try #require(result.documents.first { $0.name == "istio-system-istio-settings" })
        #expect(settings.namespace == "istio-system")
        #expect(settings.text.contains("domain: dev.bigbang.example.mil"))
        // monitoring's repository is not reachable here: reported, not fatal.
        #expect(result.unresolved.map(\.name) == ["monitoring"])
        #expect(result.unresolved.first?.source.contains("packages/monitoring.git") == true)
    }

    @Test func postRenderersAndLookupFixturesApply() throws {
        let fs = InMemoryFileSystem(files: [
            "/repo/dev/kustomization.yaml": "resources:\n- release.yaml\n",
            "/repo/dev/release.yaml": InMemoryRelease.head + """
                  postRenderers:
                  - kustomize:
                      patches:
                      - target:
                          kind: ConfigMap
                        patch: |
                          - op: add
                            path: /metadata/labels
                            value: {patched: "yes"}
                """,
            "/repo/.bbctl/lookup/dev.yaml": """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: existing
                  namespace: apps
                data:
                  token: c2VjcmV0
                """,
            "/charts/app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
            "/charts/app/templates/cm.yaml": """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: app
                data:
                  token: {{ (lookup "v1" "Secret" .Release.Namespace "existing").data.token | default "none" }}
                  missing: {{ (lookup "v1" "Secret" .Release.Namespace "absent").data | default "none" }}

                """,
        ])
        let (renderer, repository) = try InMemoryRelease.renderer(fs)
        let result = try renderer.render(try repository.environment(named: "dev", fileSystem: fs))
        let cm = try #require(result.documents.first { $0.kind == "ConfigMap" })
        #expect(cm.node.lookup(["data", "token"])?.value == "c2VjcmV0")
        #expect(cm.node.lookup(["data", "missing"])?.value == "none")
        #expect(cm.node.lookup(["metadata", "labels", "patched"])?.value == "yes")
        #expect(cm.origin.hasSuffix("post-rendered"))
    }
}

/// SOPS-encrypted environment secrets: decrypted in memory with an age key, placeholders
/// and a warning naming the file without one; the render goes on either way.
@Suite(.serialized) struct RenderSOPSTests {
    func encryptedFixture() throws -> (CustomerRepoFixture, AgeIdentity) {
        let fixture = try CustomerRepoFixture()
        let identity = AgeIdentity.generate()
        let path = fixture.customer + "/dev/secrets/environment-bb.yaml"
        let plain = try String(contentsOfFile: path, encoding: .utf8)
        try SOPSFixture.encrypt(yaml: plain, recipient: identity.recipient).write(toFile: path, atomically: true, encoding: .utf8)
        return (fixture, identity)
    }

    @Test func encryptedSecretIsDecryptedWithTheKey() throws {
        let (fixture, identity) = try encryptedFixture()
        defer { fixture.remove() }
        #expect(!(try String(contentsOfFile: fixture.customer + "/dev/secrets/environment-bb.yaml", encoding: .utf8)).contains("dev-not-a-real-secret"))
        let repository = try BigBangRepository.open(root: fixture.customer)
        let options = EnvironmentRenderer.Options(cacheRoot: fixture.cache, gitEnvironment: fixture.environment, ageIdentities: [identity])
        let result = try EnvironmentRenderer(repository: repository, options: options).render(try repository.environment(named: "dev"))
        let values = try #require(result.releases.first).values.values
        #expect(values["sso"]?["client_secret"] == .string("dev-not-a-real-secret"))
        #expect(result.yaml(showSecrets: true).contains("dev-not-a-real-secret"))
        #expect(!result.yaml(showSecrets: true).contains("ENC[AES256_GCM"))
        #expect(!result.yaml(showSecrets: false).contains("dev-not-a-real-secret"))
        #expect(result.warnings.allSatisfy { !$0.message.contains("SOPS") })
    }

    @Test func withoutAKeyValuesArePlaceholdersAndTheFileIsNamed() throws {
        let (fixture, _) = try encryptedFixture()
        defer { fixture.remove() }
        let repository = try BigBangRepository.open(root: fixture.customer)
        let options = EnvironmentRenderer.Options(cacheRoot: fixture.cache, gitEnvironment: fixture.environment, ageIdentities: [])
        let result = try EnvironmentRenderer(repository: repository, options: options).render(try repository.environment(named: "dev"))
        let warning = try #require(result.warnings.first { $0.message.contains("SOPS-encrypted") })
        #expect(warning.location?.path == "dev/secrets/environment-bb.yaml")
        let text = result.yaml(showSecrets: true)
        #expect(text.contains("sops-encrypted: no key"))
        #expect(!text.contains("ENC[AES256_GCM"))
        // The other sources still compose, and the umbrella chart still renders.
        let values = try #require(result.releases.first).values.values
        #expect(values["domain"] == .string("dev.bigbang.example.mil"))
        #expect(values["sso"] == nil)
        #expect(result.documents.contains { $0.origin.hasPrefix("HelmRelease") })
    }
}

/// Renders are reproducible: random template functions draw from a source seeded by the
/// release, so the same input renders the same bytes (diffs show only real changes).
struct RenderReproducibilityTests {
    @Test func randomFunctionsAreSeededPerRelease() throws {
        let fs = InMemoryFileSystem(files: [
            "/repo/dev/kustomization.yaml": "resources:\n- release.yaml\n",
            "/repo/dev/release.yaml": InMemoryRelease.head + """
                """,
            "/charts/app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
            "/charts/app/templates/secret.yaml": """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: app
                stringData:
                  password: {{ randAlphaNum 24 }}
                  id: {{ uuidv4 }}

                """,
        ])
        let (renderer, repository) = try InMemoryRelease.renderer(fs)
        let env = try repository.environment(named: "dev", fileSystem: fs)
        let first = try renderer.render(env).yaml()
        #expect(try renderer.render(env).yaml() == first)
        let secret = try #require(try renderer.render(env).documents.first { $0.kind == "Secret" })
        let password = try #require(secret.node.lookup(["stringData", "password"])?.value)
        #expect(password.count == 24 && password.allSatisfy { $0.isLetter || $0.isNumber })
        let id = try #require(secret.node.lookup(["stringData", "id"])?.value)
        #expect(id.count == 36 && Array(id)[14] == "4")
    }
}

/// A HelmRelease error points at the repository file and line of the HelmRelease.
struct RenderErrorLocationTests {
    @Test func missingValuesSourceIsLocatedInTheRepositoryFile() throws {
        let fs = InMemoryFileSystem(files: [
            "/repo/dev/kustomization.yaml": "resources:\n- hr.yaml\n",
            "/repo/dev/hr.yaml": InMemoryRelease.head + """
                  valuesFrom:
                  - kind: Secret
                    name: missing
                """,
            "/charts/app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
        ])
        let (renderer, repository) = try InMemoryRelease.renderer(fs)
        do {
            _ = try renderer.render(try repository.environment(named: "dev", fileSystem: fs))
            Issue.record("expected an error")
        } catch {
            let d = error.asDiagnostic
            #expect(d.message.contains("secrets \"missing\" not found"))
            #expect(d.location?.path == "/repo/dev/hr.yaml")
            #expect(d.location?.line == 14)
            #expect(d.description.contains("- kind: Secret"))
        }
    }
}

/// The one-HelmRelease repository in memory the smaller render tests share: `/repo/dev`
/// holds HelmRelease apps/app whose chart `app` comes from `/charts/app`.
enum InMemoryRelease {
    static let head = """
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: app
          namespace: apps
        spec:
          chart:
            spec:
              chart: app
              sourceRef:
                kind: HelmRepository
                name: charts

        """

    static func renderer(_ fs: InMemoryFileSystem) throws -> (EnvironmentRenderer, BigBangRepository) {
        let repository = try BigBangRepository.open(root: "/repo", fileSystem: fs)
        let options = EnvironmentRenderer.Options(offline: true, cacheRoot: "/cache", charts: ["app": "/charts/app"])
        return (EnvironmentRenderer(repository: repository, options: options, fileSystem: fs), repository)
    }
}
