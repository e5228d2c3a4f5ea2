import Flux
import Testing
import YAML

/// helm-controller composition cases: `(name, valuesFrom + values spec, other resources, expected values)`.
private let compositionRows: [(String, String, String, String)] = [
    ("configmap then secret, later wins, maps merge", """
        valuesFrom:
          - {kind: ConfigMap, name: base}
          - {kind: Secret, name: creds}
        """, """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: base, namespace: apps}
        data:
          values.yaml: |
            a: {b: 1, c: [1, 2]}
            keep: x
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: creds, namespace: apps}
        data:
          values.yaml: YTogeyBiOiAyLCBjOiBbM10gfQo=
        """, "a: {b: 2, c: [3]}\nkeep: x\n"),
    ("custom valuesKey and stringData over data", """
        valuesFrom:
          - {kind: Secret, name: s, valuesKey: custom.yaml}
        """, """
        apiVersion: v1
        kind: Secret
        metadata: {name: s, namespace: apps}
        data:
          custom.yaml: YTogMQo=
        stringData:
          custom.yaml: "a: 2"
        """, "a: 2\n"),
    ("spec.values on top", """
        valuesFrom:
          - {kind: ConfigMap, name: base}
        values:
          a: {b: 10}
          extra: true
        """, """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: base, namespace: apps}
        data:
          values.yaml: "a: {b: 1, c: 2}"
        """, "a: {b: 10, c: 2}\nextra: true\n"),
    ("a scalar replaces a map and a map replaces a scalar", """
        valuesFrom:
          - {kind: ConfigMap, name: one}
          - {kind: ConfigMap, name: two}
        """, """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: one, namespace: apps}
        data:
          values.yaml: "a: {b: 1}\\nz: 1"
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: two, namespace: apps}
        data:
          values.yaml: "a: off\\nz: {y: 2}"
        """, "a: false\nz: {y: 2}\n"),
    ("targetPath with a quoted value is a string", """
        valuesFrom:
          - {kind: ConfigMap, name: t, valuesKey: flag, targetPath: a.b}
        """, """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: t, namespace: apps}
        data:
          flag: "'true'"
        """, "a: {b: 'true'}\n"),
    ("optional missing object and key are skipped", """
        valuesFrom:
          - {kind: ConfigMap, name: absent, optional: true}
          - {kind: Secret, name: s, valuesKey: nope, optional: true}
          - {kind: Secret, name: s}
        """, """
        apiVersion: v1
        kind: Secret
        metadata: {name: s, namespace: apps}
        stringData: {values.yaml: "x: 1"}
        """, "x: 1\n"),
    ("an object in another namespace is not found", """
        valuesFrom:
          - {kind: ConfigMap, name: base, optional: true}
        """, """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: base, namespace: other}
        data: {values.yaml: "x: 1"}
        """, "{}\n"),
    ("empty values text", """
        valuesFrom:
          - {kind: ConfigMap, name: base}
        """, """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: base, namespace: apps}
        data: {values.yaml: ""}
        """, "{}\n"),
]

func release(_ spec: String) throws -> HelmRelease {
    let indented = spec.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    return try helmRelease("""
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata: {name: app, namespace: apps}
        spec:
          chart:
            spec: {chart: app, sourceRef: {kind: HelmRepository, name: repo}}
        \(indented)
        """)
}

struct ValuesComposerTests {
    @Test(arguments: compositionRows)
    func compose(name: String, spec: String, others: String, expected: String) throws {
        let composed = try ValuesComposer.compose(try release(spec), resources: try resources(others))
        #expect(composed.values == .map(try values(expected)), "\(name)")
    }

    @Test(arguments: [
        ("{kind: ConfigMap, name: absent}", "",
         "could not resolve ConfigMap chart values reference 'apps/absent' with key 'values.yaml': configmaps \"absent\" not found"),
        ("{kind: Secret, name: s, valuesKey: other}",
         "apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: apps}\nstringData: {values.yaml: x}\n",
         "could not resolve Secret chart values reference 'apps/s' with key 'other': key not found"),
        ("{kind: ConfigMap, name: c}",
         "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: apps}\ndata: {values.yaml: \"- 1\"}\n",
         "could not resolve ConfigMap chart values reference 'apps/c' with key 'values.yaml': error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type chartutil.Values"),
        ("{kind: Secret, name: s}",
         "apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: apps}\ndata: {values.yaml: \"!!!\"}\n",
         "could not resolve Secret chart values reference 'apps/s' with key 'values.yaml': data.values.yaml: illegal base64 data"),
    ])
    func errors(entry: String, others: String, message: String) throws {
        let hr = try release("valuesFrom:\n  - \(entry)")
        do {
            _ = try ValuesComposer.compose(hr, resources: try resources(others))
            Issue.record("expected an error")
        } catch let error as FluxError {
            #expect(error.fluxMessage == message)
            #expect(error.location?.line == 8, "located at the valuesFrom entry")
        }
    }

    /// strvals types the text (`3` is an int64, unlike YAML-read numbers) and the path is set
    /// after `spec.values` is merged, so it wins over it.
    @Test func targetPathIsTypedStrvalsAndBeatsSpecValues() throws {
        let hr = try release("""
            valuesFrom:
              - {kind: ConfigMap, name: t, valuesKey: replicas, targetPath: app.replicas}
              - {kind: ConfigMap, name: t, valuesKey: host, targetPath: "ingress.hosts[0]"}
              - {kind: ConfigMap, name: t, valuesKey: list, targetPath: a.list}
            values:
              app: {replicas: 1, name: x}
            """)
        let composed = try ValuesComposer.compose(hr, resources: try resources("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: t, namespace: apps}
            data:
              replicas: "3"
              host: example.com
              list: "{a,b}"
            """))
        #expect(composed.values == [
            "app": ["replicas": .int(3), "name": "x"],
            "ingress": ["hosts": ["example.com"]],
            "a": ["list": ["a", "b"]],
        ])
        #expect(composed.origins["app.replicas"]?.via == .targetPath("app.replicas"))
        #expect(composed.origins["app.name"]?.via == .specValues)
    }

    @Test func targetPathStrvalsErrorIsAReferenceError() throws {
        let hr = try release("valuesFrom:\n  - {kind: ConfigMap, name: t, valuesKey: v, targetPath: a}")
        let others = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: t, namespace: apps}\ndata: {v: \"x,y\"}\n"
        #expect(throws: FluxError.self) { try ValuesComposer.compose(hr, resources: try resources(others)) }
    }

    @Test func originsNameTheLastSourceAndLine() throws {
        let hr = try release("""
            valuesFrom:
              - {kind: ConfigMap, name: one}
              - {kind: ConfigMap, name: two}
              - {kind: ConfigMap, name: two, valuesKey: n, targetPath: c.n}
            values:
              d: 1
            """)
        let others = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: one, namespace: apps}
            data:
              values.yaml: |
                a:
                  b: 1
                  gone: 2
                list: [1, 2, 3]
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: two, namespace: apps}
            data:
              n: "5"
              values.yaml: |
                # comment
                a:
                  gone: null
                  c: x
                list: [9]
            """
        let composed = try ValuesComposer.compose(hr, resources: try resources(others))
        #expect(composed.origins["a.b"] == ValueOrigin(source: "ConfigMap/apps/one", key: "values.yaml", line: 2, via: .valuesFrom))
        #expect(composed.origins["a.gone"]?.source == "ConfigMap/apps/two")
        #expect(composed.origins["a.c"]?.line == 4)
        #expect(composed.origins["list[0]"]?.source == "ConfigMap/apps/two")
        #expect(composed.origins["list[1]"] == nil)
        #expect(composed.origins["c.n"]?.via == .targetPath("c.n"))
        #expect(composed.origins["d"]?.via == .specValues)
        #expect(Set(composed.origins.keys) == ["a.b", "a.gone", "a.c", "list[0]", "c.n", "d"])
    }
}

/// fluxcd/pkg `chartutil/values_test.go` cases that depend on Go's shared maps.
struct ValuesComposerAliasingTests {
    private static let configMap = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: values, namespace: apps}
        data:
          values.yaml: |
            flat: value
            nested:
              configuration:
              - one
              - two
              - three
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: values, namespace: apps}
        stringData: {key: value, values.yaml: foo}
        """

    @Test func targetPathPrecedenceOverAll() throws {
        let hr = try release("""
            valuesFrom:
              - {kind: Secret, name: values, valuesKey: key, targetPath: "nested.configuration[0]"}
              - {kind: ConfigMap, name: values}
            values:
              nested:
                configuration: [list, item, option]
            """)
        let composed = try ValuesComposer.compose(hr, resources: try resources(Self.configMap))
        #expect(composed.values == ["flat": "value", "nested": ["configuration": ["value", "item", "option"]]])
    }

    @Test func targetPathForStringTypeArrayItem() throws {
        let hr = try release("""
            valuesFrom:
              - {kind: ConfigMap, name: values}
              - {kind: Secret, name: values, targetPath: "nested.configuration[1]"}
            values:
              other: values
            """)
        let composed = try ValuesComposer.compose(hr, resources: try resources(Self.configMap))
        #expect(composed.values == ["flat": "value", "nested": ["configuration": ["one", "foo", "three"]], "other": "values"])
    }

    /// When the result already had a map there, MergeMaps builds a new one: the write does
    /// not reach spec.values, which wins at the end.
    @Test func targetPathIntoAMergedMapLosesToSpecValues() throws {
        let hr = try release("""
            valuesFrom:
              - {kind: ConfigMap, name: values}
              - {kind: Secret, name: values, valuesKey: key, targetPath: nested.flag}
            values:
              nested: {flag: spec}
            """)
        let composed = try ValuesComposer.compose(hr, resources: try resources(Self.configMap))
        #expect(composed.values == ["flat": "value", "nested": ["configuration": ["one", "two", "three"], "flag": "spec"]])
    }
}
