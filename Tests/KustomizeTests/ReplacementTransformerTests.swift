import Testing
import YAML
@testable import Kustomize

/// Resources, a `replacements:` list, and kustomize v5.7.1's output for them.
struct ReplacementCase: CustomTestStringConvertible, Sendable {
    var name: String
    var resources: String
    var replacements: String
    var expected: String
    init(_ name: String, resources: String, replacements: String, expected: String) {
        self.name = name
        self.resources = resources
        self.replacements = replacements
        self.expected = expected
    }
    var testDescription: String { name }
}

struct ReplacementTransformerTests {
    static let cases: [ReplacementCase] = [
        ReplacementCase(
            "create-and-reject",
            resources: #"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: src
            data:
              img: "nginx:1.2,x"
              n: "3"
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                  - name: nginx
                    image: old
                    args: [a, b]
                  - name: nginx-sidecar
                    image: old2
            """#,
            replacements: #"""
            - source: {kind: ConfigMap, name: src, fieldPath: data.n}
              targets:
              - select: {kind: Deployment}
                fieldPaths:
                - spec.nope.x
                - spec.template.spec.containers.[name=new].env.[name=N].value
                - spec.template.spec.containers.0.args.2
                options: {create: true}
              - select: {name: src}
                reject: [{kind: Deployment}]
                fieldPaths: [data.img]
                options: {delimiter: ",", index: -1}
            """#,
            expected: #"""
            apiVersion: v1
            data:
              img: 3,nginx:1.2,x
              "n": "3"
            kind: ConfigMap
            metadata:
              name: src
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              nope:
                x: 3
              replicas: 1
              template:
                spec:
                  containers:
                  - args:
                    - a
                    - b
                    - 3
                    image: old
                    name: nginx
                  - image: old2
                    name: nginx-sidecar
                  - env:
                    - name: "N"
                      value: 3
                    name: new
            """#),
        ReplacementCase(
            "delimiter-regex-create",
            resources: #"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: src
            data:
              img: "nginx:1.2,x"
              n: "3"
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                  - name: nginx
                    image: old
                    args: [a, b]
                  - name: nginx-sidecar
                    image: old2
            """#,
            replacements: #"""
            - source: {kind: ConfigMap, name: src, fieldPath: data.img, options: {delimiter: ",", index: 0}}
              targets:
              - select: {kind: Deployment}
                fieldPaths:
                - spec.template.spec.containers.[name=nginx].image
                - spec.template.spec.containers.0.args.1
                - metadata.annotations.[a.b/c]
                options: {create: true}
            """#,
            expected: #"""
            apiVersion: v1
            data:
              img: nginx:1.2,x
              "n": "3"
            kind: ConfigMap
            metadata:
              name: src
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              annotations:
                a.b/c: nginx:1.2
              name: web
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                  - args:
                    - a
                    - nginx:1.2
                    image: nginx:1.2
                    name: nginx
                  - image: nginx:1.2
                    name: nginx-sidecar
            """#),
        ReplacementCase(
            "previous-names",
            resources: #"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cm-renamed
              annotations:
                internal.config.kubernetes.io/previousNames: cm
                internal.config.kubernetes.io/previousNamespaces: default
                internal.config.kubernetes.io/previousKinds: ConfigMap
            data:
              k: v
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
              - name: c
                env:
                - {name: X, value: old}
            """#,
            replacements: #"""
            - source: {kind: ConfigMap, name: cm}
              targets:
              - select: {kind: Pod, namespace: default}
                fieldPaths:
                - spec.containers.0.env.[name=X].value
            """#,
            expected: #"""
            apiVersion: v1
            data:
              k: v
            kind: ConfigMap
            metadata:
              name: cm-renamed
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
              - env:
                - name: X
                  value: cm-renamed
                name: c
            """#),
        ReplacementCase(
            "source-value-and-labels",
            resources: #"""
            apiVersion: v1
            kind: Service
            metadata:
              name: a
              labels: {tier: web}
            spec:
              selector: {app: x}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: b
              labels: {tier: db}
            spec:
              selector: {app: y}
            """#,
            replacements: #"""
            - sourceValue: replaced
              targets:
              - select: {labelSelector: "tier=web"}
                fieldPaths:
                - spec.selector.app
                - metadata.labels.[app.kubernetes.io/name]
                options: {create: true}
              - select: {kind: Service}
                reject: [{labelSelector: "tier in (web)"}]
                fieldPaths: [spec.selector.app]
                options: {delimiter: "-", index: 5}
            """#,
            expected: #"""
            apiVersion: v1
            kind: Service
            metadata:
              labels:
                app.kubernetes.io/name: replaced
                tier: web
              name: a
            spec:
              selector:
                app: replaced
            ---
            apiVersion: v1
            kind: Service
            metadata:
              labels:
                tier: db
              name: b
            spec:
              selector:
                app: y-replaced
            """#),
        ReplacementCase(
            "wildcard-and-scalar-tags",
            resources: #"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: src
            data:
              img: "nginx:1.2,x"
              n: "3"
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                  - name: nginx
                    image: old
                    args: [a, b]
                  - name: nginx-sidecar
                    image: old2
            """#,
            replacements: #"""
            - source: {kind: ConfigMap, name: src, fieldPath: data.n}
              targets:
              - select: {kind: Deployment}
                fieldPaths: [spec.replicas, spec.template.spec.containers.*.name]
            - source: {kind: Deployment, fieldPath: spec.template.spec.containers.1}
              targets:
              - select: {kind: ConfigMap}
                fieldPaths: [data.n]
            """#,
            expected: #"""
            apiVersion: v1
            data:
              img: nginx:1.2,x
              "n": ""
            kind: ConfigMap
            metadata:
              name: src
            ---
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
                    - a
                    - b
                    image: old
                    name: "3"
                  - image: old2
                    name: "3"
            """#),    ]

    /// kustomize drops its internal build annotations when printing.
    static func withoutBuildAnnotations(_ n: Node) -> Node {
        var n = n
        guard var meta = n["metadata"], var ann = meta["annotations"] else { return n }
        for (k, _) in ann.pairs where k.value.hasPrefix("internal.config.kubernetes.io/") { ann[k.value] = nil }
        meta["annotations"] = ann.children.isEmpty ? nil : ann
        n["metadata"] = meta
        return n
    }

    @Test(arguments: cases)
    func appliesLikeKustomize(_ c: ReplacementCase) throws {
        var resources = TestYAML.parseAll(c.resources)
        try ReplacementTransformer.apply(TestYAML.parse(c.replacements).children, to: &resources)
        #expect(KYAMLEmitter.emitStream(resources.map(Self.withoutBuildAnnotations)) == c.expected + "\n")
    }

    static let resources = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: src
        data:
          n: "3"
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
              - name: nginx
                image: old
        """

    /// Messages recorded from `kubectl kustomize`; the location is the offending entry.
    @Test(arguments: [
        ("- source: {kind: ConfigMap, name: src, fieldPath: data.nope}\n  targets:\n  - select: {kind: Deployment}\n",
         "fieldPath `data.nope` is missing for replacement source ConfigMap.[noVer].[noGrp]/src.[noNs]", 1, 51),
        ("- source: {kind: ConfigMap, name: nope}\n  targets:\n  - select: {kind: Deployment}\n",
         "nothing selected by ConfigMap.[noVer].[noGrp]/nope.[noNs]", 1, 11),
        ("- source: {kind: ConfigMap, name: src}\n  targets:\n  - select: {kind: Deployment}\n    fieldPaths:\n    - spec.nope.x\n",
         "unable to find field \"spec.nope.x\" in replacement target", 5, 7),
        ("- source: {kind: ConfigMap, name: src}\n  targets:\n  - select: {kind: Deployment}\n    fieldPaths:\n    - spec.template.spec.containers.name\n",
         "unable to find field \"spec.template.spec.containers.name\" in replacement target: wrong node kind: expected MappingNode but got SequenceNode", 5, 7),
        ("- source: {kind: ConfigMap, name: src}\n",
         "replacements must specify a source and at least one target", 1, 3),
        ("- source: {name: src}\n  sourceValue: x\n  targets: []\n",
         "value and resource selectors are mutually exclusive", 1, 3),
        ("- source: {fieldPath: data.n}\n  targets: []\n",
         "multiple matches for selector [noKind].[noVer].[noGrp]/[noName].[noNs]:data.n", 1, 11),
    ])
    func errorsAreWordedAndLocated(_ replacements: String, _ message: String, _ line: Int, _ column: Int) throws {
        var resources = TestYAML.parseAll(Self.resources)
        #expect {
            try ReplacementTransformer.apply(TestYAML.parse(replacements).children, to: &resources)
        } throws: { error in
            guard let e = error as? PatchError else { return false }
            return e.message == message && e.mark?.line == line && e.mark?.column == column
        }
    }

    @Test(arguments: [
        ("spec.template.spec.containers.[name=nginx].image",
         [FieldPath.Segment.field("spec"), .field("template"), .field("spec"), .field("containers"), .match(key: "name", value: "nginx"), .field("image")]),
        ("metadata.labels.[app.kubernetes.io/name]", [.field("metadata"), .field("labels"), .field("app.kubernetes.io/name")]),
        ("metadata.annotations.a\\.b", [.field("metadata"), .field("annotations"), .field("a.b")]),
        ("spec.ports.0.port", [.field("spec"), .field("ports"), .index(0), .field("port")]),
        ("spec.args.[=-jar]", [.field("spec"), .field("args"), .match(key: "", value: "-jar")]),
        ("items.*.name", [.field("items"), .wildcard, .field("name")]),
        (".spec.x", [.field("spec"), .field("x")]),
        ("a.[b.c=d.e].f", [.field("a"), .match(key: "b.c", value: "d.e"), .field("f")]),
    ])
    func fieldPathSplitsLikeKyaml(_ text: String, _ segments: [FieldPath.Segment]) {
        #expect(FieldPath(text).segments == segments)
    }

    @Test func fieldPathGetIsExactAndModifyIsRegex() throws {
        var doc = TestYAML.parse("list:\n- {name: nginx, v: 1}\n- {name: nginx-2, v: 2}\n")
        #expect(try FieldPath("list.[name=nginx].v").get(in: doc)?.value == "1")
        #expect(try FieldPath("list.[name=ngin].v").get(in: doc) == nil)
        let n = try FieldPath("list.[name=nginx].v").modify(in: &doc) { $0.value = "9" }
        #expect(n == 2)
        #expect(try FieldPath("list.1.v").get(in: doc)?.value == "9")
        #expect {
            try FieldPath("list.*.v").get(in: doc)
        } throws: { error in
            (error as? FieldPathFailure)?.text == "wildcard is not supported in PathGetter"
        }
    }

    @Test func previousIdsFromTheCallerSelectRenamedResources() throws {
        var resources = TestYAML.parseAll("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: p-source
            data:
              v: new
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: p-target
            data:
              v: old
            """)
        let replacements = TestYAML.parse("""
            - source: {name: source, fieldPath: data.v}
              targets:
              - select: {name: target}
                fieldPaths: [data.v]
            """).children
        let cm = Gvk(version: "v1", kind: "ConfigMap")
        try ReplacementTransformer.apply(replacements, to: &resources,
                                         previousIds: [[ResId(gvk: cm, name: "source")], [ResId(gvk: cm, name: "target")]])
        #expect(resources[1]["data"]?["v"]?.value == "new")
    }

    @Test func fieldPathSetCreatesAndKeepsScalarTags() throws {
        var doc = TestYAML.parse("spec:\n  replicas: 1\n")
        #expect(try FieldPath("spec.replicas").set(.scalar("3"), in: &doc) == 1)
        #expect(doc["spec"]?["replicas"]?.tag == "!!int")
        #expect(try FieldPath("spec.x.[name=a].v").set(.scalar("b"), in: &doc, create: true) == 1)
        #expect(KYAMLEmitter.emit(doc) == "spec:\n  replicas: 3\n  x:\n  - name: a\n    v: b\n")
        #expect(try FieldPath("spec.missing").set(.scalar("b"), in: &doc) == 0)
    }

    /// A typed scalar keeps its tag; text that does not fit fails as kustomize fails when it
    /// next decodes the resource (messages recorded from `kubectl kustomize`).
    @Test(arguments: [
        ("n", "abc", "map[string]interface {}(nil): yaml: cannot decode !!str `abc` as a !!null"),
        ("b", "yes", "map[string]interface {}(nil): yaml: cannot decode !!str `yes` as a !!bool"),
        ("i", "7.5", "map[string]interface {}(nil): yaml: cannot decode !!float `7.5` as a !!int"),
        ("f", "abc", "map[string]interface {}(nil): yaml: cannot decode !!str `abc` as a !!float"),
        ("i", "", "map[string]interface {}(nil): yaml: cannot decode !!null `` as a !!int"),
        ("b", "false", nil), ("f", "7", nil), ("i", "0x10", nil), ("s", "5", nil),
    ] as [(String, String, String?)])
    func typedScalarsRejectTextThatDoesNotFit(_ field: String, _ value: String, _ message: String?) throws {
        var resources = TestYAML.parseAll("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  n: null\n  b: true\n  f: 1.5\n  i: 1\n  s: \"x\"\n")
        let replacements = TestYAML.parse("- sourceValue: \"\(value)\"\n  targets:\n  - select: {kind: ConfigMap}\n    fieldPaths:\n    - data.\(field)\n").children
        guard let message else {
            try ReplacementTransformer.apply(replacements, to: &resources)
            #expect(resources[0]["data"]?[field]?.value == value)
            return
        }
        #expect {
            try ReplacementTransformer.apply(replacements, to: &resources)
        } throws: { error in
            guard let e = error as? PatchError else { return false }
            return e.message == message && e.mark?.line == 5 && e.mark?.column == 7
        }
    }

    /// kyaml copies from a pointer into the source resource: an earlier target edit inside
    /// the source node shows in later copies (recorded from `kubectl kustomize`).
    @Test func sourceValueIsLive() throws {
        var resources = TestYAML.parseAll("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              env:
              - {name: HOST, value: x}
            """)
        let replacements = TestYAML.parse("""
            - source: {kind: Deployment, fieldPath: spec.env}
              targets:
              - select: {kind: Deployment}
                fieldPaths:
                - spec.env.[name=HOST].value
                - spec.copied
                options: {create: true}
            """).children
        try ReplacementTransformer.apply(replacements, to: &resources)
        #expect(KYAMLEmitter.emit(resources[0]) == """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              copied:
              - name: HOST
                value: ""
              env:
              - name: HOST
                value: ""

            """)
    }
}
