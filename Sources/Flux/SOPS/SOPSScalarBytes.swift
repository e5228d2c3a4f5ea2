import YAML

/// How SOPS turns a leaf into MAC input (its `ToBytes`): strings as-is, integers in decimal,
/// floats in Go's shortest non-exponent form, booleans as `True`/`False`, timestamps as Go's
/// `time.Time.MarshalText` (yaml.v3 hands SOPS a `time.Time` for them); and how a decrypted
/// plaintext becomes a typed YAML scalar again.
enum SOPSScalarBytes {
    static func macBytes(of node: Node, decryptedText: String? = nil) -> [UInt8] {
        if let decryptedText { return Array(decryptedText.utf8) }
        switch node.tag {
        case "!!int": return Array((parseInt(node.value).map(String.init) ?? node.value).utf8)
        case "!!float": return Array((Double(goFloatText: node.value).map(formatFloat) ?? node.value).utf8)
        case "!!bool": return Array((parseBool(node.value).map { $0 ? "True" : "False" } ?? node.value).utf8)
        case "!!timestamp": return Array((GoTimestamp.rfc3339Nano(node.value) ?? node.value).utf8)
        default: return Array(node.value.utf8)
        }
    }

    /// The typed scalar for a decrypted plaintext plus the text SOPS would hash for it, or nil
    /// when the plaintext does not parse as its declared type.
    static func restore(_ text: String, kind: SOPSEncryptedValue.Kind, like original: Node) -> (node: Node, macText: String)? {
        var node = original
        node.style = []
        switch kind {
        case .str, .bytes, .comment:
            node.tag = "!!str"
            node.value = text
            // Keep strings that would read back as another type quoted.
            if needsQuoting(text) { node.style = .doubleQuoted }
            return (node, text)
        case .int, .int64:
            guard let v = Int(text) else { return nil }
            node.tag = "!!int"
            node.value = String(v)
            return (node, String(v))
        case .float:
            guard let v = Double(goFloatText: text) else { return nil }
            node.tag = "!!float"
            node.value = text
            return (node, formatFloat(v))
        case .time:
            guard TagResolver.resolve(text) == "!!timestamp", let normal = GoTimestamp.rfc3339Nano(text) else { return nil }
            node.tag = "!!timestamp"
            node.value = text
            return (node, normal)
        case .bool:
            guard let v = parseBool(text) else { return nil }
            node.tag = "!!bool"
            node.value = v ? "true" : "false"
            return (node, v ? "True" : "False")
        }
    }

    /// Plain scalars YAML 1.1/1.2 resolvers would not read back as strings.
    private static func needsQuoting(_ s: String) -> Bool {
        if s.isEmpty { return true }
        let lower = s.lowercased()
        if ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lower) { return true }
        if parseInt(s) != nil || Double(goFloatText: s) != nil { return true }
        return false
    }

    /// Go's `strconv.ParseBool`.
    static func parseBool(_ s: String) -> Bool? {
        switch s {
        case "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        default: return nil
        }
    }

    /// YAML integers as yaml.v3 resolves them: decimal, 0x, 0o and 0b, optional sign and `_`.
    static func parseInt(_ raw: String) -> Int? {
        var s = Substring(raw.replacingOccurrences(of: "_", with: ""))
        var negative = false
        if s.hasPrefix("-") { negative = true; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
        var radix = 10
        if s.hasPrefix("0x") { radix = 16; s = s.dropFirst(2) }
        else if s.hasPrefix("0o") { radix = 8; s = s.dropFirst(2) }
        else if s.hasPrefix("0b") { radix = 2; s = s.dropFirst(2) }
        guard !s.isEmpty, let v = Int(s, radix: radix) else { return nil }
        return negative ? -v : v
    }

    /// Go's `strconv.FormatFloat(v, 'f', -1, 64)`: shortest round-trip digits, never an exponent.
    static func formatFloat(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
        let text = "\(v)"
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        let mantissa = text[..<e]
        guard let exponent = Int(text[text.index(after: e)...]) else { return text }
        let negative = mantissa.hasPrefix("-")
        let digitsPart = negative ? mantissa.dropFirst() : mantissa[...]
        let pointIndex = digitsPart.firstIndex(of: ".").map { digitsPart.distance(from: digitsPart.startIndex, to: $0) } ?? digitsPart.count
        var digits = digitsPart.filter { $0 != "." }
        while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
        let point = pointIndex + exponent
        var out: String
        if point <= 0 {
            out = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            out = digits + String(repeating: "0", count: point - digits.count)
        } else {
            let idx = digits.index(digits.startIndex, offsetBy: point)
            out = digits[..<idx] + "." + digits[idx...]
        }
        return negative ? "-" + out : out
    }
}

extension Double {
    /// YAML/Go float text: `.inf`, `-.inf`, `.nan`, and ordinary decimal or exponent forms.
    init?(goFloatText s: String) {
        switch s.lowercased() {
        case ".inf", "+.inf": self = .infinity; return
        case "-.inf": self = -.infinity; return
        case ".nan": self = .nan; return
        default: break
        }
        let cleaned = s.replacingOccurrences(of: "_", with: "")
        guard let first = cleaned.first, first.isNumber || first == "-" || first == "+" || first == ".",
              let v = Double(cleaned) else { return nil }
        self = v
    }
}
