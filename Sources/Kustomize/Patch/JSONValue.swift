import YAML

/// A JSON document as Go's `encoding/json` sees it after `json.Unmarshal` into
/// `interface{}`-like values, the form kustomize round-trips resources through to apply
/// JSON 6902 patches.
indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case float(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Structural equality as evanphx/json-patch's `test` compares: numbers by value.
    func sameValue(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.sameValue(as: $1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { k, v in b[k].map { v.sameValue(as: $0) } ?? false }
        default:
            if let x = numericValue, let y = other.numericValue { return x == y }
            return self == other
        }
    }

    private var numericValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .uint(let u): return Double(u)
        case .float(let f): return f
        default: return nil
        }
    }

    /// Numbers after kustomize's round trip: `json.Unmarshal` makes every number a float64,
    /// and `sigs.k8s.io/yaml` writes it as JSON text and reads that back as YAML, so integral
    /// values that fit Int64/UInt64 print as integers (`2.5e10` → `25000000000`) while larger
    /// ones and fractions keep float form (`1e+20`, `1.2345675e+06`); integers beyond 2^53
    /// lose precision as in Go.
    var normalizedNumbers: JSONValue {
        switch self {
        case .int(let i): return JSONValue.float(Double(i)).normalizedNumbers
        case .uint(let u): return JSONValue.float(Double(u)).normalizedNumbers
        case .float(let f):
            guard let text = GoFloatFormat.json(f) else { return self }
            if !text.contains(where: { $0 == "." || $0 == "e" }) {
                if let i = Int64(text) { return .int(i) }
                if let u = UInt64(text) { return .uint(u) }
            }
            return .float(Double(text) ?? f)
        case .array(let items): return .array(items.map(\.normalizedNumbers))
        case .object(let m): return .object(m.mapValues(\.normalizedNumbers))
        default: return self
        }
    }
}
