/// The implicit tag yaml.v3 gives an untagged plain scalar (matches go-yaml v3 `resolve("", s)`
/// in resolve.go). kyaml uses yaml.v3, so this decides both what a parsed scalar *is* and,
/// when emitting, whether a string must be quoted to stay a string.
///
/// YAML 1.2 core schema as yaml.v3 reads it: `true/True/TRUE`, `false/…`, `~/null/Null/NULL`
/// and the empty string, Go-syntax integers (`0x`, `0o`, `0b`, leading-zero octal, `_`
/// separators), floats, `.inf/.nan` spellings, and timestamps (`2006-1-2`, optionally with a
/// time). `yes`/`on` and base-60 numbers are strings here.
public enum TagResolver {
    /// The short tag (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!timestamp`,
    /// `!!merge`) that an untagged plain scalar with this text resolves to.
    ///
    /// With `yaml11`, goyaml.v2's table instead (sigs.k8s.io/yaml, Helm): the YAML 1.1 words
    /// `y/Y/yes/Yes/YES/on/On/ON` and `n/N/no/No/NO/off/Off/OFF` are booleans too.
    public static func resolve(_ text: String, yaml11: Bool = false) -> String {
        var text = text
        return text.withUTF8 { resolve(bytes: $0, yaml11: yaml11) }
    }

    /// Byte-level form of `resolve(_:yaml11:)`.
    public static func resolve(bytes s: UnsafeBufferPointer<UInt8>, yaml11: Bool = false) -> String {
        guard let first = s.first else { return "!!null" }
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
            return keyword(s) ?? (yaml11 && isYAML11Bool(s) ? "!!bool" : "!!str")
        case UInt8(ascii: "."):
            if let k = keyword(s) { return k }
            return isDotFloat(s) ? "!!float" : "!!str"
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if let k = keyword(s) { return k }
            if isTimestamp(s) { return "!!timestamp" }
            var plain: [UInt8] = []
            plain.reserveCapacity(s.count)
            for b in s where b != UInt8(ascii: "_") { plain.append(b) }
            return plain.withUnsafeBufferPointer { p in
                if isGoInteger(p) { return "!!int" }
                if isYAMLFloat(p) { return "!!float" }
                return "!!str"
            }
        default:
            return "!!str"
        }
    }

    /// yaml.v3's `resolveMap`: exact spellings of bools, nulls and special floats. Compared
    /// as bytes: this runs for every plain scalar starting with one of these letters.
    private static func keyword(_ s: UnsafeBufferPointer<UInt8>) -> String? {
        guard s.count <= 6 else { return nil }
        for (word, tag) in keywords where word.count == s.count {
            if word.elementsEqual(s) { return tag }
        }
        return nil
    }

    private static let keywords: [([UInt8], String)] = {
        var out: [([UInt8], String)] = []
        for w in ["true", "True", "TRUE", "false", "False", "FALSE"] { out.append((Array(w.utf8), "!!bool")) }
        for w in ["~", "null", "Null", "NULL"] { out.append((Array(w.utf8), "!!null")) }
        for w in [".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF"] {
            out.append((Array(w.utf8), "!!float"))
        }
        return out
    }()

    private static func isYAML11Bool(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count <= 3 else { return false }
        switch String(decoding: s, as: UTF8.self) {
        case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF":
            return true
        default: return false
        }
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// Digits in `s[i...]`; returns the index after them.
    private static func skipDigits(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i
        while j < s.count, isDigit(s[j]) { j += 1 }
        return j
    }

    /// Go `strconv.ParseFloat` on text starting with '.': `.5`, `.5e3` (finite only).
    private static func isDotFloat(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isYAMLFloat(s) else { return false }
        return finite(s)
    }

    /// yaml.v3's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`,
    /// then `ParseFloat` must not overflow.
    static func isYAMLFloat(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
        if i < s.count, s[i] == UInt8(ascii: ".") {
            let j = skipDigits(s, i + 1)
            guard j > i + 1 else { return false }
            i = j
        } else {
            let j = skipDigits(s, i)
            guard j > i else { return false }
            i = j
            if i < s.count, s[i] == UInt8(ascii: ".") { i = skipDigits(s, i + 1) }
        }
        if i < s.count, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
            let j = skipDigits(s, i)
            guard j > i else { return false }
            i = j
        }
        return i == s.count && finite(s)
    }

    private static func finite(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let d = Double(String(decoding: s, as: UTF8.self)) else { return false }
        return d.isFinite
    }

    /// Go `strconv.ParseInt(s, 0, 64)`, falling back to `ParseUint(s, 0, 64)`: optional sign,
    /// `0x`/`0o`/`0b` prefixes, a leading `0` meaning octal, and the value must fit.
    static func isGoInteger(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var negative = false
        var signed = false
        if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
            negative = s[i] == UInt8(ascii: "-")
            signed = true
            i += 1
        }
        var base: UInt64 = 10
        if i + 1 < s.count, s[i] == UInt8(ascii: "0") {
            switch s[i + 1] | 0x20 {
            case UInt8(ascii: "x"): base = 16; i += 2
            case UInt8(ascii: "o"): base = 8; i += 2
            case UInt8(ascii: "b"): base = 2; i += 2
            default: base = 8; i += 1
            }
        }
        guard i < s.count else { return false }
        var value: UInt64 = 0
        var overflow = false
        while i < s.count {
            let b = s[i]
            let d: UInt64
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt64(b - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt64(b - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt64(b - 55)
            default: return false
            }
            guard d < base else { return false }
            let (m, o1) = value.multipliedReportingOverflow(by: base)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { overflow = true }
            value = a
            i += 1
        }
        if overflow { return false }
        if negative { return value <= UInt64(Int64.max) + 1 }
        if signed { return value <= UInt64(Int64.max) }
        return true  // up to UInt64.max via ParseUint, which takes no sign
    }

    /// yaml.v3 `parseTimestamp`: Go `time.Parse` with `2006-1-2T15:4:5.999999999Z07:00`
    /// (or lower-case `t`), `2006-1-2 15:4:5.999999999`, or `2006-1-2`.
    static func isTimestamp(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count >= 8, skipDigits(s, 0) == 4, s[4] == UInt8(ascii: "-") else { return false }
        var i = 5
        func number(maxDigits: Int = 2) -> Int? {
            guard i < s.count, isDigit(s[i]) else { return nil }
            var v = Int(s[i] - 48)
            i += 1
            if i < s.count, isDigit(s[i]) { v = v * 10 + Int(s[i] - 48); i += 1 }
            return v
        }
        let year = Int(String(decoding: s[0..<4], as: UTF8.self)) ?? 0
        guard let month = number(), (1...12).contains(month), i < s.count, s[i] == UInt8(ascii: "-") else {
            return false
        }
        i += 1
        guard let day = number(), day >= 1, day <= daysIn(month: month, year: year) else { return false }
        if i == s.count { return true }
        let sep = s[i]
        guard sep == UInt8(ascii: "T") || sep == UInt8(ascii: "t") || sep == UInt8(ascii: " ") else { return false }
        i += 1
        guard let hour = number(), hour < 24, i < s.count, s[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let minute = number(), minute < 60, i < s.count, s[i] == UInt8(ascii: ":") else { return false }
        i += 1
        guard let second = number(), second < 60 else { return false }
        if i + 1 < s.count, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ","), isDigit(s[i + 1]) {
            i = skipDigits(s, i + 1)
        }
        if sep == UInt8(ascii: " ") { return i == s.count }
        guard i < s.count else { return false }
        if s[i] == UInt8(ascii: "Z") { return i + 1 == s.count }
        guard s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-"), s.count - i == 6,
              isDigit(s[i + 1]), isDigit(s[i + 2]), s[i + 3] == UInt8(ascii: ":"),
              isDigit(s[i + 4]), isDigit(s[i + 5]) else { return false }
        return true
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
