/// How kustomize finally prints a number: the value goes yaml.v3 → encoding/json →
/// goyaml.v2 → text (api/resource `AsYAML` is `JSONToYAML(MarshalJSON())`). encoding/json
/// writes integral floats below 1e21 as plain digits, which goyaml.v2 then reads back as
/// integers when they fit 64 bits; every other float is printed by goyaml.v2 with
/// `strconv.FormatFloat(f, 'g', -1, 64)`.
enum GoNumberText {
    /// Text of a YAML float after the JSON round trip (`1e3` → `1000`, `3.10` → `3.1`,
    /// `1e21` → `1e+21`, `0.000001` → `1e-06`).
    static func float(_ f: Double) -> String {
        if f.isNaN { return ".nan" }
        if f.isInfinite { return f < 0 ? "-.inf" : ".inf" }
        if f == 0 { return "0" }
        let (digits, point) = shortestDigits(f)
        let negative = f < 0
        if f.rounded(.towardZero) == f, abs(f) < 1e21 {
            var text = negative ? "-" : ""
            text += digits
            text += String(repeating: "0", count: max(0, point - digits.utf8.count))
            if negative ? Int64(text) != nil : UInt64(text) != nil { return text }
        }
        return formatG(digits: digits, point: point, negative: negative)
    }

    /// Go `strconv.FormatFloat(f, 'g', -1, 64)` from shortest digits `0.d1d2… × 10^point`.
    static func formatG(digits: String, point: Int, negative: Bool) -> String {
        var out = negative ? "-" : ""
        let d = Array(digits.utf8)
        let exp = point - 1
        if exp < -4 || exp >= 6 {
            out.unicodeScalars.append(Unicode.Scalar(d[0]))
            if d.count > 1 {
                out += "."
                out += String(decoding: d[1...], as: UTF8.self)
            }
            out += exp < 0 ? "e-" : "e+"
            let e = abs(exp)
            if e < 10 { out += "0" }
            out += String(e)
            return out
        }
        if point <= 0 {
            out += "0." + String(repeating: "0", count: -point) + digits
        } else if point >= d.count {
            out += digits + String(repeating: "0", count: point - d.count)
        } else {
            out += String(decoding: d[..<point], as: UTF8.self) + "." + String(decoding: d[point...], as: UTF8.self)
        }
        return out
    }

    /// Shortest round-trip decimal digits (no leading/trailing zeros) and the decimal point
    /// position, taken from Swift's description, which is shortest round-trip like Go's.
    static func shortestDigits(_ f: Double) -> (digits: String, point: Int) {
        let text = abs(f).description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = mantissa
        var fracPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var all = Array((intPart + fracPart).utf8)
        var point = intPart.utf8.count + exponent
        var lead = 0
        while lead < all.count - 1, all[lead] == UInt8(ascii: "0") { lead += 1 }
        all.removeFirst(lead)
        point -= lead
        while all.count > 1, all.last == UInt8(ascii: "0") { all.removeLast() }
        return (String(decoding: all, as: UTF8.self), point)
    }

    /// Decimal text of a Go-syntax YAML integer (`0x1F` → `31`, `0755` → `493`, `1_000` →
    /// `1000`), or nil when it is not one (yaml.v3 would then fail to decode it).
    static func integer(_ text: String) -> String? {
        var s = Substring(text.filter { $0 != "_" })
        var negative = false
        if let c = s.first, c == "+" || c == "-" {
            negative = c == "-"
            s = s.dropFirst()
        }
        var radix = 10
        if s.count > 1, s.first == "0" {
            let second = s[s.index(after: s.startIndex)]
            switch second {
            case "x", "X": radix = 16; s = s.dropFirst(2)
            case "o", "O": radix = 8; s = s.dropFirst(2)
            case "b", "B": radix = 2; s = s.dropFirst(2)
            default: radix = 8; s = s.dropFirst()
            }
        }
        guard !s.isEmpty, let magnitude = UInt64(s, radix: radix) else { return nil }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == 0 ? "0" : "-" + String(magnitude)
        }
        return String(magnitude)
    }
}
