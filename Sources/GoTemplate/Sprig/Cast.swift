/// The conversions Sprig borrows from spf13/cast and its own helpers (`strval`, `empty`).
enum Cast {
    /// `cast.ToInt64`: numbers truncate, strings parse (base prefixes allowed, `"3.0"` → 3),
    /// booleans are 0/1, anything else is 0.
    static func toInt64(_ v: TemplateValue) -> Int64 {
        switch v {
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        case .uint(let u): return Int64(truncatingIfNeeded: u)
        case .float(let f):
            guard f.isFinite else { return f.isNaN ? Int64.min : (f > 0 ? Int64.min : Int64.min) }
            if f >= 9.223372036854775807e18 || f < -9.223372036854775808e18 { return Int64.min }
            return Int64(f)
        case .bool(let b): return b ? 1 : 0
        case .string(let s):
            return NumberLiteral.parseSigned(trimZeroDecimal(s)) ?? 0
        default: return 0
        }
    }

    static func toInt(_ v: TemplateValue) -> Int { Int(toInt64(v)) }

    /// `cast.ToFloat64`
    static func toFloat64(_ v: TemplateValue) -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .int64(let i): return Double(i)
        case .uint(let u): return Double(u)
        case .float(let f): return f
        case .bool(let b): return b ? 1 : 0
        case .string(let s): return parseGoFloat(s) ?? 0
        default: return 0
        }
    }

    /// strconv.ParseFloat for the decimal forms templates meet.
    static func parseGoFloat(_ s: String) -> Double? {
        if s.isEmpty { return nil }
        switch s.lowercased() {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan": return .nan
        default: break
        }
        guard s.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2e || $0 == 0x65 || $0 == 0x45 || $0 == 0x2b || $0 == 0x2d || $0 == 0x5f }) else {
            return nil
        }
        return Double(s)
    }

    /// cast's `trimZeroDecimal`: "12.000" → "12".
    static func trimZeroDecimal(_ s: String) -> String {
        guard let dot = s.firstIndex(of: ".") else { return s }
        let frac = s[s.index(after: dot)...]
        if !frac.isEmpty && frac.allSatisfy({ $0 == "0" }) { return String(s[..<dot]) }
        if frac.isEmpty { return s }
        return s
    }

    /// Sprig's `strval`: strings as is, `[]byte` as text, Stringers via `String()`, else `%v`.
    static func strval(_ v: TemplateValue) -> String {
        switch v {
        case .string(let s): return s
        case .bytes(let b): return String(decoding: b, as: UTF8.self)
        case .object(let o): return o.formatted
        default: return GoFormatter.format(v, verb: "v")
        }
    }

    /// Sprig's `empty`: the zero value of its type (structs are never empty).
    static func empty(_ v: TemplateValue) -> Bool {
        switch v {
        case .object(let o):
            if let view = o.collectionView { return empty(view) }
            return false
        default: return !v.isTruthy
        }
    }

    /// Sprig's `strslice` (`toStrings`, `join`): nils are dropped.
    static func strslice(_ v: TemplateValue) -> [String] {
        switch v {
        case .list(let items, _):
            return items.compactMap { if case .null = $0 { return nil }; return strval($0) }
        case .bytes(let b):
            return b.map { String($0) }
        case .null: return []
        case .object(let o):
            if let view = o.collectionView { return strslice(view) }
            return [strval(v)]
        default: return [strval(v)]
        }
    }

    /// Elements of a Go slice or array, or nil when `v` is none.
    static func listElements(_ v: TemplateValue) -> [TemplateValue]? {
        switch v {
        case .list(let items, _): return items
        case .bytes(let b): return b.map { .uint(UInt64($0)) }
        case .object(let o):
            if let view = o.collectionView, case .list(let items, _) = view { return items }
            return nil
        default: return nil
        }
    }
}
