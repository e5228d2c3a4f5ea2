import YAML

/// Helm's `ProcessDependenciesWithMerge` (pkg/chart/v2/util/dependencies.go): applies aliases,
/// decides which subcharts are enabled from `tags` and `condition`s, drops the disabled ones,
/// then pulls `import-values` from children into parents.
public enum DependencyProcessor {
    public static func process(_ chart: inout Chart, values: [String: Value]) throws {
        try processEnabled(&chart, values, path: "")
        try processImportValues(&chart)
    }

    /// Matches `processDependencyEnabled`.
    static func processEnabled(_ chart: inout Chart, _ values: [String: Value], path: String) throws {
        // Charts in charts/ that Chart.yaml does not list stay as they are.
        var deps: [Chart] = []
        for existing in chart.dependencies {
            let declared = chart.metadata.dependencies.contains { req in
                existing.name == req.name && versionMatches(req.version, existing.metadata.version)
            }
            if !declared { deps.append(existing) }
        }
        for i in chart.metadata.dependencies.indices {
            let req = chart.metadata.dependencies[i]
            if var sub = chart.dependencies.first(where: { $0.name == req.name && versionMatches(req.version, $0.metadata.version) }) {
                if !req.alias.isEmpty { sub.metadata.name = req.alias }
                deps.append(sub)
            }
            if !req.alias.isEmpty { chart.metadata.dependencies[i].name = req.alias }
        }
        chart.dependencies = deps
        for i in chart.metadata.dependencies.indices { chart.metadata.dependencies[i].enabled = true }

        let cvals = try ValuesCoalescer.coalesce(chart, values)
        processTags(&chart.metadata.dependencies, cvals)
        processConditions(&chart.metadata.dependencies, cvals, path: path)

        let removed = Set(chart.metadata.dependencies.filter { !$0.enabled }.map(\.name))
        var kept = chart.dependencies.filter { !removed.contains($0.name) }
        for i in kept.indices {
            try processEnabled(&kept[i], cvals, path: path + kept[i].name + ".")
        }
        chart.metadata.dependencies.removeAll { removed.contains($0.name) }
        chart.dependencies = kept
    }

    private static func processTags(_ reqs: inout [ChartDependency], _ cvals: [String: Value]) {
        guard case .map(let tags)? = cvals["tags"] else { return }
        for i in reqs.indices {
            var hasTrue = false, hasFalse = false
            for tag in reqs[i].tags {
                if case .bool(let b)? = tags[tag] { if b { hasTrue = true } else { hasFalse = true } }
            }
            if !hasTrue && hasFalse { reqs[i].enabled = false } else { reqs[i].enabled = true }
        }
    }

    private static func processConditions(_ reqs: inout [ChartDependency], _ cvals: [String: Value], path: String) {
        for i in reqs.indices {
            for cond in reqs[i].condition.trimmingSpaces.split(separator: ",", omittingEmptySubsequences: true) {
                if case .bool(let b)? = pathValue(cvals, path + cond) {
                    reqs[i].enabled = b
                    break
                }
            }
        }
    }

    /// Matches `Values.PathValue`: a dotted path through maps.
    static func pathValue(_ values: [String: Value], _ path: String) -> Value? {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.last else { return nil }
        var table = values
        for key in parts.dropLast() {
            guard case .map(let m)? = table[key] else { return nil }
            table = m
        }
        return table[last]
    }

    /// Matches `Values.Table`: the map at a dotted path.
    static func table(_ values: [String: Value], _ path: String) -> [String: Value]? {
        var table = values
        for key in path.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            guard case .map(let m)? = table[key] else { return nil }
            table = m
        }
        return table
    }

    /// Matches `processDependencyImportValues` with merging on (children first).
    static func processImportValues(_ chart: inout Chart) throws {
        for i in chart.dependencies.indices { try processImportValues(&chart.dependencies[i]) }
        if !chart.metadata.hasDependencyList { return }
        let cvals = try ValuesCoalescer.coalesce(chart, [:], nulls: .keep)
        var imported: [String: Value] = [:]
        for i in chart.metadata.dependencies.indices {
            let req = chart.metadata.dependencies[i]
            var normalized: [Value] = []
            for iv in req.importValues {
                switch iv {
                case .map(let m):
                    let child = goSprint(m["child"]), parent = goSprint(m["parent"])
                    normalized.append(.map(["child": .string(child), "parent": .string(parent)]))
                    guard let vv = table(cvals, req.name + "." + child) else { continue }
                    imported = ValuesCoalescer.coalesceTables(imported, pathToMap(parent, vv), nulls: .keep)
                case .string(let name):
                    let child = "exports." + name
                    normalized.append(.map(["child": .string(child), "parent": "."]))
                    guard let vm = table(cvals, req.name + "." + child) else { continue }
                    imported = ValuesCoalescer.coalesceTables(imported, vm, nulls: .keep)
                default:
                    continue
                }
            }
            chart.metadata.dependencies[i].importValues = normalized
        }
        chart.values = ValuesCoalescer.coalesceTables(cvals, imported, nulls: .keep)
    }

    private static func pathToMap(_ path: String, _ data: [String: Value]) -> [String: Value] {
        if path == "." { return data }
        var result: Value = .map(data)
        for key in path.split(separator: ".").reversed() { result = .map([String(key): result]) }
        return result.mapValue ?? data
    }

    private static func goSprint(_ v: Value?) -> String {
        switch v {
        case nil, .null?: return "<nil>"
        case .string(let s)?: return s
        case .bool(let b)?: return b ? "true" : "false"
        case .int(let i)?: return String(i)
        case .float(let f)?: return String(f)
        default: return ""
        }
    }

    /// Whether a subchart version satisfies the declared range (an empty range matches).
    private static func versionMatches(_ range: String, _ version: String) -> Bool {
        guard let constraint = VersionConstraint(range), let v = SemanticVersion(version) else { return false }
        return constraint.allows(v)
    }
}
