import Helm
import YAML

/// `values-schema`: each release's composed values against its chart's (and subcharts')
/// `values.schema.json`, as Helm checks them, pointing at the values file and line that set
/// the offending value.
struct ValuesSchemaRule: ValidationRule {
    let id = "values-schema"

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        var out = FindingBuilder(rule: id, subject: subject)
        let locator = ValuesLocator(subject)
        for release in subject.releases {
            guard let chart = release.loadedChart else { continue }
            let violations: [ValuesSchemaViolation]
            do {
                violations = try ValuesSchemaCheck.violations(of: chart, userValues: release.values.map)
            } catch {
                out.error(error.asDiagnostic.message, object: release.id)
                continue
            }
            for v in violations {
                let path = ValuesPath.path(v.path, in: release.values.values)
                // "additional properties 'x' not allowed" is about keys below the path: point at
                // the first one the user's values set (others may be chart defaults).
                let culprit = Self.additionalProperties(in: v.message).lazy
                    .compactMap { ValuesPath.origin(of: ValuesPath.join(path, key: $0), in: release.values) }.first
                let origin = culprit ?? ValuesPath.origin(of: path, in: release.values)
                let shown = path.isEmpty ? "(root)" : path
                out.error("\(shown): \(v.message) (values.schema.json of chart \(v.chart))",
                          object: release.id, location: origin.flatMap(locator.location(of:)), origin: origin?.description)
            }
        }
        return out.findings
    }

    /// The quoted names of santhosh-tekuri/jsonschema's "additional properties 'a', 'b' not allowed".
    static func additionalProperties(in message: String) -> [String] {
        guard message.hasPrefix("additional propert") else { return [] }
        return message.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}
