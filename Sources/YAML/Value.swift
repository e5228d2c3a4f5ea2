/// A dynamic YAML/JSON value: what Helm values, Flux-composed values and template data are.
/// Maps are unordered (Go maps are, and every Go encoder this project reproduces sorts keys).
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([Value])
    case map([String: Value])
}

extension Value {
    public subscript(key: String) -> Value? {
        if case .map(let m) = self { return m[key] }
        return nil
    }

    public var isNull: Bool { if case .null = self { return true }; return false }

    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var mapValue: [String: Value]? { if case .map(let m) = self { return m }; return nil }
    public var listValue: [Value]? { if case .list(let l) = self { return l }; return nil }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral s: String) { self = .string(s) }
    public init(integerLiteral i: Int64) { self = .int(i) }
    public init(booleanLiteral b: Bool) { self = .bool(b) }
    public init(floatLiteral f: Double) { self = .float(f) }
    public init(arrayLiteral items: Value...) { self = .list(items) }
    public init(dictionaryLiteral pairs: (String, Value)...) {
        var m: [String: Value] = [:]
        for (k, v) in pairs { m[k] = v }
        self = .map(m)
    }
    public init(nilLiteral: ()) { self = .null }
}
