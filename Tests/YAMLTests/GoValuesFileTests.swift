import Diagnostics
import Testing
@testable import YAML

/// Values files through Helm v4.1.4 `helm template -f FILE` (messages recorded from the oracle
/// after its `failed to parse FILE: ` prefix) and the line our diagnostic points at.
private let valuesErrorRows: [(String, String, Int)] = [
    ("a: 1\nb:\n  c: 2\n  d: e: f\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context", 4),
    ("just text\n", "cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}", 1),
    ("a: [1, 2,\n  3\nb: 2\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: did not find expected ',' or ']'", 3),
    ("a: @b\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: found character that cannot start any token", 1),
    ("a: 1\n---\nb: 2\nc: [1, 2\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: did not find expected ',' or ']'", 5),
    ("a: 1\n--- x\nb: 2\n", "error reading yaml document: invalid Yaml document separator: x", 2),
    ("- 1\n- 2\n", "cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}", 1),
    ("a: \"x\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: found unexpected end of stream", 2),
    ("a: 1\n\tb: 2\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: found a tab character that violates indentation", 2),
    ("a:\n  b: 1\n c: 2\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: did not find expected key", 3),
    ("x: 1\ny: *nope\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: unknown anchor 'nope' referenced", 2),
    ("numbers:\n  inf: .inf\n", "cannot unmarshal yaml document: error converting YAML to JSON: json: unsupported value: +Inf", 2),
    ("keys:\n  null: null-key\n", "cannot unmarshal yaml document: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: \"null-key\"", 2),
]

private let valuesRows: [(String, Value)] = [
    ("a: 1\na: 2\n", ["a": 2.0]),
    ("a: {b: 1}\n---\na: {c: 2}\n---\n# only comment\n---\nd: [1]\n", ["a": ["b": 1.0, "c": 2.0], "d": [1.0]]),
    ("", [:]),
    ("---\n", [:]),
    ("a: 1", ["a": 1.0]),
    ("a: x\n---\na: [1]\n", ["a": [1.0]]),
    ("a: {b: 1}\n---\na: 2\n", ["a": 2.0]),
]

@Suite struct GoValuesFileTests {
    @Test(arguments: valuesErrorRows)
    func errors(_ row: (String, String, Int)) {
        let file = SourceFile(path: "values.yaml", text: row.0)
        do {
            let v = try SigsYAMLDecoder.decodeValues(file)
            Issue.record("decoded \(v)")
        } catch let error as GoCodecError {
            #expect(error.goMessage == row.1)
            #expect(error.diagnostic.location?.path == "values.yaml")
            #expect(error.diagnostic.location?.line == row.2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test(arguments: valuesRows)
    func merged(_ row: (String, Value)) throws {
        #expect(Value.map(try SigsYAMLDecoder.decodeValues(SourceFile(path: "v.yaml", text: row.0))) == row.1)
    }

    @Test func diagnosticRendersWithCaret() {
        let file = SourceFile(path: "dev/values.yaml", text: "domain: dev.bigbang.mil: x\n")
        do {
            _ = try SigsYAMLDecoder.decodeValues(file)
        } catch let error as GoCodecError {
            #expect(error.diagnostic.description == """
                dev/values.yaml:1:24: error: mapping values are not allowed in this context
                  domain: dev.bigbang.mil: x
                                         ^

                """)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
