import Testing
import YAML
@testable import Kustomize

struct FieldSpecFilterTests {
    static let deployment = obj([
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": obj(["name": "web"]),
        "spec": obj(["template": obj(["spec": obj(["containers": [obj(["name": "a", "image": "nginx"]),
                                                                   obj(["name": "b", "image": "redis:6"])]])])]),
    ])

    @Test func visitsEverySequenceItemOnThePath() throws {
        var n = Self.deployment
        var seen: [String] = []
        let f = FieldSpecFilter(spec: FieldSpec(path: "spec/template/spec/containers/image"), createKind: nil) { node in
            seen.append(node.value)
        }
        try f.apply(to: &n)
        #expect(seen == ["nginx", "redis:6"])
    }

    @Test func createsMissingMapsOnlyWhenAllowed() throws {
        var n = Self.deployment
        let add = { (spec: FieldSpec) in
            FieldSpecFilter(spec: spec, createKind: .mapping, createTag: "!!map") { try setEntry(&$0, key: "k", value: "v", tag: "!!str") }
        }
        try add(FieldSpec(path: "spec/template/metadata/labels", create: false)).apply(to: &n)
        #expect(n.lookup(["spec", "template", "metadata"]) == nil)
        try add(FieldSpec(path: "spec/template/metadata/labels", create: true)).apply(to: &n)
        #expect(flow(n.lookup(["spec", "template", "metadata"]) ?? .null) == "{labels: {k: v}}")
    }

    @Test func skipsObjectsOfOtherKinds() throws {
        var n = Self.deployment
        var touched = false
        try FieldSpecFilter(spec: FieldSpec(gvk: Gvk(kind: "StatefulSet"), path: "metadata/name"), createKind: nil) { _ in
            touched = true
        }.apply(to: &n)
        #expect(!touched)
    }

    @Test func escapedSlashStaysInTheKey() {
        #expect(FieldSpec.split("metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret")
            == ["metadata", "annotations", "nginx.ingress.kubernetes.io/auth-secret"])
    }

    @Test func scalarInTheMiddleOfThePathIsAnError() {
        var n = obj(["kind": "X", "spec": "just-a-string"])
        let f = FieldSpecFilter(spec: FieldSpec(path: "spec/x"), createKind: nil) { _ in }
        #expect(throws: KustomizeError.self) { try f.apply(to: &n) }
    }
}
