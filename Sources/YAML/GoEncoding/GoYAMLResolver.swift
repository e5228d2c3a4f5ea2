/// goyaml.v2's YAML 1.1 implicit typing of plain scalars (`resolve` in resolve.go): the
/// bool words (`y`, `yes`, `on`, `off`, … in three spellings), nulls, `.inf`/`.nan`, ints
/// through Go's `strconv.ParseInt(s, 0, 64)` after dropping `_`, then uint64, then floats,
/// and timestamps (which decode into `interface{}` as their original text).
enum GoYAMLResolver {
    enum Resolved: Equatable {
        case null
        case bool(Bool)
        case int(Int64)
        case uint(UInt64)
        case float(Double)
        /// Looks like a timestamp; goyaml.v2 keeps the text when decoding into interface{}.
        case timestamp
        case string
    }

    private static let words: [String: Resolved] = {
        var m: [String: Resolved] = [:]
        for w in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { m[w] = .bool(true) }
        for w in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] { m[w] = .bool(false) }
        for w in ["", "~", "null", "Null", "NULL"] { m[w] = .null }
        for w in [".nan", ".NaN", ".NAN"] { m[w] = .float(.nan) }
        for w in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { m[w] = .float(.infinity) }
        for w in ["-.inf", "-.Inf", "-.INF"] { m[w] = .float(-.infinity) }
        return m
    }()

    /// The type goyaml.v2 gives an untagged plain scalar. (`<<` resolves as a string: goyaml.v2
    /// only looks words up when the first byte is a hint, and `<` is none; merges are found by
    /// the decoder from the key's text.)
    static func resolve(_ s: String) -> Resolved { resolve(Array(s.utf8)) }

    static func resolve(_ bytes: [UInt8]) -> Resolved {
        guard let first = bytes.first else { return .null }
        let isDigit = first >= 0x30 && first <= 0x39
        let isSign = first == 0x2B || first == 0x2D
        // y Y n N t T f F o O ~ (a switch: `String.UTF8View.contains` costs hundreds of
        // instructions, and every scalar of every toYaml comes through here).
        let isMapHint: Bool
        switch first {
        case 0x79, 0x59, 0x6E, 0x4E, 0x74, 0x54, 0x66, 0x46, 0x6F, 0x4F, 0x7E: isMapHint = true
        default: isMapHint = false
        }
        guard isDigit || isSign || isMapHint || first == 0x2E else { return .string }
        if bytes.count <= 6, let word = words[String(decoding: bytes, as: UTF8.self)] { return word }
        if first == 0x2E {
            if let f = parseFloat(bytes), f.isFinite { return .float(f) }
            return .string
        }
        guard isDigit || isSign else { return .string }
        if isTimestamp(bytes) { return .timestamp }
        let plain = bytes.filter { $0 != 0x5F }
        if let i = parseGoInt(plain) { return .int(i) }
        if let u = parseGoUint(plain) { return .uint(u) }
        if isYAMLStyleFloat(plain), let f = parseFloat(plain), f.isFinite { return .float(f) }
        return .string
    }

    /// Go's `strconv.ParseFloat` for the decimal forms that reach it here; nil on syntax error
    /// (overflow comes back infinite and callers treat it as Go's ErrRange).
    static func parseFloat(_ bytes: [UInt8]) -> Double? {
        // Only [-+]digits[.digits][e[-+]digits] shapes reach this, or `.5`-style ones; check
        // the shape so Swift's looser parser (hex, "inf", "nan") cannot accept more than Go.
        var i = 0
        if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
        var mantissaDigits = 0
        while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1; mantissaDigits += 1 }
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return nil }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            var expDigits = 0
            while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1; expDigits += 1 }
            guard expDigits > 0 else { return nil }
        }
        guard i == bytes.count else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
    static func isYAMLStyleFloat(_ b: [UInt8]) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            return i - start
        }
        if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
        if i < b.count, b[i] == 0x2E {
            i += 1
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if i < b.count, b[i] == 0x2E { i += 1; _ = digits() }
        }
        if i < b.count, b[i] == 0x65 || b[i] == 0x45 {
            i += 1
            if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == b.count
    }

    /// `strconv.ParseUint(s, 0, 64)`: optional 0b/0o/0x prefix, a leading 0 means octal.
    static func parseGoUint(_ s: ArraySlice<UInt8>) -> UInt64? {
        guard !s.isEmpty else { return nil }
        var s = s
        var base: UInt64 = 10
        if s.first == 0x30 {
            let second = s.count >= 3 ? s[s.startIndex + 1] | 0x20 : 0
            switch second {
            case 0x62: base = 2; s = s.dropFirst(2)
            case 0x6F: base = 8; s = s.dropFirst(2)
            case 0x78: base = 16; s = s.dropFirst(2)
            default: base = 8; s = s.dropFirst(1)
            }
        }
        var n: UInt64 = 0
        for c in s {
            let d: UInt64
            switch c {
            case 0x30...0x39: d = UInt64(c - 0x30)
            case 0x61...0x7A: d = UInt64(c - 0x61 + 10)
            case 0x41...0x5A: d = UInt64(c - 0x41 + 10)
            default: return nil
            }
            guard d < base else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: base)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            n = a
        }
        return n
    }

    static func parseGoUint(_ s: [UInt8]) -> UInt64? { parseGoUint(s[...]) }

    /// `strconv.ParseInt(s, 0, 64)`.
    static func parseGoInt(_ s: [UInt8]) -> Int64? {
        guard let first = s.first else { return nil }
        var negative = false
        var body = s[...]
        if first == 0x2B || first == 0x2D { negative = first == 0x2D; body = body.dropFirst() }
        guard let u = parseGoUint(body) else { return nil }
        if negative {
            if u > UInt64(Int64.max) + 1 { return nil }
            return u == UInt64(Int64.max) + 1 ? Int64.min : -Int64(u)
        }
        return u > UInt64(Int64.max) ? nil : Int64(u)
    }

    /// goyaml.v2 `isBase60Float`: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`. Such
    /// strings decode as strings but are quoted on output for YAML 1.1 readers.
    static func isBase60Float(_ b: [UInt8]) -> Bool {
        var i = 0
        func isDigit(_ j: Int) -> Bool { j < b.count && b[j] >= 0x30 && b[j] <= 0x39 }
        if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
        guard isDigit(i) else { return false }
        i += 1
        while i < b.count, isDigit(i) || b[i] == 0x5F { i += 1 }
        var groups = 0
        while i < b.count, b[i] == 0x3A {
            i += 1
            // [0-5]?[0-9]: one digit, or two with the first in 0-5.
            if isDigit(i), isDigit(i + 1), b[i] <= 0x35 { i += 2 } else if isDigit(i) { i += 1 } else { return false }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < b.count, b[i] == 0x2E {
            i += 1
            while i < b.count, isDigit(i) || b[i] == 0x5F { i += 1 }
        }
        return i == b.count
    }
}
