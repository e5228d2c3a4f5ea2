import YAML

extension TemplateValue {
    /// Template data from YAML/JSON values: Go decodes YAML/JSON numbers into `float64`
    /// (`.float`) while Helm's `--set` produces `int64` (`.int`).
    public init(_ value: YAML.Value) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int64(i)
        case .float(let f): self = .float(f)
        case .string(let s): self = .string(s)
        case .list(let items): self = .list(items.map(TemplateValue.init), .interfaces)
        case .map(let m):
            // mapValues keeps the hash layout: no key is hashed again.
            self = .map(TemplateMap(m.mapValues(TemplateValue.init)))
        }
    }

    /// The plain data view used by encoders (`toYaml`, `toJson`): integers of every width
    /// become `.int`, `[]byte` becomes its base64 text (as encoding/json does), objects give
    /// their `encodedValue`.
    public var yamlValue: YAML.Value {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .int64(let i): return .int(i)
        case .uint(let u): return u <= UInt64(Int64.max) ? .int(Int64(u)) : .float(Double(u))
        case .float(let f): return .float(f)
        case .string(let s): return .string(s)
        case .bytes(let b): return .string(Base64.encode(b))
        case .list(let items, _): return .list(items.map(\.yamlValue))
        case .map(let m):
            // A map still exactly its decoded document needs no conversion.
            if let document = m.pendingDocument { return .map(document.entries) }
            return .map(m.storage.mapValues(\.yamlValue))
        case .object(let o): return o.encodedValue.yamlValue
        }
    }
}
