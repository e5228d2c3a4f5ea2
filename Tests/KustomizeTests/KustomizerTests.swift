import Testing
import Diagnostics
import FileSystem
import YAML
@testable import Kustomize

/// End-to-end builds on an in-memory tree; expectations follow `kubectl kustomize`
/// (kustomize v5.7.1) on the same input.
struct KustomizerTests {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
              - name: web
                image: nginx:1.0
                envFrom:
                - configMapRef:
                    name: settings
        """

    @Test func generatorHashAndNameReference() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", """
            resources:
            - deployment.yaml
            configMapGenerator:
            - name: settings
              literals:
              - a=b
            """)
        h.write("/app/deployment.yaml", Self.deployment)
        let out = try h.build()
        #expect(out == [
            "{apiVersion: v1, kind: ConfigMap, metadata: {name: settings-4h2mbtbbt6}, data: {a: b}}",
            "{apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {template: {spec: {containers: [{name: web, image: nginx:1.0, envFrom: [{configMapRef: {name: settings-4h2mbtbbt6}}]}]}}}}",
        ])
    }

    @Test func overlayPrefixNamespaceLabelsAndImages() throws {
        let h = Harness()
        h.write("/app/base/kustomization.yaml", "resources:\n- deployment.yaml\n")
        h.write("/app/base/deployment.yaml", Self.deployment)
        h.write("/app/kustomization.yaml", """
            resources:
            - base
            namePrefix: dev-
            namespace: dev
            labels:
            - pairs:
                env: dev
            images:
            - name: nginx
              newTag: "1.25"
            """)
        let out = try h.build()
        #expect(out == [
            "{apiVersion: apps/v1, kind: Deployment, metadata: {name: dev-web, namespace: dev, labels: {env: dev}}, spec: {template: {spec: {containers: [{name: web, image: nginx:1.25, envFrom: [{configMapRef: {name: settings}}]}]}}}}",
        ])
    }

    @Test func commonLabelsReachSelectorsAndWarn() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- deployment.yaml\ncommonLabels:\n  app: web\n")
        h.write("/app/deployment.yaml", Self.deployment)
        let result = try h.result()
        #expect(flow(result.resources[0]["spec"]?["selector"] ?? .null) == "{matchLabels: {app: web}}")
        #expect(result.warnings.map(\.message) == [
            "'commonLabels' is deprecated. Please use 'labels' instead. Run 'kustomize edit fix' to update your Kustomization automatically.",
        ])
        #expect(result.warnings.first?.location?.path == "/app/kustomization.yaml")
    }

    @Test func generatorMergeInOverlay() throws {
        let h = Harness()
        h.write("/app/base/kustomization.yaml", "configMapGenerator:\n- name: values\n  literals:\n  - a=1\n  - b=2\n")
        h.write("/app/kustomization.yaml", """
            resources:
            - base
            configMapGenerator:
            - name: values
              behavior: merge
              literals:
              - b=3
            generatorOptions:
              disableNameSuffixHash: true
            """)
        #expect(try h.build() == ["{apiVersion: v1, kind: ConfigMap, metadata: {name: values}, data: {a: 1, b: 3}}"])
    }

    @Test func fifoKeepsAccumulationOrder() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- a.yaml\nsortOptions:\n  order: fifo\n")
        h.write("/app/a.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n")
        #expect(try h.build().map { $0.contains("Namespace") } == [false, true])
        h.write("/app/kustomization.yaml", "resources:\n- a.yaml\n")
        #expect(try h.build().map { $0.contains("Namespace") } == [true, false])
    }

    @Test func customNameReferenceConfiguration() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", """
            resources:
            - hr.yaml
            configurations:
            - nameref.yaml
            configMapGenerator:
            - name: values
              literals:
              - x=y
            """)
        h.write("/app/nameref.yaml", """
            nameReference:
            - kind: ConfigMap
              version: v1
              fieldSpecs:
              - path: spec/valuesFrom/name
                kind: HelmRelease
            """)
        h.write("/app/hr.yaml", """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: bigbang
            spec:
              valuesFrom:
              - kind: ConfigMap
                name: values
            """)
        let out = try h.build()
        #expect(out.last?.contains("valuesFrom: [{kind: ConfigMap, name: values-") == true)
    }

    // MARK: errors, each with the position kustomize's wording lacks

    @Test func unknownFieldPointsAtTheKey() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- a.yaml\nnamePrefx: x-\n")
        let d = try #require(h.error())
        #expect(d.message == "invalid Kustomization: json: unknown field \"namePrefx\"")
        #expect(d.location?.line == 3 && d.location?.column == 1)
    }

    @Test func wrongFieldType() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources: a.yaml\n")
        let d = try #require(h.error())
        #expect(d.message.contains("cannot unmarshal string into Go struct field Kustomization.resources of type []string"))
        #expect(d.location?.line == 1)
    }

    @Test func missingKustomization() throws {
        let h = Harness()
        h.write("/app/readme.md", "x")
        #expect(h.error()?.message == "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/app'")
    }

    @Test func missingResourceFile() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- nope.yaml\n")
        let d = try #require(h.error())
        #expect(d.message.contains("accumulating resources"))
        #expect(d.location?.line == 2)
    }

    @Test func fileOutsideTheRootIsRefused() throws {
        let h = Harness()
        h.write("/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n")
        h.write("/app/kustomization.yaml", "resources:\n- ../secret.yaml\n")
        #expect(h.error()?.message.contains("security; file '/secret.yaml' is not in or below '/app'") == true)
    }

    @Test func directoryCycle() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- sub\n")
        h.write("/app/sub/kustomization.yaml", "resources:\n- ..\n")
        #expect(h.error()?.message.contains("cycle detected") == true)
    }

    @Test func duplicateIds() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- a.yaml\n- b.yaml\n")
        let cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: same\n"
        h.write("/app/a.yaml", cm)
        h.write("/app/b.yaml", cm)
        #expect(h.error()?.message.contains("may not add resource with an already registered id: ConfigMap.v1.[noGrp]/same.[noNs]") == true)
    }

    @Test func conflictingGenerators() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "configMapGenerator:\n- name: a\n- name: a\n")
        #expect(h.error()?.message.contains("behavior must be merge or replace") == true)
        h.write("/app/kustomization.yaml", "configMapGenerator:\n- name: a\n  behavior: merge\n")
        #expect(h.error()?.message.contains("does not exist; cannot merge or replace") == true)
    }

    @Test func malformedYAMLIsALocatedError() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- a.yaml\n")
        h.write("/app/a.yaml", "apiVersion: v1\nkind: [ConfigMap\n")
        let d = try #require(h.error())
        #expect(d.location?.path == "/app/a.yaml")
    }

    @Test func remoteResourceWithoutFetcherNamesTheURL() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- https://github.com/example/repo//base?ref=v1\n")
        #expect(h.error()?.message.contains("https://github.com/example/repo//base?ref=v1") == true)
    }

    @Test func remoteResourceThroughFetcher() throws {
        struct Fetcher: RemoteResourceFetcher {
            func fetch(_ url: String) throws -> String { "/cache/repo/base" }
        }
        let h = Harness()
        h.write("/cache/repo/base/kustomization.yaml", "resources:\n- cm.yaml\n")
        h.write("/cache/repo/base/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: remote\n")
        h.write("/app/kustomization.yaml", "resources:\n- https://github.com/example/repo//base?ref=v1\n")
        #expect(try h.build(fetcher: Fetcher()) == ["{apiVersion: v1, kind: ConfigMap, metadata: {name: remote}}"])
    }

    @Test func componentMustBeAComponent() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "components:\n- comp\n")
        h.write("/app/comp/kustomization.yaml", "namePrefix: x-\n")
        #expect(h.error()?.message.contains("expected kind 'Component'") == true)
    }

    @Test func helmChartsAreRefusedClearly() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "helmCharts:\n- name: x\n")
        #expect(h.error()?.message.contains("helm") == true)
    }
}
