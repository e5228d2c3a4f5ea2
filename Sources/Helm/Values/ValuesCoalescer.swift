import YAML

/// What a null user value does to the chart default it meets: Helm's coalescing deletes the
/// key (`.delete`, `CoalesceValues`); merging keeps the null (`.keep`, `MergeValues`).
public enum NullHandling: Sendable {
    case delete
    case keep
}

/// Helm v4's values coalescing (pkg/chart/common/util/coalesce.go): user values win over
/// chart defaults, maps merge and everything else replaces, subchart defaults nest under the
/// subchart's name, and `global` flows from parent to child.
public enum ValuesCoalescer {
    /// Matches Helm `CoalesceValues` (`.delete`) and `MergeValues` (`.keep`).
    public static func coalesce(_ chart: Chart, _ values: [String: Value], nulls: NullHandling = .delete) throws
        -> [String: Value]
    {
        var dest = values
        try coalesce(chart, &dest, prefix: "", merge: nulls == .keep)
        return dest
    }

    /// Matches Helm `CoalesceTables` / `MergeTables`: `dst` is authoritative.
    public static func coalesceTables(_ dst: [String: Value], _ src: [String: Value], nulls: NullHandling = .delete)
        -> [String: Value]
    {
        var d = dst
        coalesceTables(&d, src, merge: nulls == .keep)
        return d
    }

    /// Matches Helm `loader.MergeMaps` (how `-f` files and `--set-json` objects combine).
    public static func mergeMaps(_ a: [String: Value], _ b: [String: Value]) -> [String: Value] {
        var out = a
        for (k, v) in b {
            if case .map(let vm) = v, case .map(let am)? = out[k] {
                out[k] = .map(mergeMaps(am, vm))
            } else {
                out[k] = v
            }
        }
        return out
    }

    private static func coalesce(_ chart: Chart, _ dest: inout [String: Value], prefix: String, merge: Bool) throws {
        coalesceValues(chart, &dest, prefix: prefix, merge: merge)
        try coalesceDependencies(chart, &dest, prefix: prefix, merge: merge)
    }

    private static func coalesceDependencies(_ chart: Chart, _ dest: inout [String: Value], prefix: String,
                                             merge: Bool) throws {
        for sub in chart.dependencies {
            var subValues: [String: Value] = [:]
            if let existing = dest[sub.name] {
                guard case .map(let m) = existing else {
                    throw HelmError.invalidValues(message: "type mismatch on \(sub.name): \(goFormatT(existing))",
                                                  location: nil)
                }
                subValues = m
            }
            let subPrefix = concat(prefix, chart.name)
            coalesceGlobals(&subValues, from: dest)
            try coalesce(sub, &subValues, prefix: subPrefix, merge: merge)
            dest[sub.name] = .map(subValues)
        }
    }

    /// Copies the parent's `global` into the child's values; parent globals win.
    private static func coalesceGlobals(_ dest: inout [String: Value], from src: [String: Value]) {
        var dg: [String: Value] = [:]
        if let g = dest["global"] {
            guard case .map(let m) = g else { return }
            dg = m
        }
        var sg: [String: Value] = [:]
        if let g = src["global"] {
            guard case .map(let m) = g else { return }
            sg = m
        }
        for (key, val) in sg {
            if case .map(let vv) = val {
                if let existing = dg[key] {
                    guard case .map(let destMap) = existing else { continue }
                    var merged = vv
                    coalesceTables(&merged, destMap, merge: true)
                    dg[key] = .map(merged)
                } else {
                    dg[key] = val
                }
            } else if case .map? = dg[key] {
                continue
            } else {
                dg[key] = val
            }
        }
        dest["global"] = .map(dg)
    }

    /// Merges the chart's defaults under the user values `v` (Helm v4.1.4 `coalesceValues`).
    private static func coalesceValues(_ chart: Chart, _ v: inout [String: Value], prefix: String, merge: Bool) {
        for (key, val) in chart.values {
            if let value = v[key] {
                if value.isNull && !merge {
                    v[key] = nil
                } else if case .map(var dest) = value, case .map(let src) = val {
                    let childMerge = chart.dependencies.contains { $0.name == key } ? true : merge
                    coalesceTables(&dest, src, merge: childMerge)
                    v[key] = .map(dest)
                }
            } else {
                v[key] = val
            }
        }
    }

    /// Matches `coalesceTablesFullKey`: fills `dst` from `src`; a null in `dst` over a
    /// non-null default removes the key when coalescing.
    static func coalesceTables(_ dst: inout [String: Value], _ src: [String: Value], merge: Bool) {
        var src = src
        var srcNonNil = Set<String>()
        for (k, v) in src where !v.isNull { srcNonNil.insert(k) }
        for (k, v) in dst where v.isNull { src[k] = .null }
        for (key, val) in src {
            guard let dv = dst[key] else {
                dst[key] = val
                continue
            }
            if !merge && dv.isNull && srcNonNil.contains(key) {
                dst[key] = nil
            } else if case .map(let sm) = val, case .map(var dm) = dv {
                coalesceTables(&dm, sm, merge: merge)
                dst[key] = .map(dm)
            }
        }
    }

    private static func concat(_ a: String, _ b: String) -> String { a.isEmpty ? b : a + "." + b }

    /// Go's `%t` of a non-bool value, as in Helm's "type mismatch" message.
    private static func goFormatT(_ v: Value) -> String {
        switch v {
        case .bool(let b): return b ? "true" : "false"
        case .null: return "%!t(<nil>)"
        case .string(let s): return "%!t(string=\(s))"
        case .float(let f): return "%!t(float64=\(f))"
        case .int(let i): return "%!t(int64=\(i))"
        case .list: return "%!t([]interface {}=[...])"
        case .map: return "map[]"
        }
    }
}
