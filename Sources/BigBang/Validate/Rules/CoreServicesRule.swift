import Flux
import YAML

/// `core-services`: production environments (`production: true`) keep Big Bang's core
/// packages (`.bbctl.yaml` `validate.requiredPackages`) enabled in the values the Big Bang
/// HelmRelease gets, chart defaults included.
struct CoreServicesRule: ValidationRule {
    let id = "core-services"

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        guard subject.environment.production else { return [] }
        var out = FindingBuilder(rule: id, subject: subject)
        let locator = ValuesLocator(subject)
        for release in subject.releases where release.chart == "bigbang" || release.loadedChart?.name == "bigbang" {
            let values = release.values.values
            for package in context.config.requiredPackages {
                let user = values[package]?["enabled"]
                let effective = user ?? release.loadedChart?.values[package]?["enabled"]
                if effective == .bool(true) { continue }
                let path = ValuesPath.join(ValuesPath.join("", key: package), key: "enabled")
                let origin = release.values.origins[path]
                let state = effective.map { "\(package).enabled is \(Self.describe($0))" } ?? "\(package).enabled is not set"
                out.error("core package \"\(package)\" must be enabled in production (\(state))",
                          object: release.id, location: origin.flatMap(locator.location(of:)))
                if out.findings.last?.location == nil { out.findings[out.findings.count - 1].origin = origin?.description }
            }
        }
        return out.findings
    }

    private static func describe(_ v: Value) -> String {
        switch v {
        case .bool(let b): return String(b)
        case .string(let s): return "\"\(s)\""
        case .null: return "null"
        default: return "not true"
        }
    }
}
