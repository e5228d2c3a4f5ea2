import Flux
import Testing
import YAML

struct FluxObjectsTests {
    @Test func decodesEveryKindInOrder() throws {
        let objects = try FluxObjects.decode(try resources("""
            apiVersion: v1
            kind: Namespace
            metadata: {name: apps}
            ---
            apiVersion: source.toolkit.fluxcd.io/v1
            kind: GitRepository
            metadata: {name: repo, namespace: flux-system}
            spec:
              url: https://example.com/repo.git
              ref: {branch: main, tag: v1, semver: ">=1.0.0", commit: abc, name: refs/heads/main}
            ---
            apiVersion: source.toolkit.fluxcd.io/v1
            kind: HelmRepository
            metadata: {name: charts}
            spec: {url: oci://ghcr.io/charts, type: oci}
            ---
            apiVersion: source.toolkit.fluxcd.io/v1beta2
            kind: OCIRepository
            metadata: {name: manifests}
            spec:
              url: oci://ghcr.io/manifests
              ref: {tag: "1.2", digest: "sha256:00"}
            ---
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata: {name: apps, namespace: flux-system}
            spec:
              path: ./apps/dev
              sourceRef: {kind: GitRepository, name: repo}
              targetNamespace: apps
              namePrefix: dev-
              components: [../components/a]
              patches:
                - patch: "x"
                  target: {kind: Deployment}
              images:
                - {name: nginx, newTag: "1.25"}
              dependsOn: [{name: infra}]
              postBuild:
                substitute: {cluster: dev, replicas: "2"}
                substituteFrom:
                  - {kind: ConfigMap, name: vars}
                  - {kind: Secret, name: secret-vars, optional: true}
            ---
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata: {name: podinfo, namespace: apps}
            spec:
              releaseName: web
              targetNamespace: web
              chart:
                spec:
                  chart: podinfo
                  version: 6.x
                  sourceRef: {kind: HelmRepository, name: charts, namespace: flux-system}
                  valuesFiles: [values.yaml, values-prod.yaml]
              valuesFrom:
                - {kind: ConfigMap, name: v}
                - {kind: Secret, name: s, valuesKey: k, targetPath: a.b, optional: true}
              values: {replicaCount: 2}
              dependsOn: [{name: infra, namespace: flux-system}]
              postRenderers:
                - kustomize: {patches: []}
              install: {crds: CreateReplace}
              upgrade: {crds: Skip}
            ---
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata: {name: via-ref}
            spec:
              chartRef: {kind: OCIRepository, name: manifests}
            """))
        let git = try #require(objects.gitRepositories.first)
        #expect(git.url == "https://example.com/repo.git")
        #expect(git.ref == GitRepository.Reference(branch: "main", tag: "v1", semver: ">=1.0.0", commit: "abc", name: "refs/heads/main"))
        #expect(objects.helmRepositories.map(\.type) == ["oci"])
        #expect(objects.ociRepositories.first?.ref?.tag == "1.2")
        let ks = try #require(objects.kustomizations.first)
        #expect(ks.path == "./apps/dev")
        #expect(ks.sourceRef == ObjectReference(kind: "GitRepository", name: "repo"))
        #expect(ks.namePrefix == "dev-" && ks.targetNamespace == "apps" && ks.components == ["../components/a"])
        #expect(ks.patches.count == 1 && ks.images.count == 1 && ks.dependsOn.map(\.name) == ["infra"])
        #expect(ks.postBuild?.substitute == ["cluster": "dev", "replicas": "2"])
        let expectedFrom = [FluxKustomization.SubstituteReference(kind: "ConfigMap", name: "vars"),
                            FluxKustomization.SubstituteReference(kind: "Secret", name: "secret-vars", optional: true)]
        #expect(ks.postBuild?.substituteFrom == expectedFrom)
        #expect(objects.helmReleases.count == 2)
        let hr = objects.helmReleases[0]
        #expect(hr.releaseName == "web" && hr.targetNamespace == "web")
        #expect(hr.chart?.chart == "podinfo" && hr.chart?.version == "6.x")
        #expect(hr.chart?.sourceRef == ObjectReference(kind: "HelmRepository", name: "charts", namespace: "flux-system"))
        #expect(hr.chart?.valuesFiles == ["values.yaml", "values-prod.yaml"])
        #expect(hr.valuesFrom.map(\.valuesKey) == ["values.yaml", "k"])
        #expect(hr.valuesFrom[1].targetPath == "a.b" && hr.valuesFrom[1].optional)
        #expect(hr.values?.decodedValue == Value.map(["replicaCount": 2]))
        #expect(hr.dependsOn == [ObjectReference(name: "infra", namespace: "flux-system")])
        #expect(hr.postRenderers.count == 1)
        #expect(hr.installCRDs == .createReplace && hr.upgradeCRDs == .skip)
        #expect(objects.helmReleases[1].chartRef == ObjectReference(kind: "OCIRepository", name: "manifests"))
    }

    /// Malformed objects: the message names the object and field; the location its line.
    @Test(arguments: [
        ("kind: GitRepository\nmetadata: {name: g}\nspec: {ref: {tag: v1}}\n",
         "GitRepository/g: spec.url: required field is missing", 3),
        ("kind: HelmRelease\nmetadata: {name: h}\nspec:\n  chart: {spec: {chart: c, sourceRef: {kind: HelmRepository, name: r}}}\n  valuesFrom:\n    - {kind: Deployment, name: x}\n",
         "HelmRelease/h: spec.valuesFrom[0].kind: unsupported value 'Deployment': must be ConfigMap or Secret", 6),
        ("kind: HelmRelease\nmetadata: {name: h}\nspec:\n  chart: {spec: {chart: c, sourceRef: {name: r}}}\n  valuesFrom: {kind: ConfigMap}\n",
         "HelmRelease/h: spec.valuesFrom: expected a list, found a mapping", 5),
        ("kind: HelmRelease\nmetadata: {name: h}\nspec:\n  values: [1]\n  chartRef: {kind: OCIRepository, name: o}\n",
         "HelmRelease/h: spec.values: expected a mapping, found a list", 4),
        ("kind: HelmRelease\nmetadata: {name: h}\nspec:\n  interval: 1m\n",
         "HelmRelease/h: spec: one of spec.chart or spec.chartRef is required", 4),
        ("kind: HelmRelease\nmetadata: {name: h}\nspec:\n  chartRef: {kind: OCIRepository, name: o}\n  install: {crds: Always}\n",
         "HelmRelease/h: spec.install.crds: unsupported value 'Always': must be Skip, Create or CreateReplace", 5),
        ("kind: Kustomization\nmetadata: {name: k}\nspec:\n  sourceRef: {kind: GitRepository, name: r}\n  postBuild:\n    substitute: {a: [1]}\n",
         "Kustomization/k: spec.postBuild.substitute.a: expected a string, found a list", 6),
        ("kind: Kustomization\nmetadata: {namespace: x}\nspec: {}\n",
         "Kustomization/x/: metadata.name: required field is missing", 2),
        ("kind: HelmRelease\nmetadata: {name: h}\nspec:\n  chart: {spec: {sourceRef: {name: r}}}\n",
         "HelmRelease/h: spec.chart.spec.chart: required field is missing", 4),
        ("kind: Kustomization\nmetadata: {name: k}\nspec:\n  sourceRef: {kind: GitRepository, name: r}\n  dependsOn:\n    - {namespace: x}\n",
         "Kustomization/k: spec.dependsOn[0].name: required field is missing", 6),
    ])
    func malformed(body: String, message: String, line: Int) throws {
        let group = body.contains("HelmRelease") ? "helm.toolkit.fluxcd.io/v2"
            : body.contains("GitRepository\n") ? "source.toolkit.fluxcd.io/v1" : "kustomize.toolkit.fluxcd.io/v1"
        do {
            _ = try FluxObjects.decode(try resources("apiVersion: \(group)\n" + body))
            Issue.record("expected an error")
        } catch let error as FluxError {
            #expect(error.fluxMessage == message)
            #expect(error.location?.line == line + 1)
        }
    }
}
