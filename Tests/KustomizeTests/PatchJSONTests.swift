import Diagnostics
import Testing
import YAML
@testable import Kustomize

struct PatchJSONTests {
    static let configMap = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cm
        data:
          a: "1"
          l: [x, y]
        """

    static func ops(_ json: String) throws -> [JSONPatchOperation] {
        try JSONPatch.decode(SourceFile(path: "patch.json", text: json))
    }

    /// Expected outputs recorded from `kubectl kustomize` (kustomize v5.7.1).
    @Test(arguments: [
        ("multiple ops, escapes, copy and move",
         #"[{"op":"add","path":"/data/l/-","value":{"k":1}}, {"op":"move","from":"/data/a","path":"/data/b"}, {"op":"copy","from":"/data/l/0","path":"/data/l/0"}, {"op":"add","path":"/metadata/labels","value":{"a~1b":"c"}}, {"op":"add","path":"/metadata/labels/x~1y~0z","value":"v"}]"#,
         "apiVersion: v1\ndata:\n  b: \"1\"\n  l:\n  - x\n  - x\n  - \"y\"\n  - k: 1\nkind: ConfigMap\nmetadata:\n  labels:\n    a~1b: c\n    x/y~z: v\n  name: cm\n"),
        ("negative index inserts from the end",
         #"[{"op":"add","path":"/data/l/-1","value":"neg"}]"#,
         "apiVersion: v1\ndata:\n  a: \"1\"\n  l:\n  - x\n  - \"y\"\n  - neg\nkind: ConfigMap\nmetadata:\n  name: cm\n"),
        ("path without a leading slash addresses the root",
         #"[{"op":"add","path":"data/q","value":1}]"#,
         "apiVersion: v1\ndata:\n  a: \"1\"\n  l:\n  - x\n  - \"y\"\nkind: ConfigMap\nmetadata:\n  name: cm\nq: 1\n"),
        ("replace of a missing key adds it",
         #"[{"op":"replace","path":"/data/new","value":1}]"#,
         "apiVersion: v1\ndata:\n  a: \"1\"\n  l:\n  - x\n  - \"y\"\n  new: 1\nkind: ConfigMap\nmetadata:\n  name: cm\n"),
        ("test then remove",
         #"[{"op":"test","path":"/data/a","value":"1"},{"op":"remove","path":"/data/l/0"},{"op":"replace","path":"/data/l/0","value":null}]"#,
         "apiVersion: v1\ndata:\n  a: \"1\"\n  l:\n  - null\nkind: ConfigMap\nmetadata:\n  name: cm\n"),
    ])
    func appliesLikeKustomize(_ name: String, _ patch: String, _ expected: String) throws {
        let got = try JSONPatch.apply(try Self.ops(patch), to: TestYAML.parse(Self.configMap))
        #expect(KYAMLEmitter.emit(got) == expected)
    }

    @Test(arguments: [
        (#"[{"op":"remove","path":"/data/zz"}]"#, "error in remove for path: '/data/zz': Unable to remove nonexistent key: zz: missing value"),
        (#"[{"op":"add","path":"/nope/x","value":1}]"#, "add operation does not apply: doc is missing path: \"/nope/x\": missing value"),
        (#"[{"op":"test","path":"/data/a","value":"2"}]"#, "testing value /data/a failed: test failed"),
        (#"[{"op":"add","path":"/data/l/5","value":1}]"#, "error in add for path: '/data/l/5': Unable to access invalid index: 5: invalid index referenced"),
        (#"[{"op":"frob","path":"/data/a"}]"#, "Unexpected kind: frob"),
        (#"[{"op":"remove","path":"/data/l/x"}]"#, "error in remove for path: '/data/l/x': strconv.Atoi: parsing \"x\": invalid syntax"),
    ])
    func errorsAreWordedLikeEvanphxAndLocated(_ patch: String, _ message: String) throws {
        let ops = try Self.ops("[\n  " + patch.dropFirst())
        #expect {
            _ = try JSONPatch.apply(ops, to: TestYAML.parse(Self.configMap))
        } throws: { error in
            guard let e = error as? PatchError else { return false }
            return e.message == message && e.location?.line == 2 && e.location?.column == 3 && e.location?.path == "patch.json"
        }
    }

    @Test func decodeErrorsAreLocated() throws {
        #expect {
            _ = try Self.ops("[{\"op\": \"add\",\n  \"path\" 1}]")
        } throws: { error in
            guard let e = error as? PatchError else { return false }
            return e.message == "invalid character '1' after object key" && e.location?.line == 2 && e.location?.column == 10
        }
        #expect {
            _ = try JSONPatch.decode(TestYAML.parse("op: add\n"))
        } throws: { error in
            guard let e = error as? PatchError else { return false }
            return e.message == "json: cannot unmarshal object into Go value of type jsonpatch.Patch" && e.mark?.line == 1 && e.mark?.column == 1
        }
    }

    /// The resource goes through JSON: numbers become Go float64s, strings that would read as
    /// another type get double quotes, timestamps become RFC 3339 strings, comments go.
    @Test func roundTripThroughJSONLikeKustomize() throws {
        let target = TestYAML.parse("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cm # comment
            data:
              big: 1000000
              f: 1.50
              oct: 0777
              hex: 0x1F
              ts: 2001-12-14
              s: "true"
              e: 1e3
              b: 2.50e10
              c: 12345678901234567890
              d: 100000000000000000000000
              h: 1e-7
              i: 0.0001
              j: 9007199254740993
              k: 1234567.5
              u: "12:30"
              no: "NO"
              y: y
              multi: "a\\nb"
              p: !!str 5
              q: !custom x
              t: True
              m: 0o17
              o: 1_000
              r: 2001-12-14T21:59:43.10-05:00
              neg: -9223372036854775809
              u64: 18446744073709551615
            """)
        let ops = try Self.ops(#"[{"op":"add","path":"/data/new","value":7}]"#)
        let got = try JSONPatch.apply(ops, to: target)
        let data = try #require(got["data"])
        let expected: [String: String] = [
            "big": "1000000", "f": "1.5", "oct": "511", "hex": "31", "ts": "2001-12-14T00:00:00Z", "s": "true",
            "e": "1000", "b": "25000000000", "c": "12345678901234567000", "d": "1e+23", "h": "1e-07", "i": "0.0001",
            "j": "9007199254740992", "k": "1.2345675e+06", "u": "12:30", "no": "NO", "y": "y", "new": "7",
            "p": "5", "q": "x", "t": "true", "m": "15", "o": "1000", "r": "2001-12-14T21:59:43.1-05:00",
            "neg": "-9.223372036854776e+18", "u64": "1.8446744073709552e+19",
        ]
        for (k, v) in expected { #expect(data[k]?.value == v, "\(k)") }
        #expect(data.pairs.map(\.key.value) == data.pairs.map(\.key.value).sorted())
        for quoted in ["ts", "s", "u", "no", "p", "r"] { #expect(data[quoted]?.style == .doubleQuoted, "\(quoted)") }
        #expect(data["y"]?.style == .doubleQuoted)
        #expect(data["big"]?.tag == "!!int")
        #expect(data["k"]?.tag == "!!float")
        #expect(got["metadata"]?["name"]?.lineComment == "")
    }

    /// Values in YAML patch files are typed by yaml.v2 (YAML 1.1): `yes` is a boolean there.
    @Test func yamlPatchValuesUseYAML11() throws {
        let ops = try JSONPatch.decode(TestYAML.parse("""
            - op: add
              path: /data/yes
              value: yes
            - op: add
              path: /data/ts
              value: 2020-01-01
            """))
        let got = try JSONPatch.apply(ops, to: TestYAML.parse(Self.configMap))
        #expect(got["data"]?["yes"]?.value == "true")
        #expect(got["data"]?["yes"]?.tag == "!!bool")
        #expect(got["data"]?["ts"]?.value == "2020-01-01")
        #expect(got["data"]?["ts"]?.style == .doubleQuoted)
    }

    /// Merge keys are applied first, as yaml.v3 does when kustomize turns the resource into
    /// JSON (output recorded from `kubectl kustomize`).
    @Test func mergeKeysAreApplied() throws {
        let target = TestYAML.parse("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cm
              labels: &l {a: "1", b: "2"}
            data:
              <<: *l
              c: "3"
            """)
        let got = try JSONPatch.apply(try Self.ops(#"[{"op":"add","path":"/data/e","value":"x: y"}]"#), to: target)
        #expect(KYAMLEmitter.emit(got) == """
            apiVersion: v1
            data:
              a: "1"
              b: "2"
              c: "3"
              e: 'x: y'
            kind: ConfigMap
            metadata:
              labels:
                a: "1"
                b: "2"
              name: cm

            """)
    }
}
