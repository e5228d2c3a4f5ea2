@testable import Helm
import Testing
import YAML

@Suite struct JSONSchemaTests {
    static let schema = """
        {"type": "object", "required": ["replicas"], "additionalProperties": false,
         "properties": {
           "replicas": {"type": "integer", "maximum": 10},
           "mode": {"enum": ["fast", "safe"]},
           "name": {"type": "string", "pattern": "^[a-z]+$"},
           "ports": {"type": "array", "items": {"type": "integer"}, "maxItems": 2},
           "creds": {"oneOf": [{"type": "object"}, {"type": "null"}]},
           "ref": {"$ref": "#/$defs/named"}},
         "$defs": {"named": {"type": "object", "required": ["a", "b"]}}}
        """

    static let cases: [(Value, String)] = [
        (["replicas": 3.0], ""),
        (["replicas": 2.5], "- at '/replicas': got number, want integer"),
        (["replicas": 11.0], "- at '/replicas': maximum: got 11, want 10"),
        ([:], "- at '': missing property 'replicas'"),
        (["replicas": 1.0, "extra": true], "- at '': additional properties 'extra' not allowed"),
        (["replicas": 1.0, "mode": "slow"], "- at '/mode': value must be one of 'fast', 'safe'"),
        (["replicas": 1.0, "name": "UP"], "- at '/name': 'UP' does not match pattern '^[a-z]+$'"),
        (["replicas": 1.0, "ports": [1.0, "x", 3.0]],
         "- at '/ports': maxItems: got 3, want 2\n- at '/ports/1': got string, want integer"),
        (["replicas": 1.0, "creds": "s"],
         "- at '/creds': 'oneOf' failed, none matched\n  - at '/creds': got string, want object\n  - at '/creds': got string, want null"),
        (["replicas": 1.0, "ref": [:]], "- at '/ref': missing properties 'a', 'b'"),
    ]

    @Test(arguments: cases)
    func reportsInV6Wording(_ values: Value, _ expected: String) throws {
        let report = try JSONSchema.validate(values: values, schemaBytes: Array(Self.schema.utf8), chartName: "c")
        #expect(report == expected)
    }
}
