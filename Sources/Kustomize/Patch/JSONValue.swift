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
            let text = GoFloat.json(f)
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

/// Go's float formatting, from Swift's shortest round-trip digits.
enum GoFloat {
    /// Shortest decimal digits and the decimal point position (value = 0.digits × 10^dp).
    static func digits(_ x: Double) -> (digits: [UInt8], dp: Int) {
        var text = Array(abs(x).description.utf8)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            exp = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
            text = Array(text[..<e])
        }
        var digits: [UInt8] = []
        var intCount = 0
        var seenDot = false
        for c in text {
            if c == UInt8(ascii: ".") { seenDot = true; continue }
            digits.append(c)
            if !seenDot { intCount += 1 }
        }
        var dp = intCount + exp
        while let first = digits.first, first == UInt8(ascii: "0") { digits.removeFirst(); dp -= 1 }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { return ([UInt8(ascii: "0")], 1) }
        return (digits, dp)
    }

    /// strconv `%e` with shortest digits: `1.5e+06`, `1e-07`.
    static func eFormat(_ x: Double) -> String {
        let (d, dp) = digits(x)
        var out = x.sign == .minus ? "-" : ""
        out += String(UnicodeScalar(d[0]))
        if d.count > 1 { out += "." + String(decoding: d[1...], as: UTF8.self) }
        let exp = x == 0 ? 0 : dp - 1
        out += exp < 0 ? "e-" : "e+"
        let e = String(abs(exp))
        out += e.count < 2 ? "0" + e : e
        return out
    }

    /// strconv `%f` with shortest digits: `25000000000`, `0.0001`.
    static func fFormat(_ x: Double) -> String {
        let (d, dp) = digits(x)
        let s = String(decoding: d, as: UTF8.self)
        var out = x.sign == .minus ? "-" : ""
        if x == 0 { return out + "0" }
        if dp <= 0 {
            out += "0." + String(repeating: "0", count: -dp) + s
        } else if dp >= d.count {
            out += s + String(repeating: "0", count: dp - d.count)
        } else {
            out += String(s.prefix(dp)) + "." + String(s.dropFirst(dp))
        }
        return out
    }

    /// strconv.FormatFloat(x, 'g', -1, 64), which yaml.v3 uses for floats.
    static func g(_ x: Double) -> String {
        if x.isNaN { return ".nan" }
        if x.isInfinite { return x < 0 ? "-.inf" : ".inf" }
        if x == 0 { return x.sign == .minus ? "-0" : "0" }
        let exp = digits(x).dp - 1
        return exp < -4 || exp >= 6 ? eFormat(x) : fFormat(x)
    }

    /// encoding/json's float encoding: `%f` unless tiny or huge, exponents without padding.
    static func json(_ x: Double) -> String {
        let a = abs(x)
        if a != 0 && (a < 1e-6 || a >= 1e21) {
            var s = eFormat(x)
            if let r = s.range(of: "e-0") { s.replaceSubrange(r, with: "e-") }
            return s
        }
        return fFormat(x)
    }
}

private extension String {
    func range(of needle: String) -> Range<String.Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
            i = index(after: i)
        }
        return nil
    }
}
