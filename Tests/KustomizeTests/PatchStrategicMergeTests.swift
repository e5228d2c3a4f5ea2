import Testing
import YAML
@testable import Kustomize

/// One strategic-merge case: a target, a patch, and kustomize v5.7.1's output
/// (`kubectl kustomize` with the patch in `patches:`), nil when the object is deleted.
struct SMPCase: CustomTestStringConvertible, Sendable {
    var name: String
    var target: String
    var patch: String
    var expected: String?
    init(_ name: String, target: String, patch: String, expected: String?) {
        self.name = name
        self.target = target
        self.patch = patch
        self.expected = expected
    }
    var testDescription: String { name }
}

struct PatchStrategicMergeTests {
    static let cases: [SMPCase] = [
        SMPCase(
            "containers-env-prepend",
            target: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                  - name: a
                    image: a:1
                  - name: b
                    image: b:1
                    env:
                    - name: X
                      value: "1"
                    - name: Y
                      value: "2"
                  volumes:
                  - name: v1
                    emptyDir: {}
            """#,
            patch: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                  - name: b
                    image: b:2
                    env:
                    - name: Z
                      value: "3"
                    - name: X
                      value: "9"
                  - name: c
                    image: c:1
                  tolerations:
                  - key: k
                    zed: 1
                    operator: Exists
            """#,
            expected: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                  - env:
                    - name: Z
                      value: "3"
                    - name: X
                      value: "9"
                    - name: "Y"
                      value: "2"
                    image: b:2
                    name: b
                  - image: c:1
                    name: c
                  - image: a:1
                    name: a
                  tolerations:
                  - key: k
                    operator: Exists
                    zed: 1
                  volumes:
                  - emptyDir: {}
                    name: v1
            """#),
        SMPCase(
            "crd-lists-replaced",
            target: #"""
            apiVersion: example.com/v1
            kind: Foo
            metadata:
              name: foo
            spec:
              items:
              - name: a
                v: 1
              - name: b
              m: {x: 1, y: 2}
            """#,
            patch: #"""
            apiVersion: example.com/v1
            kind: Foo
            metadata:
              name: foo
            spec:
              items:
              - name: a
                w: 2
              m:
                $patch: replace
                z: 3
            """#,
            expected: #"""
            apiVersion: example.com/v1
            kind: Foo
            metadata:
              name: foo
            spec:
              items:
              - name: a
                w: 2
              m:
                z: 3
            """#),
        SMPCase(
            "delete-missing-env",
            target: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: whatever
            spec:
              template:
                spec:
                  containers:
                  - env:
                    - name: EXISTING
                      value: EXISTING_VALUE
                    - name: FOR_REMOVAL
                      value: FOR_REMOVAL_VALUE
                    name: whatever
                    image: helloworld
            """#,
            patch: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: whatever
            spec:
              template:
                spec:
                  containers:
                  - name: whatever
                    env:
                    - name: FOR_REMOVAL
                      $patch: delete
                    - name: NOT_EXISTING_FOR_REMOVAL
                      $patch: delete
            """#,
            expected: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: whatever
            spec:
              template:
                spec:
                  containers:
                  - env:
                    - name: EXISTING
                      value: EXISTING_VALUE
                    image: helloworld
                    name: whatever
            """#),
        SMPCase(
            "delete-replace-directives",
            target: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels:
                app: web
            spec:
              replicas: 1
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  initContainers:
                  - name: init
                    image: busybox:1.36
                    command: ["sh", "-c", "echo init"]
                  containers:
                  - name: web
                    image: nginx:1.25
                    ports:
                    - containerPort: 8080
                    envFrom:
                    - configMapRef:
                        name: web-env
                    volumeMounts:
                    - name: conf
                      mountPath: /etc/web
                  volumes:
                  - name: conf
                    configMap:
                      name: web-conf
            """#,
            patch: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  initContainers:
                  - name: init
                    $patch: delete
                  volumes:
                  - name: conf
                    $patch: delete
                  - name: data
                    emptyDir: {}
                  containers:
                  - name: sidecar
                    image: envoy:1.30
            """#,
            expected: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              labels:
                app: web
              name: web
            spec:
              replicas: 1
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                  - image: envoy:1.30
                    name: sidecar
                  - envFrom:
                    - configMapRef:
                        name: web-env
                    image: nginx:1.25
                    name: web
                    ports:
                    - containerPort: 8080
                    volumeMounts:
                    - mountPath: /etc/web
                      name: conf
                  initContainers: []
                  volumes:
                  - emptyDir: {}
                    name: data
            """#),
        SMPCase(
            "kyaml-leaves-directives",
            target: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              finalizers: [f1, f2]
              labels: {a: b, c: d}
            spec:
              template:
                spec:
                  containers:
                  - name: a
                    image: a:1
                    ports:
                    - containerPort: 80
                    - containerPort: 53
                      protocol: UDP
                    - containerPort: 53
                      protocol: TCP
                  - name: b
                    image: b:1
                  volumes:
                  - name: v1
                    emptyDir: {}
                  - name: v2
                    configMap: {name: x}
            """#,
            patch: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              finalizers: [f3, f1]
              $deleteFromPrimitiveList/finalizers: [f2]
              labels:
                a: null
            spec:
              template:
                spec:
                  $setElementOrder/containers:
                  - name: b
                  - name: a
                  containers:
                  - name: a
                    ports:
                    - containerPort: 53
                      protocol: UDP
                      name: dns
                    - containerPort: 8080
                  - name: b
                    $patch: delete
                  volumes:
                  - name: v2
                    $retainKeys: [name, secret]
                    secret: {secretName: s}
            """#,
            expected: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              $deleteFromPrimitiveList/finalizers:
              - f2
              finalizers:
              - f3
              - f1
              - f2
              labels:
                c: d
              name: web
            spec:
              template:
                spec:
                  $setElementOrder/containers:
                  - name: b
                  - name: a
                  containers:
                  - image: a:1
                    name: a
                    ports:
                    - containerPort: 8080
                    - containerPort: 80
                    - containerPort: 53
                      name: dns
                      protocol: UDP
                    - containerPort: 53
                      protocol: TCP
                  volumes:
                  - $retainKeys:
                    - name
                    - secret
                    configMap:
                      name: x
                    name: v2
                    secret:
                      secretName: s
                  - emptyDir: {}
                    name: v1
            """#),
        SMPCase(
            "list-replace-directive",
            target: #"""
            apiVersion: v1
            kind: Service
            metadata:
              name: svc
              annotations:
                keep: "null"
              empty:
              explicit: null
            spec:
              ports:
              - port: 80
                targetPort: 8080
              - port: 53
                protocol: UDP
              selector: {app: a}
            """#,
            patch: #"""
            apiVersion: v1
            kind: Service
            metadata:
              name: svc
            spec:
              ports:
              - $patch: replace
              - port: 1
            """#,
            expected: #"""
            apiVersion: v1
            kind: Service
            metadata:
              annotations:
                keep: "null"
              explicit: null
              name: svc
            spec:
              ports:
              - port: 1
              selector:
                app: a
            """#),
        SMPCase(
            "ports-mixed-keys-untouched",
            target: #"""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: myapp
            spec:
              template:
                spec:
                  containers:
                    - name: consul
                      image: "dashicorp/consul:1.9.1"
                      ports:
                        - containerPort: 8500
                          name: http
                        - containerPort: 8501
                          name: https
                        - containerPort: 8301
                          protocol: "TCP"
                          name: serflan-tcp
                        - containerPort: 8301
                          protocol: "UDP"
                          name: serflan-udp
                        - containerPort: 8302
                          name: serfwan
                        - containerPort: 8300
                          name: server
                        - containerPort: 8600
                          name: dns-tcp
                          protocol: "TCP"
                        - containerPort: 8600
                          name: dns-udp
                          protocol: "UDP"
            """#,
            patch: #"""
            kind: StatefulSet
            metadata:
              name: myapp
              labels:
                test: label
            """#,
            expected: #"""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              labels:
                test: label
              name: myapp
            spec:
              template:
                spec:
                  containers:
                  - image: dashicorp/consul:1.9.1
                    name: consul
                    ports:
                    - containerPort: 8500
                      name: http
                    - containerPort: 8501
                      name: https
                    - containerPort: 8301
                      name: serflan-tcp
                      protocol: TCP
                    - containerPort: 8301
                      name: serflan-udp
                      protocol: UDP
                    - containerPort: 8302
                      name: serfwan
                    - containerPort: 8300
                      name: server
                    - containerPort: 8600
                      name: dns-tcp
                      protocol: TCP
                    - containerPort: 8600
                      name: dns-udp
                      protocol: UDP
            """#),
        SMPCase(
            "service-ports-two-keys",
            target: #"""
            apiVersion: v1
            kind: Service
            metadata:
              name: svc
              annotations:
                keep: "null"
              empty:
              explicit: null
            spec:
              ports:
              - port: 80
                targetPort: 8080
              - port: 53
                protocol: UDP
              selector: {app: a}
            """#,
            patch: #"""
            apiVersion: v1
            kind: Service
            metadata:
              name: svc
              nothere: null
            spec:
              ports:
              - port: 443
                name: https
              - port: 80
                protocol: TCP
                name: http
              selector:
                $patch: delete
              type: ClusterIP
            """#,
            expected: #"""
            apiVersion: v1
            kind: Service
            metadata:
              annotations:
                keep: "null"
              explicit: null
              name: svc
            spec:
              ports:
              - name: https
                port: 443
              - port: 80
                targetPort: 8080
              - port: 53
                protocol: UDP
              type: ClusterIP
            """#),
        SMPCase(
            "volumes-null-and-styles",
            target: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
              template:
                spec:
                  imagePullSecrets:
                  - name: a
                  tolerations:
                  - key: x
                    operator: Exists
                  containers:
                  - name: app
                    image: "app:1"
                    args: ["a", "b"]
                    resources:
                      limits: {cpu: 1}
                  volumes:
                  - name: data
                    emptyDir: {}
                  - name: cache
                    emptyDir: {}
            """#,
            patch: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              template:
                spec:
                  imagePullSecrets:
                  - name: b
                  tolerations:
                  - key: y
                    operator: Exists
                  containers:
                  - name: app
                    image: app:2
                    args: ["c"]
                    resources:
                      $patch: delete
                  volumes:
                  - name: data
                    emptyDir: null
                    persistentVolumeClaim:
                      claimName: pvc
                  - name: cache
                    $patch: delete
            """#,
            expected: #"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                  - args:
                    - c
                    image: app:2
                    name: app
                  imagePullSecrets:
                  - name: b
                  - name: a
                  tolerations:
                  - key: "y"
                    operator: Exists
                  volumes:
                  - name: data
                    persistentVolumeClaim:
                      claimName: pvc
            """#),
        SMPCase(
            "whole-object-delete",
            target: #"""
            apiVersion: v1
            kind: Service
            metadata:
              name: svc
              annotations:
                keep: "null"
              empty:
              explicit: null
            spec:
              ports:
              - port: 80
                targetPort: 8080
              - port: 53
                protocol: UDP
              selector: {app: a}
            """#,
            patch: #"""
            apiVersion: v1
            kind: Service
            metadata:
              name: svc
            $patch: delete
            """#,
            expected: nil),    ]

    @Test(arguments: cases)
    func appliesLikeKustomize(_ c: SMPCase) throws {
        let result = try StrategicMergePatch.apply(TestYAML.parse(c.patch), to: TestYAML.parse(c.target))
        guard let expected = c.expected else {
            #expect(result == nil)
            return
        }
        let got = try #require(result)
        // Byte-for-byte as kustomize prints the patched resource.
        #expect(KYAMLEmitter.emit(got) == expected + "\n")
    }

    @Test func newFieldsAreAppendedSortedAndExistingOrderKept() throws {
        let target = TestYAML.parse("kind: X\nb: 1\na: 2\n")
        let patch = TestYAML.parse("z: 1\nc: 2\na: 3\n")
        let got = try #require(try StrategicMergePatch.apply(patch, to: target))
        #expect(got.pairs.map(\.key.value) == ["kind", "b", "a", "c", "z"])
        #expect(got["a"]?.value == "3")
    }

    @Test func replacedScalarKeepsTargetStyle() throws {
        let target = TestYAML.parse("kind: X\nimage: \"a:1\"\n")
        let patch = TestYAML.parse("image: b\nnew: \"yes\"\nflag: on\n")
        let got = try #require(try StrategicMergePatch.apply(patch, to: target))
        #expect(got["image"]?.value == "b")
        #expect(got["image"]?.style == .doubleQuoted)
        #expect(got["flag"]?.style == .doubleQuoted)
    }

    @Test func withoutSchemaListsAreReplaced() throws {
        let target = TestYAML.parse("apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n      - name: b\n")
        let patch = TestYAML.parse("spec:\n  template:\n    spec:\n      containers:\n      - name: c\n")
        let merged = try #require(try StrategicMergePatch.apply(patch, to: target))
        #expect(merged.lookup(["spec", "template", "spec", "containers"])?.children.count == 3)
        let replaced = try #require(try StrategicMergePatch.apply(patch, to: target, schema: .none))
        #expect(replaced.lookup(["spec", "template", "spec", "containers"])?.children.count == 1)
    }

    @Test func unknownDirectiveIsLocated() throws {
        let target = TestYAML.parse("apiVersion: v1\nkind: Service\nspec:\n  type: A\n")
        let patch = TestYAML.parse("spec:\n  $patch: foo\n")
        #expect {
            _ = try StrategicMergePatch.apply(patch, to: target)
        } throws: { error in
            guard let e = error as? PatchError else { return false }
            return e.message == "unknown patch strategy 'foo'" && e.mark?.line == 2 && e.mark?.column == 11
        }
    }

    @Test func kindMismatchIsLocated() throws {
        let target = TestYAML.parse("apiVersion: v1\nkind: Service\nspec:\n  ports:\n  - port: 1\n")
        let patch = TestYAML.parse("spec:\n  ports: 5\n")
        #expect {
            _ = try StrategicMergePatch.apply(patch, to: target)
        } throws: { error in
            guard let e = error as? PatchError else { return false }
            return e.message == "wrong node kind: expected SequenceNode but got ScalarNode: node contents:\n5\n"
                && e.mark?.line == 2 && e.mark?.column == 10
        }
    }

    /// A kustomization's `openapi:` schema gives a custom kind merge keys, and replaces the
    /// built-in schema (Deployments lose theirs).
    @Test func customOpenAPISchema() throws {
        let schema = try MergeKeySchema(openAPI: TestYAML.parse("""
            {"definitions": {
              "x.Widget": {
                "properties": {"spec": {"properties": {"parts": {
                  "type": "array", "items": {"$ref": "#/definitions/x.Part"},
                  "x-kubernetes-patch-strategy": "merge", "x-kubernetes-patch-merge-key": "id"}}}},
                "x-kubernetes-group-version-kind": [{"group": "example.com", "kind": "Widget", "version": "v1"}]},
              "x.Part": {"properties": {"id": {"type": "string"}}}
            }}
            """))
        let widget = TestYAML.parse("apiVersion: example.com/v1\nkind: Widget\nspec:\n  parts:\n  - {id: a, v: 1}\n  - {id: b}\n")
        let patch = TestYAML.parse("spec:\n  parts:\n  - {id: a, v: 2}\n")
        let merged = try #require(try StrategicMergePatch.apply(patch, to: widget, schema: schema))
        #expect(KYAMLEmitter.emit(merged) == "apiVersion: example.com/v1\nkind: Widget\nspec:\n  parts:\n  - id: a\n    v: 2\n  - id: b\n")
        let replaced = try #require(try StrategicMergePatch.apply(patch, to: widget))
        #expect(replaced.lookup(["spec", "parts"])?.children.count == 1)

        let deployment = TestYAML.parse("apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n")
        let addContainer = TestYAML.parse("spec:\n  template:\n    spec:\n      containers:\n      - name: b\n")
        let d = try #require(try StrategicMergePatch.apply(addContainer, to: deployment, schema: schema))
        #expect(d.lookup(["spec", "template", "spec", "containers"])?.children.count == 1)
    }
}
