@testable import BigBang
import Diagnostics
import Flux
import Helm
import Testing
import YAML

/// values-schema and the Big Bang policies (sops-secrets, image-registry, core-services):
/// one triggering and one passing input each, findings pointing at the values file line.
@Suite struct ValidatePolicyTests {
    /// A render of `dev` whose Big Bang HelmRelease takes its values from a ConfigMap a
    /// generator made from `dev/values.yaml` (the source file holding `valuesText`).
    static func bigBangSubject(valuesText: String, environment: BigBangRepository.Environment = ValidateFixture.dev,
                               chart: Chart? = nil) throws -> ValidationSubject {
        let rendered = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: environment-k844782h74, namespace: bigbang}
            data:
              values.yaml: |
            \(valuesText.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
            ---
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata: {name: bigbang, namespace: bigbang}
            spec:
              interval: 10m
              chart: {spec: {chart: ./chart, sourceRef: {kind: GitRepository, name: bigbang}}}
              valuesFrom: [{kind: ConfigMap, name: environment-k844782h74}]

            """
        let nodes = try YAMLParser.parse(rendered).map(\.resolved)
        let release = try HelmRelease(node: nodes[1])
        let values = try ValuesComposer.compose(release, resources: nodes)
        let valuesFile = SourceFile(path: "dev/values.yaml", text: values.map.isEmpty ? valuesText : try #require(nodes[0].string(at: "data", "values.yaml")))
        var subject = ValidationSubject(environment: environment,
                                        documents: nodes.map { .init(node: $0, origin: "dev") },
                                        sourceFiles: [valuesFile])
        subject.releases = [.init(name: "bigbang", namespace: "bigbang", releaseName: "bigbang", chart: chart?.name ?? "bigbang",
                                  values: values, loadedChart: chart)]
        return subject
    }

    static func chart(schema: String) throws -> Chart {
        try ChartLoader.loadFiles([
            ChartFile(name: "Chart.yaml", text: "apiVersion: v2\nname: bigbang\nversion: 3.0.0\n"),
            ChartFile(name: "values.yaml", text: "istio:\n  enabled: true\nmonitoring:\n  enabled: true\n"),
            ChartFile(name: "values.schema.json", text: schema),
        ], origin: "bigbang")
    }

    static let schema = """
        {"type": "object", "properties": {"istio": {"type": "object", "properties": {
          "enabled": {"type": "boolean"}, "replicas": {"type": "integer", "minimum": 1}}}}}
        """

    // MARK: values-schema

    @Test func valuesSchemaPointsAtTheValuesFileLine() throws {
        let marked = MarkedText("""
            domain: dev.bigbang.mil
            istio:
              enabled: 1️⃣"yes"
              replicas: 2️⃣0
            """)
        let subject = try Self.bigBangSubject(valuesText: marked.text, chart: try Self.chart(schema: Self.schema))
        let found = ValidateFixture.run(ValuesSchemaRule(), subject)
        #expect(found.count == 2)
        let enabled = try #require(found.first { $0.message.hasPrefix("istio.enabled:") })
        #expect(enabled.message == "istio.enabled: got string, want boolean (values.schema.json of chart bigbang)")
        #expect(enabled.location?.path == "dev/values.yaml" && enabled.location?.line == marked.markers["1️⃣"]?.line)
        let replicas = try #require(found.first { $0.message.hasPrefix("istio.replicas:") })
        #expect(replicas.location?.line == marked.markers["2️⃣"]?.line)
        #expect(enabled.object == "HelmRelease/bigbang/bigbang")
    }

    @Test func valuesSchemaPointsAtAnUnknownKey() throws {
        let strict = """
            {"type": "object", "additionalProperties": false, "properties": {"istio": {}, "monitoring": {}}}
            """
        let marked = MarkedText("""
            istio: {}
            promtail:
              1️⃣enabled: true
            """)
        let subject = try Self.bigBangSubject(valuesText: marked.text, chart: try Self.chart(schema: strict))
        let found = ValidateFixture.run(ValuesSchemaRule(), subject)
        #expect(found.map(\.message) == ["(root): additional properties 'promtail' not allowed (values.schema.json of chart bigbang)"])
        #expect(found.first?.location?.line == marked.markers["1️⃣"]?.line)
    }

    @Test func valuesSchemaPassesValidValues() throws {
        let subject = try Self.bigBangSubject(valuesText: "istio:\n  enabled: false\n  replicas: 2\n",
                                              chart: try Self.chart(schema: Self.schema))
        #expect(ValidateFixture.run(ValuesSchemaRule(), subject).isEmpty)
    }

    // MARK: sops-secrets

    @Test func sopsSecretsFindsPlainSecretsInTheSources() throws {
        let marked = MarkedText("""
            apiVersion: v1
            kind: 1️⃣Secret
            metadata: {name: environment-bb, namespace: bigbang}
            stringData:
              values.yaml: "sso: {client_secret: hunter2}"

            """)
        let file = SourceFile(path: "dev/secrets/environment-bb.yaml", text: marked.text)
        let subject = ValidationSubject(environment: ValidateFixture.dev, sourceFiles: [file])
        let found = ValidateFixture.run(SOPSSecretsRule(), subject)
        #expect(found.count == 1)
        #expect(found.first?.isAt("1️⃣", of: marked) == true && found.first?.location?.path == file.path)
        #expect(found.first?.object == "Secret/bigbang/environment-bb")
    }

    @Test func sopsSecretsPassesEncryptedAndEmptySecrets() throws {
        let encrypted = SourceFile(path: "dev/secrets/a.enc.yaml", text: """
            apiVersion: v1
            kind: Secret
            metadata: {name: a}
            stringData:
              values.yaml: ENC[AES256_GCM,data:abc,iv:def,tag:ghi,type:str]
            sops:
              age: [{recipient: age1xyz, enc: "..."}]
              mac: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]
              version: 3.9.0

            """)
        let empty = SourceFile(path: "dev/secret.yaml", text: "apiVersion: v1\nkind: Secret\nmetadata: {name: b}\n")
        let subject = ValidationSubject(environment: ValidateFixture.dev, sourceFiles: [encrypted, empty])
        #expect(ValidateFixture.run(SOPSSecretsRule(), subject).isEmpty)
    }

    // MARK: image-registry

    @Test func imageRegistryFindsWorkloadAndValuesImages() throws {
        let marked = MarkedText("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  initContainers: [{name: init, image: registry1.dso.mil/ironbank/busybox:1}]
                  containers:
                  - name: web
                    image: 1️⃣nginx:1.25

            """)
        var subject = try ValidateFixture.subject(marked.text)
        subject.releases = [.init(name: "app", namespace: "apps", releaseName: "app", chart: "app",
                                  values: ComposedValues(values: ["redis": ["image": ["registry": "docker.io", "repository": "bitnami/redis", "tag": "7"]],
                                                                  "git": ["repository": "https://repo1.dso.mil/x.git"]], origins: [:]))]
        let found = ValidateFixture.run(ImageRegistryRule(), subject)
        #expect(found.count == 2)
        #expect(found[0].message == "image \"nginx:1.25\" is not from an allowed registry (registry1.dso.mil)" && found[0].isAt("1️⃣", of: marked))
        #expect(found[1].message.hasPrefix("redis.image.repository: image \"docker.io/bitnami/redis\""))
        #expect(found[1].object == "HelmRelease/apps/app")
    }

    @Test func imageRegistryHonoursTheAllowedList() throws {
        let text = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: quay.io/org/a:1}, {name: b, image: registry1.dso.mil/b:2}]\n"
        let config = RepoConfig(allowedRegistries: ["registry1.dso.mil", "quay.io/org"])
        #expect(ValidateFixture.run(ImageRegistryRule(), try ValidateFixture.subject(text), config: config).isEmpty)
        #expect(ImageRegistryRule.registry(of: "nginx") == "docker.io")
        #expect(ImageRegistryRule.registry(of: "localhost:5000/a") == "localhost:5000")
    }

    // MARK: core-services

    @Test func coreServicesRequiresThePackagesInProduction() throws {
        let marked = MarkedText("""
            istio:
              1️⃣enabled: false
            """)
        let subject = try Self.bigBangSubject(valuesText: marked.text, environment: ValidateFixture.prod,
                                              chart: try Self.chart(schema: "{}"))
        let config = RepoConfig(requiredPackages: ["istio", "monitoring"])
        let found = ValidateFixture.run(CoreServicesRule(), subject, config: config)
        #expect(found.count == 1)
        #expect(found.first?.message == "core package \"istio\" must be enabled in production (istio.enabled is false)")
        #expect(found.first?.location?.path == "dev/values.yaml" && found.first?.location?.line == 2)
    }

    @Test func coreServicesChecksBigBang3Successors() throws {
        let chart = try ChartLoader.loadFiles([
            ChartFile(name: "Chart.yaml", text: "apiVersion: v2\nname: bigbang\nversion: 3.30.0\n"),
            ChartFile(name: "values.yaml", text: "istio: {ambient: {enabled: false}}\nistiod:\n  enabled: true\nistioCRDs:\n  enabled: true\n"),
        ], origin: "bigbang")
        let off = try Self.bigBangSubject(valuesText: "istiod:\n  enabled: false\n", environment: ValidateFixture.prod, chart: chart)
        let found = ValidateFixture.run(CoreServicesRule(), off, config: RepoConfig())
        #expect(found.map(\.message) == ["core package \"istiod\" must be enabled in production (istiod.enabled is false)"])
        let on = try Self.bigBangSubject(valuesText: "domain: x\n", environment: ValidateFixture.prod, chart: chart)
        #expect(ValidateFixture.run(CoreServicesRule(), on, config: RepoConfig()).isEmpty)
    }

    @Test func coreServicesPassesOutsideProductionAndWithChartDefaults() throws {
        let config = RepoConfig(requiredPackages: ["istio", "monitoring"])
        let dev = try Self.bigBangSubject(valuesText: "istio:\n  enabled: false\n", chart: try Self.chart(schema: "{}"))
        #expect(ValidateFixture.run(CoreServicesRule(), dev, config: config).isEmpty)
        let prod = try Self.bigBangSubject(valuesText: "domain: x\n", environment: ValidateFixture.prod, chart: try Self.chart(schema: "{}"))
        #expect(ValidateFixture.run(CoreServicesRule(), prod, config: config).isEmpty)
    }
}
