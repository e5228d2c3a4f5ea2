import Diagnostics
import Testing
@testable import YAML

/// `toToml` of each item of a values list through Helm v4.1.4 (recorded from the oracle).
@Suite struct GoTOMLEncoderTests {
    static let input = """
        t:
          - {a: 1, b: "x", c: true, d: 1.5, e: 1e6, f: null, "key with space": "q\\"\\\\\\t\\u0001", "": 1, z: [1, 2, "s"], empty: [], emptymap: {}}
          - {top: {mid: {deep: 1, list: [{x: 1}, {y: 2}]}, other: 2}, arr: [{a: 1, b: {c: 2}}, {d: [1, {e: 3}]}], mixed: [1, {a: 1}], plain: 0.1, neg: -2}
          - [1, 2]
          - "str"
          - [{a: 1}]
          - {a: [1, null]}
          - {m: {a: null, b: 1}, n: [{a: null, b: 2, c: {d: null}}]}
          - {inl: [{a: 1, b: {x: 1}, c: null, d: 2}]}
          - {"dotted.key": {"x-y_z": 1, "é": 2}, u: 3, i: 2.0, big: 12345678901234567890}
        """

    static let expected: [String] = [
        "\"\" = 1.0\na = 1.0\nb = \"x\"\nc = true\nd = 1.5\ne = 1e+06\nempty = []\n\"key with space\" = \"q\\\"\\\\\\t\\u0001\"\nz = [1.0, 2.0, \"s\"]\n\n[emptymap]\n",
        "mixed = [1.0, {a = 1.0}]\nneg = -2.0\nplain = 0.1\n\n[[arr]]\n  a = 1.0\n  [arr.b]\n    c = 2.0\n\n[[arr]]\n  d = [1.0, {e = 3.0}]\n\n[top]\n  other = 2.0\n  [top.mid]\n    deep = 1.0\n\n    [[top.mid.list]]\n      x = 1.0\n\n    [[top.mid.list]]\n      true = 2.0\n",
        "[1.0, 2.0]",
        "\"str\"",
        "toml: top-level values must be Go maps or structs",
        "toml: cannot encode array with nil element",
        "[[false]]\n  b = 2.0\n  [false.c]\n\n[m]\n  b = 1.0\n",
        "[[inl]]\n  a = 1.0\n  d = 2.0\n  [inl.b]\n    x = 1.0\n",
        "big = 1.2345678901234567e+19\ni = 2.0\nu = 3.0\n\n[\"dotted.key\"]\n  x-y_z = 1.0\n  \"\u{e9}\" = 2.0\n",
    ]

    @Test func matchesHelm() throws {
        let values = try SigsYAMLDecoder.decodeValues(SourceFile(path: "values.yaml", text: Self.input))
        let items = try #require(values["t"]?.listValue)
        #expect(items.count == Self.expected.count)
        for (item, expected) in zip(items, Self.expected) {
            #expect(TOMLEncoder.toTOML(item) == expected)
        }
    }

    @Test func intsAndNonFinite() {
        #expect(TOMLEncoder.toTOML(["a": 3, "b": .float(.infinity), "c": .float(-.infinity)]) == "a = 3\nb = inf\nc = -inf\n")
        #expect(TOMLEncoder.toTOML(nil) == "")
    }
}
