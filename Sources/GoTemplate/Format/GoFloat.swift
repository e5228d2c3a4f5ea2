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

    /// strconv 'x' format: `0x1.921f9f01b866ep+01` (shortest unless a precision is given).
    static func hex(_ v: Double, upper: Bool, precision: Int?) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
        let sign = v.sign == .minus ? "-" : ""
        var mant = v.significandBitPattern
        var exp = Int(v.exponent)
        if v == 0 {
            exp = 0
            mant = 0
        } else if v.isSubnormal {
            // Normalise: shift the leading 1 up to the implicit-bit position.
            var m = mant
            var e = -1022
            while m & (1 << 52) == 0 { m <<= 1; e -= 1 }
            mant = m & ((1 << 52) - 1)
            exp = e
        }
        var lead: UInt64 = v == 0 ? 0 : 1
        var digits = String(mant, radix: 16)
        while digits.count < 13 { digits = "0" + digits }
        if let p = precision, p < 13 {
            // Round the 52-bit fraction to p hex digits, half to even.
            let shift = UInt64(52 - 4 * p)
            var full = (lead << 52) | mant
            let half: UInt64 = shift > 0 ? 1 << (shift - 1) : 0
            let rem = shift > 0 ? full & ((1 << shift) - 1) : 0
            full >>= shift
            if rem > half || (rem == half && full & 1 == 1) { full += 1 }
            if full >> UInt64(4 * p) > 1 { full >>= 1; exp += 1 }
            lead = full >> UInt64(4 * p)
            let frac = full & ((1 << UInt64(4 * p)) - 1)
            digits = p == 0 ? "" : String(frac, radix: 16)
            while digits.count < p { digits = "0" + digits }
        } else {
            while digits.hasSuffix("0") { digits.removeLast() }
            if let p = precision { while digits.count < p { digits += "0" } }
        }
        var s = sign + "0x" + String(lead) + (digits.isEmpty ? "" : "." + digits) + "p"
        s += exp < 0 ? "-" : "+"
        let a = abs(exp)
        s += a < 10 ? "0\(a)" : "\(a)"
        return upper ? s.uppercased() : s
    }
}
