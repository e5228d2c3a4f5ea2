@testable import BigBang
import Diagnostics
import Flux
import Testing
import YAML

/// Each rule with one input that triggers it (asserting where the finding points) and one
/// that passes.
@Suite struct ValidateRuleTests {
    // MARK: render

    @Test func renderReportsEveryErrorWithItsLocation() {
        let loc = SourceLocation(path: "dev/configmap.yaml", line: 12, column: 26)
        var subject = ValidationSubject(environment: ValidateFixture.dev)
        subject.renderErrors = [Diagnostic(.error, "mapping values are not allowed in this context", at: loc)]
        subject.renderWarnings = [.warning("'commonLabels' is deprecated")]
        let found = ValidateFixture.run(RenderRule(), subject)
        #expect(found.count == 2)
        #expect(found.first?.severity == .error && found.first?.location == loc && found.first?.rule == "render")
        #expect(found.last?.severity == .warning)
    }

    @Test func renderPassesWhenTheRenderSucceeded() throws {
        #expect(ValidateFixture.run(RenderRule(), try ValidateFixture.subject("kind: Namespace\n")).isEmpty)
    }

    // MARK: object-basics

    @Test func objectBasicsFindsMissingFields() throws {
        let marked = MarkedText("""
            1️⃣apiVersion: v1
            kind: ConfigMap
            metadata:
              2️⃣namespace: x
            ---
            3️⃣kind: Service
            metadata:
              name: svc

            """)
        let found = ValidateFixture.run(ObjectBasicsRule(), try ValidateFixture.subject(marked.text))
        #expect(found.map(\.message) == ["ConfigMap has no metadata.name", "Service has no apiVersion"])
        #expect(found[0].isAt("2️⃣", of: marked))
        #expect(found[1].isAt("3️⃣", of: marked))
    }

    @Test func objectBasicsPassesCompleteObjects() throws {
        let text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
        #expect(ValidateFixture.run(ObjectBasicsRule(), try ValidateFixture.subject(text)).isEmpty)
    }

    // MARK: duplicate

    @Test func duplicateFindsTheSecondDefinition() throws {
        let marked = MarkedText("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: app}
            ---
            1️⃣apiVersion: apps/v1beta2
            kind: Deployment
            metadata: {name: web, namespace: app}

            """)
        let found = ValidateFixture.run(DuplicateRule(), try ValidateFixture.subject(marked.text))
        #expect(found.count == 1)
        #expect(found.first?.isAt("1️⃣", of: marked) == true)
        #expect(found.first?.message.contains("first from dev/resources.yaml:1:1") == true)
    }

    @Test func duplicatePassesDifferentNamespaces() throws {
        let text = "kind: ConfigMap\nmetadata: {name: a, namespace: x}\n---\nkind: ConfigMap\nmetadata: {name: a, namespace: y}\n"
        #expect(ValidateFixture.run(DuplicateRule(), try ValidateFixture.subject(text)).isEmpty)
    }

    // MARK: k8s-schema

    @Test func kubernetesSchemaFindsTypesRequiredAndUnknownFields() throws {
        let marked = MarkedText("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            1️⃣spec:
              replicas: 2️⃣"3"
              template:
                spec:
                  containers:
                  - name: web
                    image: registry1.dso.mil/web:1
                    env:
                    - name: PORT
                      value: 3️⃣8080
                    4️⃣imagePullPolicyy: Always

            """)
        let found = ValidateFixture.run(KubernetesSchemaRule(), try ValidateFixture.subject(marked.text))
        let errors = found.filter { $0.severity == .error }
        let warnings = found.filter { $0.severity == .warning }
        #expect(errors.contains { $0.message == "missing required field \"spec.selector\"" && $0.isAt("1️⃣", of: marked) })
        #expect(errors.contains { $0.message.hasPrefix("spec.replicas: expected integer, got string") && $0.isAt("2️⃣", of: marked) })
        #expect(errors.contains { $0.message.hasPrefix("spec.template.spec.containers[0].env[0].value: expected string, got integer") && $0.isAt("3️⃣", of: marked) })
        #expect(warnings.map(\.message) == ["unknown field \"spec.template.spec.containers[0].imagePullPolicyy\""])
        #expect(warnings.first?.isAt("4️⃣", of: marked) == true)
        #expect(errors.count == 3)
    }

    @Test func kubernetesSchemaLocatesPatchedNodesAtTheirNearestMarkedParent() throws {
        let marked = MarkedText("""
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers:
              - 1️⃣name: app
                image: registry1.dso.mil/app:1

            """)
        var subject = try ValidateFixture.subject(marked.text)
        // What a patch leaves: a node without a source mark.
        var container = try #require(subject.documents[0].node["spec"]?["containers"]?.children.first)
        container["env"] = .sequence([.mapping([("name", .scalar("A")), ("value", .scalar("3", tag: "!!int"))])])
        subject.documents[0].node["spec"]?["containers"]?.children[0] = container
        let found = ValidateFixture.run(KubernetesSchemaRule(), subject)
        #expect(found.map(\.message) == ["spec.containers[0].env[0].value: expected string, got integer 3"])
        #expect(found.first?.isAt("1️⃣", of: marked) == true)
    }

    @Test func kubernetesSchemaPassesValidObjects() throws {
        let text = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: app, labels: {a: b}}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: registry1.dso.mil/web:1
                    ports: [{containerPort: 80}]
                    resources: {limits: {cpu: 500m, memory: 1Gi}, requests: {cpu: 1}}
                    livenessProbe: {httpGet: {path: /, port: http}}
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              maxReplicas: 3
            ---
            apiVersion: example.com/v1
            kind: Anything
            metadata: {name: x}
            spec: {whatever: [1, 2]}

            """
        #expect(ValidateFixture.run(KubernetesSchemaRule(), try ValidateFixture.subject(text)).isEmpty)
    }

    @Test func kubernetesSchemaTableCoversTheCommonKinds() {
        let schema = KubernetesSchema.shared
        for (api, kind) in [("v1", "Service"), ("v1", "ConfigMap"), ("apps/v1", "StatefulSet"), ("batch/v1", "CronJob"),
                            ("networking.k8s.io/v1", "NetworkPolicy"), ("rbac.authorization.k8s.io/v1", "ClusterRole"),
                            ("policy/v1", "PodDisruptionBudget"), ("storage.k8s.io/v1", "StorageClass"),
                            ("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"),
                            ("apiextensions.k8s.io/v1", "CustomResourceDefinition")] {
            #expect(schema.definition(apiVersion: api, kind: kind) != nil, "\(api) \(kind)")
        }
    }

    // MARK: flux-schema

    @Test func fluxSchemaFindsDurationsEnumsAndRequiredFields() throws {
        let marked = MarkedText("""
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata: {name: bigbang, namespace: bigbang}
            spec:
              interval: 1️⃣10
              chart:
                2️⃣spec:
                  sourceRef:
                    kind: 3️⃣GitRepo
                    name: bigbang
              valuesFrom:
              - kind: ConfigMap
                name: common
                optional: 4️⃣"yes"
            ---
            apiVersion: source.toolkit.fluxcd.io/v1
            kind: GitRepository
            metadata: {name: bigbang}
            5️⃣spec:
              interval: 1m

            """)
        let found = ValidateFixture.run(FluxSchemaRule(), try ValidateFixture.subject(marked.text))
        #expect(found.count == 5)
        #expect(found.contains { $0.message == "spec.interval: \"10\" is not a duration (like 10m, 1h30m, 500ms)" && $0.isAt("1️⃣", of: marked) })
        #expect(found.contains { $0.message == "missing required field \"spec.chart.spec.chart\"" && $0.isAt("2️⃣", of: marked) })
        #expect(found.contains { $0.message.hasPrefix("spec.chart.spec.sourceRef.kind: \"GitRepo\" is not one of") && $0.isAt("3️⃣", of: marked) })
        #expect(found.contains { $0.message.hasPrefix("spec.valuesFrom[0].optional: expected boolean") && $0.isAt("4️⃣", of: marked) })
        #expect(found.contains { $0.message == "missing required field \"spec.url\"" && $0.isAt("5️⃣", of: marked) })
    }

    @Test func fluxSchemaPassesValidObjects() throws {
        let text = """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata: {name: bigbang, namespace: bigbang}
            spec:
              interval: 1h30m
              timeout: 500ms
              chart: {spec: {chart: ./chart, sourceRef: {kind: GitRepository, name: bigbang}}}
              install: {remediation: {retries: -1}}
              valuesFrom: [{kind: Secret, name: common-bb, optional: true}]
              values: {anything: [goes]}
            ---
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata: {name: apps, namespace: flux-system}
            spec: {interval: 10m, prune: true, path: ./apps, sourceRef: {kind: GitRepository, name: flux-system}}
            ---
            apiVersion: image.toolkit.fluxcd.io/v1beta2
            kind: ImagePolicy
            metadata: {name: app}
            spec: {imageRepositoryRef: {name: app}, policy: {semver: {range: ">=1.0.0"}}}

            """
        #expect(ValidateFixture.run(FluxSchemaRule(), try ValidateFixture.subject(text)).isEmpty)
    }

    // MARK: references

    @Test func referencesFindsMissingTargetsAndNamespaces() throws {
        let marked = MarkedText("""
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata: {name: app, namespace: 1️⃣apps}
            spec:
              chart: {spec: {chart: app, sourceRef: 2️⃣{kind: HelmRepository, name: charts, namespace: flux-system}}}
              valuesFrom:
              - 3️⃣kind: ConfigMap
                name: app-values
              - kind: Secret
                name: maybe
                optional: true
              dependsOn:
              - 4️⃣name: database

            """)
        let found = ValidateFixture.run(ReferencesRule(), try ValidateFixture.subject(marked.text))
        #expect(found.count == 4)
        #expect(found.contains { $0.message.contains("namespace \"apps\"") && $0.isAt("1️⃣", of: marked) })
        #expect(found.contains { $0.message.contains("HelmRepository/flux-system/charts") && $0.isAt("2️⃣", of: marked) })
        #expect(found.contains { $0.message.contains("valuesFrom ConfigMap/apps/app-values") && $0.isAt("3️⃣", of: marked) })
        #expect(found.contains { $0.message.contains("dependsOn HelmRelease/apps/database") && $0.isAt("4️⃣", of: marked) })
    }

    @Test func referencesPassWhenEverythingExists() throws {
        let text = """
            apiVersion: v1
            kind: Namespace
            metadata: {name: apps}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: app-values, namespace: apps}
            ---
            apiVersion: source.toolkit.fluxcd.io/v1
            kind: HelmRepository
            metadata: {name: charts, namespace: flux-system}
            spec: {url: https://charts.example.com}
            ---
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata: {name: app, namespace: apps}
            spec:
              chart: {spec: {chart: app, sourceRef: {kind: HelmRepository, name: charts, namespace: flux-system}}}
              valuesFrom: [{kind: ConfigMap, name: app-values}, {kind: Secret, name: maybe, optional: true}]

            """
        #expect(ValidateFixture.run(ReferencesRule(), try ValidateFixture.subject(text)).isEmpty)
    }

    // MARK: deprecated-api

    @Test func deprecatedAPIDependsOnTheTargetVersion() throws {
        let marked = MarkedText("""
            apiVersion: 1️⃣policy/v1beta1
            kind: PodSecurityPolicy
            metadata: {name: restricted}
            ---
            apiVersion: 2️⃣helm.toolkit.fluxcd.io/v2beta1
            kind: HelmRelease
            metadata: {name: x}

            """)
        let subject = try ValidateFixture.subject(marked.text)
        let at125 = ValidateFixture.run(DeprecatedAPIRule(), subject, kubeVersion: KubernetesVersion(1, 25))
        #expect(at125.map(\.severity) == [.error, .warning])
        #expect(at125[0].isAt("1️⃣", of: marked) && at125[0].message.contains("removed in Kubernetes 1.25"))
        #expect(at125[1].isAt("2️⃣", of: marked) && at125[1].message.contains("use helm.toolkit.fluxcd.io/v2"))
        let at122 = ValidateFixture.run(DeprecatedAPIRule(), subject, kubeVersion: KubernetesVersion(1, 22))
        #expect(at122.map(\.severity) == [.warning, .warning])
        let at120 = ValidateFixture.run(DeprecatedAPIRule(), subject, kubeVersion: KubernetesVersion(1, 20))
        #expect(at120.count == 1)
    }

    @Test func deprecatedAPIPassesCurrentVersions() throws {
        let text = "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: a}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: b}\n"
        #expect(ValidateFixture.run(DeprecatedAPIRule(), try ValidateFixture.subject(text)).isEmpty)
    }

    @Test func kubernetesVersionParsing() {
        #expect(KubernetesVersion(parsing: "v1.29.3") == KubernetesVersion(1, 29))
        #expect(KubernetesVersion(parsing: "1.30") == KubernetesVersion(1, 30))
        #expect(KubernetesVersion(parsing: "1.31.0-eks") == KubernetesVersion(1, 31))
        #expect(KubernetesVersion(parsing: "latest") == nil)
        #expect(KubernetesVersion(parsing: "1") == nil)
    }
}
