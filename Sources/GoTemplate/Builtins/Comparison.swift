/// Go's `eq`/`lt` over basic kinds: integers of any signedness compare with each other,
/// ints never with floats (`incompatible types for comparison`).
enum Comparison {
    enum Kind { case invalid, bool, int, uint, float, string, other }

    static func kind(_ v: TemplateValue) -> Kind {
        switch v {
        case .null: return .invalid
        case .bool: return .bool
        case .int, .int64: return .int
        case .uint: return .uint
        case .float: return .float
        case .string: return .string
        default: return .other
        }
    }

    static func intValue(_ v: TemplateValue) -> Int64 {
        switch v {
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        default: return 0
        }
    }

    static func uintValue(_ v: TemplateValue) -> UInt64 { if case .uint(let u) = v { return u }; return 0 }
    static func floatValue(_ v: TemplateValue) -> Double { if case .float(let f) = v { return f }; return 0 }
    static func stringValue(_ v: TemplateValue) -> String { if case .string(let s) = v { return s }; return "" }

    static func eq(_ a: TemplateValue, _ others: [TemplateValue]) throws -> Bool {
        if others.isEmpty { throw BuiltinError("missing argument for comparison") }
        let k1 = kind(a)
        for b in others {
            let k2 = kind(b)
            var truth = false
            if k1 != k2 {
                switch (k1, k2) {
                case (.int, .uint): truth = intValue(a) >= 0 && UInt64(intValue(a)) == uintValue(b)
                case (.uint, .int): truth = intValue(b) >= 0 && uintValue(a) == UInt64(intValue(b))
                default:
                    if k1 != .invalid && k2 != .invalid {
                        throw BuiltinError("incompatible types for comparison: \(a.goTypeName) and \(b.goTypeName)")
                    }
                }
            } else {
                switch k1 {
                case .bool: truth = a.isTruthy == b.isTruthy
                case .float: truth = floatValue(a) == floatValue(b)
                case .int: truth = intValue(a) == intValue(b)
                case .string: truth = stringValue(a) == stringValue(b)
                case .uint: truth = uintValue(a) == uintValue(b)
                case .invalid: truth = true
                case .other:
                    truth = try otherEqual(a, b)
                }
            }
            if truth { return true }
        }
        return false
    }

    private static func otherEqual(_ a: TemplateValue, _ b: TemplateValue) throws -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            if x.goTypeName != y.goTypeName { throw BuiltinError("incompatible types for comparison") }
            return x.isEqual(to: y)
        case (.list, _), (.bytes, _):
            throw BuiltinError("non-comparable type \(GoFormatter.format(a, verb: "v")): \(a.goTypeName)")
        case (.map, _):
            throw BuiltinError("non-comparable type \(GoFormatter.format(a, verb: "v")): \(a.goTypeName)")
        default:
            if a.goTypeName != b.goTypeName { throw BuiltinError("incompatible types for comparison") }
            return false
        }
    }

    static func lt(_ a: TemplateValue, _ b: TemplateValue) throws -> Bool {
        let k1 = kind(a), k2 = kind(b)
        if k1 == .invalid || k1 == .other || k2 == .invalid || k2 == .other {
            throw BuiltinError("invalid type for comparison")
        }
        if k1 != k2 {
            switch (k1, k2) {
            case (.int, .uint): return intValue(a) < 0 || UInt64(intValue(a)) < uintValue(b)
            case (.uint, .int): return intValue(b) >= 0 && uintValue(a) < UInt64(intValue(b))
            default: throw BuiltinError("incompatible types for comparison: \(a.goTypeName) and \(b.goTypeName)")
            }
        }
        switch k1 {
        case .bool: throw BuiltinError("invalid type for comparison")
        case .float: return floatValue(a) < floatValue(b)
        case .int: return intValue(a) < intValue(b)
        case .string: return goStringLess(stringValue(a), stringValue(b))
        case .uint: return uintValue(a) < uintValue(b)
        default: throw BuiltinError("invalid type for comparison")
        }
    }
}
