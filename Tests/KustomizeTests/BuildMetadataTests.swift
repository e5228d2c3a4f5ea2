import Testing
@testable import Kustomize

/// `buildMetadata`, `openapi` and `sortOptions` as kustomize v5.7.1 applies them.
struct BuildMetadataTests {
    static let service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n"

    @Test func originAndTransformerAnnotations() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- svc.yaml\nnamePrefix: p-\nbuildMetadata: [originAnnotations, transformerAnnotations]\n")
        h.write("/app/svc.yaml", Self.service)
        let out = try h.build()
        #expect(out == ["{apiVersion: v1, kind: Service, metadata: {name: p-svc, annotations: {config.kubernetes.io/origin: path: svc.yaml\n, alpha.config.kubernetes.io/transformations: - configuredIn: kustomization.yaml\n  configuredBy:\n    apiVersion: builtin\n    kind: PrefixTransformer\n}}}"])
    }

    @Test func managedByLabel() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- svc.yaml\nbuildMetadata: [managedByLabel]\n")
        h.write("/app/svc.yaml", Self.service)
        #expect(try h.build() == ["{apiVersion: v1, kind: Service, metadata: {name: svc, labels: {app.kubernetes.io/managed-by: kustomize-v5.7.1}}}"])
    }

    @Test func emptyAnnotationsDisappearAsInKustomize() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- svc.yaml\n")
        h.write("/app/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n  annotations: {}\n  labels: {}\n")
        #expect(try h.build() == ["{apiVersion: v1, kind: Service, metadata: {name: svc, labels: {}}}"])
    }

    @Test(arguments: [
        ("openapi:\n  version: v9\n", "the specified OpenAPI version is not built in"),
        ("openapi:\n  version: v1.21.2\n  path: s.json\n", "builtin version and custom schema provided, cannot use both"),
        ("sortOptions:\n  order: newest\n", "the field 'sortOptions.order' must be one of [fifo, legacy]"),
    ])
    func settingErrors(_ extra: String, _ message: String) {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- svc.yaml\n" + extra)
        h.write("/app/svc.yaml", Self.service)
        h.write("/app/s.json", "{\"definitions\": {}}")
        #expect(h.error()?.message == message)
    }

    @Test func customSchemaMakesAListMergeByKey() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", """
            resources:
            - w.yaml
            openapi:
              path: schema.json
            patches:
            - patch: |
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: w
                spec:
                  parts:
                  - name: b
                    size: 2
            """)
        h.write("/app/w.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  parts:\n  - name: a\n    size: 1\n")
        h.write("/app/schema.json", """
            {"definitions": {
              "com.example.v1.Widget": {
                "x-kubernetes-group-version-kind": [{"group": "example.com", "version": "v1", "kind": "Widget"}],
                "properties": {"spec": {"properties": {"parts": {"type": "array",
                  "x-kubernetes-patch-strategy": "merge", "x-kubernetes-patch-merge-key": "name",
                  "items": {"$ref": "#/definitions/com.example.v1.Part"}}}}}},
              "com.example.v1.Part": {"properties": {"name": {"type": "string"}}}
            }}
            """)
        let out = try h.build()
        #expect(out.first?.contains("parts: [{name: b, size: 2}, {name: a, size: 1}]") == true
            || out.first?.contains("parts: [{name: a, size: 1}, {name: b, size: 2}]") == true)
    }
}
