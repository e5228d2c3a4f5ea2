extension NumberLiteral {
    /// Go's `newNumber`: records every interpretation of the literal (int, uint, float).
    /// Returns nil for text that is no number (the parser reports `illegal number syntax`).
    init?(parsing text: String, isChar: Bool) {
        self.init(text: text)
        if isChar {
            guard let s = goUnquote(text), let r = s.unicodeScalars.first else { return nil }
            self.isChar = true
            isInt = true; isUint = true; isFloat = true
            int64 = Int64(r.value); uint64 = UInt64(r.value); float64 = Double(r.value)
            return
        }
        // Plain decimal integers ("0", "2", "63": nearly every literal in a chart).
        let utf8 = text.utf8
        if let first = utf8.first, utf8.count <= 18, first != UInt8(ascii: "0") || utf8.count == 1,
           utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            let value = utf8.reduce(Int64(0)) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
            isInt = true; isUint = true; isFloat = true
            int64 = value; uint64 = UInt64(value); float64 = Double(value)
            return
        }
        if text.hasSuffix("i") { return nil }
        if let u = NumberLiteral.parseUnsigned(text) {
            isUint = true; uint64 = u
        }
        if let i = NumberLiteral.parseSigned(text) {
            isInt = true; int64 = i
            if i == 0 { isUint = true; uint64 = 0 }
        }
        if isInt {
            isFloat = true; float64 = Double(int64)
        } else if isUint {
            isFloat = true; float64 = Double(uint64)
        } else if let f = NumberLiteral.parseFloat(text) {
            if !text.contains(where: { ".eEpP".contains($0) }) { return nil }
            isFloat = true; float64 = f
            if f.isFinite, f >= -9.223372036854775808e18, f < 9.223372036854775808e18, Double(Int64(f)) == f {
                isInt = true; int64 = Int64(f)
            }
            if f.isFinite, f >= 0, f < 1.8446744073709551616e19, Double(UInt64(f)) == f {
                isUint = true; uint64 = UInt64(f)
            }
        }
        if !isInt && !isUint && !isFloat { return nil }
    }

    /// strconv.ParseUint(text, 0, 64)
    static func parseUnsigned(_ text: String) -> UInt64? {
        var s = Substring(text)
        if s.hasPrefix("+") || s.hasPrefix("-") { return nil }
        var base = 10
        var hadPrefix = false
        if s.hasPrefix("0x") || s.hasPrefix("0X") { base = 16; s = s.dropFirst(2); hadPrefix = true }
        else if s.hasPrefix("0o") || s.hasPrefix("0O") { base = 8; s = s.dropFirst(2); hadPrefix = true }
        else if s.hasPrefix("0b") || s.hasPrefix("0B") { base = 2; s = s.dropFirst(2); hadPrefix = true }
        else if s.count > 1 && s.hasPrefix("0") { base = 8; s = s.dropFirst(1); hadPrefix = true }
        if s.contains("_") {
            // Underscores only between digits (or right after a base prefix).
            if s.hasSuffix("_") || s.contains("__") || (!hadPrefix && s.hasPrefix("_")) { return nil }
            s = Substring(s.filter { $0 != "_" })
        }
        if s.isEmpty { return nil }
        return UInt64(s, radix: base)
    }

    /// strconv.ParseInt(text, 0, 64)
    static func parseSigned(_ text: String) -> Int64? {
        var negative = false
        var body = Substring(text)
        if body.hasPrefix("+") { body = body.dropFirst() } else if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        guard let u = parseUnsigned(String(body)) else { return nil }
        if negative {
            if u <= UInt64(Int64.max) { return -Int64(u) }
            if u == UInt64(Int64.max) + 1 { return Int64.min }
            return nil
        }
        return u <= UInt64(Int64.max) ? Int64(u) : nil
    }

    static func parseFloat(_ text: String) -> Double? {
        let cleaned = String(text.filter { $0 != "_" })
        if cleaned.lowercased().hasPrefix("0x") || cleaned.lowercased().hasPrefix("-0x") || cleaned.lowercased().hasPrefix("+0x") {
            return nil
        }
        guard let f = Double(cleaned) else { return nil }
        return f
    }
}

