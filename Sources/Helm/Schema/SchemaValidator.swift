import YAML

/// Validates values against `values.schema.json` of a chart and its subcharts (Helm's
/// `ValidateAgainstSchema`), reporting in the words of santhosh-tekuri/jsonschema v6.
enum SchemaValidator {
    static func validateChartTree(_ chart: Chart, values: [String: Value]) throws {
        let report = try report(chart, values: values)
        if !report.isEmpty { throw HelmError.schemaViolation(report: report) }
    }

    static func report(_ chart: Chart, values: [String: Value]) throws -> String {
        var out = ""
        if let schema = chart.schema {
            let errors = try JSONSchema.validate(values: .map(values), schemaBytes: schema, chartName: chart.name)
            if !errors.isEmpty { out += chart.name + ":\n" + errors + "\n" }
        }
        for sub in chart.dependencies {
            out += try report(sub, values: values[sub.name]?.mapValue ?? [:])
        }
        return out
    }
}
