import YAML

extension Node {
    /// The JSON type a node becomes when kustomize converts YAML to JSON before decoding
    /// (`string`, `number`, `bool`, `null`, `object`, `array`), for its error wording.
    var jsonType: String {
        switch kind {
        case .mapping: return "object"
        case .sequence: return "array"
        case .document, .alias: return resolved.jsonType
        case .scalar:
            switch tag {
            case "!!str", "!!binary", "!!timestamp": return "string"
            case "!!int", "!!float": return "number"
            case "!!bool": return "bool"
            case "!!null": return "null"
            case "": break
            default: return "string"
            }
            if !style.isDisjoint(with: [.doubleQuoted, .singleQuoted, .literal, .folded]) { return "string" }
            return Node.resolvePlain(value)
        }
    }

    /// YAML 1.1-ish resolution of a plain scalar, as go-yaml does for untagged values.
    static func resolvePlain(_ v: String) -> String {
        switch v {
        case "", "~", "null", "Null", "NULL": return "null"
        case "true", "True", "TRUE", "false", "False", "FALSE": return "bool"
        default: break
        }
        if Int(v) != nil || Double(v) != nil, !v.hasSuffix("."), v.first != "+" || v.count > 1 {
            let lower = v.lowercased()
            if lower == "nan" || lower == "inf" || lower == "infinity" { return "string" }
            return "number"
        }
        return "string"
    }

    /// Whether a scalar would decode as a JSON string.
    var isStringScalar: Bool { kind == .scalar && jsonType == "string" }
}
