import Diagnostics
import Testing
@testable import YAML

/// Nested shapes through Helm v4.1.4 (`toYaml .Values` of the values file; recorded from the
/// oracle): sequences under keys are not indented, empty collections are flow, keys longer than
/// 128 bytes or spanning lines use `? key` / `: value`, YAML 1.1 bool keys become "true"/"false".
private let structureRows: [(String, String)] = [
    ("a:\n  - {x: 1, y: [1, 2, {z: []}]}\n  - [[], {}, [[1]], {k: {}}]\n  - \"multi\\nline\"\n  - {m: \"multi\\nline\\n\", n: [ \"a\\nb\" ]}\nb: {}\nc: []\nd: {e: {f: {g: [null, true, 1.5, \"s\"]}}}\nk128: {\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\": 1, \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\": {a: 1}, \"long\\nkey\": [1], \"k2\": [[{}]]}\ndeep: [[[[{a: [[{b: c}]]}]]]]\n",
     "a:\n- \"true\":\n  - 1\n  - 2\n  - z: []\n  x: 1\n- - []\n  - {}\n  - - - 1\n  - k: {}\n- |-\n  multi\n  line\n- \"false\":\n  - |-\n    a\n    b\n  m: |\n    multi\n    line\nb: {}\nc: []\nd:\n  e:\n    f:\n      g:\n      - null\n      - true\n      - 1.5\n      - s\ndeep:\n- - - - a:\n        - - b: c\nk128:\n  k2:\n  - - {}\n  ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n  : a: 1\n  ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n  : 1\n  ? |-\n    long\n    key\n  : - 1"),
    ("a: 1\n", "a: 1"),
    ("list: [1, 2]\n", "list:\n- 1\n- 2"),
    ("m: {}\n", "m: {}"),
]

@Suite struct GoToYAMLStructureTests {
    @Test(arguments: structureRows)
    func valuesThroughToYAML(_ row: (String, String)) throws {
        let values = try SigsYAMLDecoder.decodeValues(SourceFile(path: "values.yaml", text: row.0))
        #expect(SigsYAMLEncoder.toYAML(.map(values)) == row.1)
    }

    @Test(arguments: [
        (Value.null, "null\n"), (Value.map([:]), "{}\n"), (Value.list([]), "[]\n"), (Value.int(5), "5\n"),
        (Value.bool(true), "true\n"), (Value.string("a\n\n"), "|+\n  a\n\n"), (Value.string("a\n"), "|\n  a\n"),
        (Value.list([.null, [:], []]), "- null\n- {}\n- []\n"),
    ])
    func marshalOutput(_ row: (Value, String)) throws {
        #expect(try SigsYAMLEncoder.encode(row.0) == row.1)
    }

    @Test func nonFiniteFails() {
        #expect(throws: GoCodecError.self) { try SigsYAMLEncoder.encode(["a": .float(.nan)]) }
        #expect(SigsYAMLEncoder.toYAML(["a": .float(.infinity)]) == "")
    }
}
