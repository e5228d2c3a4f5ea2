import Foundation

extension ValidationReport {
    private struct JSONReport: Encodable {
        struct Environment: Encodable {
            var name: String
            var errors: Int
            var warnings: Int
        }

        struct Item: Encodable {
            var environment: String
            var rule: String
            var severity: String
            var message: String
            var file: String?
            var line: Int?
            var column: Int?
            var object: String?
            var origin: String?
        }

        var environments: [Environment]
        var rules: [String]
        var errors: Int
        var warnings: Int
        var findings: [Item]
        /// `.bbctl.yaml` `validate.disable` entries naming no rule; absent when there are none.
        var unknownDisabledRules: [String]?
    }

    /// `-o json`: the findings as a list of flat records plus per-environment counts.
    public func json() -> String {
        let report = JSONReport(
            environments: environments.map { env in
                let own = findings(in: env)
                let errors = own.filter { $0.severity == .error }.count
                return .init(name: env, errors: errors, warnings: own.count - errors)
            },
            rules: rules, errors: errorCount, warnings: warningCount,
            findings: findings.map { f in
                .init(environment: f.environment, rule: f.rule, severity: f.severity.rawValue, message: f.message,
                      file: f.location?.path, line: f.location?.line, column: f.location?.column, object: f.object,
                      origin: f.origin)
            },
            unknownDisabledRules: unknownDisabledRules.isEmpty ? nil : unknownDisabledRules)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
