import Flux
import YAML

/// `core-services`: production environments (`production: true`) keep Big Bang's core
/// packages (`.bbctl.yaml` `validate.requiredPackages`) enabled in the values the Big Bang
/// HelmRelease gets, chart defaults included. A package is `<pkg>.enabled` (Big Bang's core
/// packages), `addons.<pkg>.enabled` or `packages.<pkg>.enabled`, whichever the values have.
struct CoreServicesRule: ValidationRule {
    let id = "core-services"

    static let containers = [[], ["addons"], ["packages"]]
    static let successors = ["istio": ["istiod"], "istioOperator": ["istioCRDs"]]

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        guard subject.environment.production else { return [] }
        var out = FindingBuilder(rule: id, subject: subject)
        let locator = ValuesLocator(subject)
        for release in subject.releases where Self.isBigBang(release) {
            let values = release.values.values
            let defaults = Value.map(release.loadedChart?.values ?? [:])
            let defaultList = context.config.requiredPackages == RepoConfig.defaultRequiredPackages
            for package in context.config.requiredPackages {
                // Big Bang 3 split some core packages (istio → istiod, istioOperator →
                // istioCRDs): a package the chart does not have is checked under its successor.
                let names = [package] + (Self.successors[package] ?? [])
                let found = names.lazy.compactMap { name in
                    Self.containers.map { $0 + [name] }.first { Self.value(at: $0 + ["enabled"], values) != nil
                        || Self.value(at: $0 + ["enabled"], defaults) != nil }
                }.first
                guard let keys = found else {
                    if !defaultList {
                        out.warning("core package \"\(package)\" is not in the Big Bang values or chart defaults", object: release.id)
                    }
                    continue
                }
                let package = keys.last ?? package
                let enabledPath = keys + ["enabled"]
                let effective = Self.value(at: enabledPath, values) ?? Self.value(at: enabledPath, defaults)
                if effective == .bool(true) { continue }
                let path = enabledPath.reduce("") { ValuesPath.join($0, key: $1) }
                let origin = release.values.origins[path]
                let state = effective.map { "\(path) is \(Self.describe($0))" } ?? "\(path) is not set"
                out.error("core package \"\(package)\" must be enabled in production (\(state))",
                          object: release.id, location: origin.flatMap(locator.location(of:)), origin: origin?.description)
            }
        }
        return out.findings
    }

    static func isBigBang(_ release: ValidationSubject.Release) -> Bool {
        release.chart == "bigbang" || release.name == "bigbang" || release.loadedChart?.name == "bigbang"
    }

    private static func value(at keys: [String], _ root: Value) -> Value? {
        var current: Value? = root
        for k in keys { current = current?[k] }
        return current
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
