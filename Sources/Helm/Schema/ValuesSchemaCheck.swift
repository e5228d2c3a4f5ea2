import Diagnostics
import YAML

/// One place where values break a chart's `values.schema.json`, structured for tools that
/// point at the value (bbctl validate) rather than print Helm's report.
public struct ValuesSchemaViolation: Hashable, Sendable {
    /// The chart or subchart whose schema failed.
    public var chart: String
    /// Instance location from the top chart's values (a subchart's key first).
    public var path: [String]
    public var message: String

    public init(chart: String, path: [String], message: String) {
        self.chart = chart
        self.path = path
        self.message = message
    }
}

/// The same check as Helm's install (`ValidateAgainstSchema` on the coalesced values of the
/// chart tree, dependencies processed first), as a list of violations.
public enum ValuesSchemaCheck {
    public static func violations(of chart: Chart, userValues: [String: Value]) throws -> [ValuesSchemaViolation] {
        var chart = chart
        try DependencyProcessor.process(&chart, values: userValues)
        let coalesced = try ValuesCoalescer.coalesce(chart, userValues)
        var out: [ValuesSchemaViolation] = []
        try collect(chart, values: coalesced, prefix: [], into: &out)
        return out
    }

    private static func collect(_ chart: Chart, values: [String: Value], prefix: [String],
                                into out: inout [ValuesSchemaViolation]) throws {
        if let bytes = chart.schema {
            for leaf in try JSONSchema.errors(values: .map(values), schemaBytes: bytes, chartName: chart.name) {
                out.append(ValuesSchemaViolation(chart: chart.name, path: prefix + leaf.location, message: leaf.message))
            }
        }
        for sub in chart.dependencies {
            try collect(sub, values: values[sub.name]?.mapValue ?? [:], prefix: prefix + [sub.name], into: &out)
        }
    }
}

extension JSONSchema {
    /// The leaf failures of `values` (wrappers such as allOf/$ref groups flattened).
    static func errors(values: Value, schemaBytes: [UInt8], chartName: String) throws -> [SchemaError] {
        let schema: Value
        do {
            schema = try SigsYAMLDecoder.decode(SourceFile(path: chartName + "/values.schema.json", bytes: schemaBytes))
        } catch {
            throw HelmError.load(message: "unable to parse values.schema.json: \(error)", path: chartName + "/values.schema.json")
        }
        var validator = JSONSchema(root: schema)
        guard let err = validator.check(schema, values, at: [], depth: 0) else { return [] }
        var leaves: [SchemaError] = []
        func walk(_ e: SchemaError) {
            if e.kind == .leaf || e.causes.isEmpty { leaves.append(e) } else { e.causes.forEach(walk) }
        }
        walk(err)
        return leaves
    }
}
