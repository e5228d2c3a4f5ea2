import Testing
@testable import Kustomize

struct ResIdTests {
    @Test(arguments: [
        ("apps/v1", "apps", "v1"),
        ("v1", "", "v1"),
        ("helm.toolkit.fluxcd.io/v2", "helm.toolkit.fluxcd.io", "v2"),
        ("", "", ""),
    ])
    func apiVersionSplits(_ apiVersion: String, _ group: String, _ version: String) {
        let g = Gvk(apiVersion: apiVersion, kind: "X")
        #expect(g.group == group && g.version == version)
        #expect(g.apiVersion == apiVersion)
    }

    @Test func printsLikeKustomize() {
        let id = ResId(gvk: Gvk(group: "apps", version: "v1", kind: "Deployment"), name: "web")
        #expect(id.description == "Deployment.v1.apps/web.[noNs]")
        #expect(ResId(gvk: Gvk(), name: "").description == "[noKind].[noVer].[noGrp]/[noName].[noNs]")
    }

    @Test func effectiveNamespace() {
        let cm = Gvk(version: "v1", kind: "ConfigMap")
        #expect(ResId(gvk: cm, name: "a").effectiveNamespace == "default")
        #expect(ResId(gvk: cm, name: "a", namespace: "default").equals(ResId(gvk: cm, name: "a")))
        #expect(!ResId(gvk: cm, name: "a", namespace: "x").equals(ResId(gvk: cm, name: "a")))
        let ns = Gvk(version: "v1", kind: "Namespace")
        #expect(ns.isClusterScoped)
        #expect(ResId(gvk: ns, name: "a", namespace: "x").equals(ResId(gvk: ns, name: "a")))
        #expect(!Gvk(group: "example.com", version: "v1", kind: "Widget").isClusterScoped)
    }

    @Test func legacyKindOrder() {
        let kinds = ["Deployment", "Widget", "Namespace", "ValidatingWebhookConfiguration", "ConfigMap", "Service"]
        let sorted = kinds.map { Gvk(version: "v1", kind: $0) }.sorted { $0.isLess(than: $1) }.map(\.kind)
        #expect(sorted == ["Namespace", "ConfigMap", "Service", "Deployment", "Widget", "ValidatingWebhookConfiguration"])
    }

    @Test func selection() {
        let d = Gvk(group: "apps", version: "v1", kind: "Deployment")
        #expect(d.isSelected(by: Gvk(kind: "Deployment")))
        #expect(d.isSelected(by: Gvk()))
        #expect(!d.isSelected(by: Gvk(group: "extensions", kind: "Deployment")))
    }
}
