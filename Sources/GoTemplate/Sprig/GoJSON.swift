/// encoding/json for template values: `Marshal` (sorted keys, HTML-safe escapes unless raw,
/// Go's float text) and `Unmarshal` into `interface{}` (numbers become float64).
enum GoJSON {
    struct UnsupportedValue: Error, CustomStringConvertible {
        let description: String
    }

    static func encode(_ v: TemplateValue, escapeHTML: Bool = true, indent: String? = nil) throws -> String {
        var out = ""
        try write(v, into: &out, escapeHTML: escapeHTML, indent: indent, level: 0)
        return out
    }

    private static func newline(_ out: inout String, _ indent: String?, _ level: Int) {
        guard let indent else { return }
        out += "\n"
        for _ in 0..<level { out += indent }
    }

    private static func write(_ v: TemplateValue, into out: inout String, escapeHTML: Bool, indent: String?, level: Int) throws {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .int64(let i): out += String(i)
        case .uint(let u): out += String(u)
        case .float(let f): out += try float(f)
        case .string(let s): quote(s, into: &out, escapeHTML: escapeHTML)
        case .bytes(let b): quote(Base64.encode(b), into: &out, escapeHTML: escapeHTML)
        case .list(let items, _):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                try write(item, into: &out, escapeHTML: escapeHTML, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "]"
        case .map(let m):
            if m.count == 0 { out += "{}"; return }
            out += "{"
            for (i, key) in m.sortedKeys.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                quote(key, into: &out, escapeHTML: escapeHTML)
                out += indent == nil ? ":" : ": "
                try write(m[key] ?? .null, into: &out, escapeHTML: escapeHTML, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "}"
        case .object(let o):
            try write(o.encodedValue, into: &out, escapeHTML: escapeHTML, indent: indent, level: level)
        }
    }

    /// Go's float text in JSON: `%f`-style shortest, `%e` below 1e-6 or from 1e21.
    static func float(_ f: Double) throws -> String {
        guard f.isFinite else {
            throw UnsupportedValue(description: "json: unsupported value: \(GoFloat.format(f, verb: "g", precision: nil))")
        }
        let a = abs(f)
        if a != 0 && (a < 1e-6 || a >= 1e21) {
            var s = GoFloat.format(f, verb: "e", precision: nil)
            // e-07 → e-7
            if let e = s.range(of: "e-0") { s.replaceSubrange(e, with: "e-") }
            else if let e = s.range(of: "e+0") { s.replaceSubrange(e, with: "e+") }
            return s
        }
        return GoFloat.format(f, verb: "f", precision: nil)
    }

    static func quote(_ s: String, into out: inout String, escapeHTML: Bool) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "<", ">", "&":
                if escapeHTML { out += u == "<" ? "\\u003c" : (u == ">" ? "\\u003e" : "\\u0026") } else { out.unicodeScalars.append(u) }
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 {
                    var h = String(u.value, radix: 16)
                    while h.count < 4 { h = "0" + h }
                    out += "\\u" + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }

    // MARK: - decoding

    struct SyntaxError: Error, CustomStringConvertible { let description: String }

    static func decode(_ text: String) throws -> TemplateValue {
        var p = Parser(bytes: Array(text.utf8))
        p.skipSpace()
        if p.i >= p.bytes.count { throw SyntaxError(description: "unexpected end of JSON input") }
        let v = try p.value()
        p.skipSpace()
        if p.i < p.bytes.count {
            throw SyntaxError(description: "invalid character \(p.describe(p.bytes[p.i])) after top-level value")
        }
        return v
    }

    struct Parser {
        let bytes: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
        }

        func describe(_ b: UInt8) -> String {
            if b == UInt8(ascii: "'") { return "'\\''" }
            if b == UInt8(ascii: "\"") { return "'\"'" }
            if b >= 0x20 && b < 0x7f { return "'\(Character(Unicode.Scalar(b)))'" }
            return goQuote(String(Character(Unicode.Scalar(b))))
        }

        func eof() -> SyntaxError { SyntaxError(description: "unexpected end of JSON input") }

        mutating func value() throws -> TemplateValue {
            skipSpace()
            guard i < bytes.count else { throw eof() }
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "{"):
                i += 1
                let m = TemplateMap()
                skipSpace()
                if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .map(m) }
                while true {
                    skipSpace()
                    guard i < bytes.count else { throw eof() }
                    guard bytes[i] == UInt8(ascii: "\"") else {
                        throw SyntaxError(description: "invalid character \(describe(bytes[i])) looking for beginning of object key string")
                    }
                    let key = try string()
                    skipSpace()
                    guard i < bytes.count else { throw eof() }
                    guard bytes[i] == UInt8(ascii: ":") else {
                        throw SyntaxError(description: "invalid character \(describe(bytes[i])) after object key")
                    }
                    i += 1
                    m[key] = try value()
                    skipSpace()
                    guard i < bytes.count else { throw eof() }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .map(m) }
                    throw SyntaxError(description: "invalid character \(describe(bytes[i])) after object key:value pair")
                }
            case UInt8(ascii: "["):
                i += 1
                var items: [TemplateValue] = []
                skipSpace()
                if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
                while true {
                    items.append(try value())
                    skipSpace()
                    guard i < bytes.count else { throw eof() }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
                    throw SyntaxError(description: "invalid character \(describe(bytes[i])) after array element")
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = i
                i += 1
                while i < bytes.count, "0123456789.eE+-".utf8.contains(bytes[i]) { i += 1 }
                let text = String(decoding: bytes[start..<i], as: UTF8.self)
                guard let f = Double(text) else { throw SyntaxError(description: "invalid character in numeric literal") }
                return .float(f)
            default:
                throw SyntaxError(description: "invalid character \(describe(b)) looking for beginning of value")
            }
        }

        mutating func literal(_ word: String, _ v: TemplateValue) throws -> TemplateValue {
            let w = Array(word.utf8)
            for (k, c) in w.enumerated() {
                guard i + k < bytes.count else { throw eof() }
                if bytes[i + k] != c {
                    throw SyntaxError(description: "invalid character \(describe(bytes[i + k])) in literal \(word) (expecting \(describe(c)))")
                }
            }
            i += w.count
            return v
        }

        mutating func string() throws -> String {
            i += 1
            var out: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
                if b < 0x20 { throw SyntaxError(description: "invalid character \(describe(b)) in string literal") }
                if b == UInt8(ascii: "\\") {
                    i += 1
                    guard i < bytes.count else { throw eof() }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "n"): out.append(10)
                    case UInt8(ascii: "t"): out.append(9)
                    case UInt8(ascii: "r"): out.append(13)
                    case UInt8(ascii: "b"): out.append(8)
                    case UInt8(ascii: "f"): out.append(12)
                    case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "\""): out.append(e)
                    case UInt8(ascii: "u"):
                        guard i + 4 <= bytes.count, var v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else {
                            throw SyntaxError(description: "invalid character in \\u hexadecimal character escape")
                        }
                        i += 4
                        if v >= 0xD800 && v < 0xDC00, i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                           let lo = UInt32(String(decoding: bytes[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16), lo >= 0xDC00, lo < 0xE000 {
                            v = 0x10000 + (v - 0xD800) << 10 + (lo - 0xDC00)
                            i += 6
                        }
                        let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                        out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    default:
                        throw SyntaxError(description: "invalid character \(describe(e)) in string escape code")
                    }
                    continue
                }
                out.append(b)
                i += 1
            }
            throw eof()
        }
    }
}
