import Foundation

/// Go's float formatting (`strconv.FormatFloat` as fmt uses it): shortest digits for `%v`/`%g`
/// and exact rounding for explicit precisions.
enum GoFloat {
    /// Shortest decimal digits that round-trip, and the decimal point position:
    /// value = 0.DIGITS × 10^dp.
    static func shortestDigits(_ v: Double) -> (digits: [UInt8], dp: Int) {
        let s = "\(abs(v))"
        var mantissa = Substring(s)
        var exp = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = s[..<e]
            exp = Int(s[s.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var dp = 0
        var seenPoint = false
        for c in mantissa.utf8 {
            if c == UInt8(ascii: ".") { seenPoint = true; continue }
            digits.append(c)
            if !seenPoint { dp += 1 }
        }
        // Strip leading zeros (0.001 → digits 1, dp -2) and trailing zeros.
        while let f = digits.first, f == UInt8(ascii: "0"), digits.count > 1 { digits.removeFirst(); dp -= 1 }
        while let l = digits.last, l == UInt8(ascii: "0"), digits.count > 1 { digits.removeLast() }
        if digits == [UInt8(ascii: "0")] { return (digits, 1) }
        return (digits, dp + exp)
    }

    /// `strconv.FormatFloat(v, fmt, prec, 64)` for fmt in e, E, f, g, G.
    static func format(_ v: Double, verb: Character, precision: Int?) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
        let negative = v.sign == .minus
        let sign = negative ? "-" : ""
        switch verb {
        case "e", "E":
            if let p = precision { return cFormat(v, "%.\(p)\(verb)") }
            let (d, dp) = shortestDigits(v)
            return sign + exponential(d, dp: dp, upper: verb == "E")
        case "f", "F":
            if let p = precision { return cFormat(v, "%.\(p)f") }
            let (d, dp) = shortestDigits(v)
            return sign + fixed(d, dp: dp)
        default: // g, G
            let upper = verb == "G"
            if let p0 = precision {
                let p = p0 == 0 ? 1 : p0
                // Round to p significant digits, then choose %e or %f as Go does.
                let e = cFormat(abs(v), "%.\(p - 1)e")
                let parts = e.split(separator: "e")
                let mant = parts[0].filter { $0 != "." }
                let exp = Int(parts.count > 1 ? parts[1] : "0") ?? 0
                var digits = Array(mant.utf8)
                while let l = digits.last, l == UInt8(ascii: "0"), digits.count > 1 { digits.removeLast() }
                var eprec = p
                if eprec > digits.count && digits.count >= exp + 1 { eprec = digits.count }
                if exp < -4 || exp >= eprec { return sign + exponential(digits, dp: exp + 1, upper: upper) }
                return sign + fixed(digits, dp: exp + 1)
            }
            let (d, dp) = shortestDigits(v)
            let exp = dp - 1
            if exp < -4 || exp >= 6 { return sign + exponential(d, dp: dp, upper: upper) }
            return sign + fixed(d, dp: dp)
        }
    }

    private static func cFormat(_ v: Double, _ f: String) -> String { String(format: f, v) }

    static func exponential(_ d: [UInt8], dp: Int, upper: Bool) -> String {
        var s = String(decoding: d.prefix(1), as: UTF8.self)
        if d.count > 1 { s += "." + String(decoding: d.dropFirst(), as: UTF8.self) }
        let exp = d == [UInt8(ascii: "0")] ? 0 : dp - 1
        s += upper ? "E" : "e"
        s += exp < 0 ? "-" : "+"
        let a = abs(exp)
        s += a < 10 ? "0\(a)" : "\(a)"
        return s
    }

    static func fixed(_ d: [UInt8], dp: Int) -> String {
        let digits = String(decoding: d, as: UTF8.self)
        if dp <= 0 { return "0." + String(repeating: "0", count: -dp) + digits }
        if dp >= d.count { return digits + String(repeating: "0", count: dp - d.count) }
        let i = digits.index(digits.startIndex, offsetBy: dp)
        return String(digits[..<i]) + "." + String(digits[i...])
    }
}
