/// Go's `fmt` for template values: `print`, `println`, `printf` and the `%v` text of every
/// value an action prints (`map[a:1 b:2]`, `[a b]`, `<nil>`, `1e+06`, `%!d(float64=1)`).
enum GoFormatter {
    struct Spec {
        var minus = false, plus = false, sharp = false, space = false, zero = false
        var width: Int? = nil
        var precision: Int? = nil
        var verb: Character = "v"
    }

    static func format(_ v: TemplateValue, verb: Character) -> String {
        var s = Spec()
        s.verb = verb
        return formatted(v, s)
    }

    static func appendValue(_ v: TemplateValue, verb: Character, to out: inout [UInt8]) {
        out.append(contentsOf: format(v, verb: verb).utf8)
    }

    /// `fmt.Sprint`: spaces between operands when neither side is a string.
    static func sprint(_ args: [TemplateValue]) -> String {
        var out = ""
        var prevString = false
        for (i, a) in args.enumerated() {
            let isString: Bool = { if case .string = a { return true }; return false }()
            if i > 0 && !isString && !prevString { out += " " }
            out += format(a, verb: "v")
            prevString = isString
        }
        return out
    }

    /// `fmt.Sprintln`: spaces between every operand and a final newline.
    static func sprintln(_ args: [TemplateValue]) -> String {
        args.map { format($0, verb: "v") }.joined(separator: " ") + "\n"
    }

    /// `fmt.Sprintf`.
    static func sprintf(_ layout: String, _ args: [TemplateValue]) -> String {
        let f = Array(layout.unicodeScalars)
        var out = ""
        var argIndex = 0
        var i = 0
        while i < f.count {
            if f[i] != "%" {
                out.unicodeScalars.append(f[i])
                i += 1
                continue
            }
            i += 1
            var spec = Spec()
            flags: while i < f.count {
                switch f[i] {
                case "-": spec.minus = true; spec.zero = false
                case "+": spec.plus = true
                case "#": spec.sharp = true
                case " ": spec.space = true
                case "0": spec.zero = !spec.minus
                default: break flags
                }
                i += 1
            }
            // width
            if i < f.count && f[i] == "*" {
                i += 1
                if argIndex < args.count, let w = intArg(args[argIndex]) {
                    spec.width = w
                    if w < 0 { spec.minus = true; spec.width = -w; spec.zero = false }
                } else {
                    out += "%!(BADWIDTH)"
                }
                argIndex += 1
            } else {
                var w = 0, has = false
                while i < f.count, let d = f[i].properties.numericType != nil ? Int(String(f[i])) : nil { w = w * 10 + d; has = true; i += 1 }
                if has { spec.width = w }
            }
            // precision
            if i < f.count && f[i] == "." {
                i += 1
                if i < f.count && f[i] == "*" {
                    i += 1
                    if argIndex < args.count, let p = intArg(args[argIndex]) {
                        spec.precision = p < 0 ? nil : p
                    } else {
                        out += "%!(BADPREC)"
                    }
                    argIndex += 1
                } else {
                    var p = 0
                    while i < f.count, let d = f[i].properties.numericType != nil ? Int(String(f[i])) : nil { p = p * 10 + d; i += 1 }
                    spec.precision = p
                }
            }
            guard i < f.count else { out += "%!(NOVERB)"; break }
            let verb = Character(f[i])
            i += 1
            spec.verb = verb
            if verb == "%" { out += "%"; continue }
            guard argIndex < args.count else { out += "%!\(verb)(MISSING)"; continue }
            let arg = args[argIndex]
            argIndex += 1
            out += formatted(arg, spec)
        }
        if argIndex < args.count {
            out += "%!(EXTRA "
            out += args[argIndex...].map { a -> String in
                if case .null = a { return "<nil>" }
                return a.goTypeName + "=" + format(a, verb: "v")
            }.joined(separator: ", ")
            out += ")"
        }
        return out
    }

    private static func intArg(_ v: TemplateValue) -> Int? {
        switch v {
        case .int(let i): return i
        case .int64(let i): return Int(i)
        case .uint(let u): return Int(exactly: u)
        default: return nil
        }
    }

    /// `%!verb(type=value)`: the value printed with %v but the directive's flags (Go's `badVerb`).
    static func badVerb(_ v: TemplateValue, _ s: Spec) -> String {
        if case .null = v { return "%!\(s.verb)(<nil>)" }
        var asV = s
        asV.verb = "v"
        return "%!\(s.verb)(\(v.goTypeName)=\(formatted(v, asV)))"
    }

    /// Elements of slices and maps: a nil interface prints `<nil>` whatever the verb.
    static func element(_ v: TemplateValue, _ spec: Spec) -> String {
        if case .null = v { return pad("<nil>", spec) }
        return formatted(v, spec)
    }

    /// Pads to the width: spaces left or right, or zeros after the sign for numbers.
    static func pad(_ s: String, _ spec: Spec, numeric: Bool = false) -> String {
        guard let w = spec.width else { return s }
        let n = s.unicodeScalars.count
        guard n < w else { return s }
        let fill = w - n
        if spec.minus { return s + String(repeating: " ", count: fill) }
        if spec.zero && numeric {
            if let f = s.first, f == "-" || f == "+" || f == " " {
                return String(f) + String(repeating: "0", count: fill) + s.dropFirst()
            }
            return String(repeating: "0", count: fill) + s
        }
        if spec.zero && !numeric { return String(repeating: "0", count: fill) + s }
        return String(repeating: " ", count: fill) + s
    }

    static func formatted(_ v: TemplateValue, _ spec0: Spec) -> String {
        var spec = spec0
        // Go: with %v the + flag means "field names" (plusV), never a sign.
        if spec.verb == "v" { spec.plus = false }
        if spec.verb == "T" { return pad(v.goTypeName, spec) }
        switch v {
        case .null:
            if spec.verb == "v" { return pad("<nil>", spec) }
            return badVerb(v, spec)
        case .bool(let b):
            if spec.verb == "v" || spec.verb == "t" { return pad(b ? "true" : "false", spec) }
            return badVerb(v, spec)
        case .int(let i): return formatInteger(Int64(i), unsigned: nil, v, spec)
        case .int64(let i): return formatInteger(i, unsigned: nil, v, spec)
        case .uint(let u): return formatInteger(0, unsigned: u, v, spec)
        case .float(let f): return formatFloat(f, v, spec)
        case .string(let s):
            if spec.sharp && spec.verb == "v" { return pad(goQuote(s), spec) }
            return formatString(s, v, spec)
        case .bytes(let b):
            switch spec.verb {
            case "s", "q", "x", "X": return formatString(String(decoding: b, as: UTF8.self), v, spec)
            default:
                return formatList(b.map { TemplateValue.uint(UInt64($0)) }, kind: .interfaces, spec, typeName: "[]byte")
            }
        case .list(let items, let kind):
            return formatList(items, kind: kind, spec, typeName: v.goTypeName)
        case .map(let m):
            if spec.sharp && spec.verb == "v" {
                let body = m.sortedKeys.map { goQuote($0) + ":" + sharpV(m[$0] ?? .null) }.joined(separator: ", ")
                return "map[string]interface {}{" + body + "}"
            }
            let body = m.sortedKeys.map { k -> String in
                var ks = spec; ks.width = nil
                return formatted(.string(k), ks) + ":" + element(m[k] ?? .null, elementSpec(spec))
            }.joined(separator: " ")
            return pad("map[" + body + "]", spec)
        case .object(let o):
            switch spec.verb {
            case "v", "s": return pad(o.formatted, spec)
            case "q": return pad(goQuote(o.formatted), spec)
            default: return badVerb(v, spec)
            }
        }
    }

    private static func elementSpec(_ spec: Spec) -> Spec {
        var s = spec
        s.width = spec.width
        return s
    }

    static func sharpV(_ v: TemplateValue) -> String {
        switch v {
        case .null: return "<nil>"
        case .string(let s): return goQuote(s)
        case .list(let items, let kind):
            let inner = items.map(sharpV).joined(separator: ", ")
            return (kind == .strings ? "[]string{" : "[]interface {}{") + inner + "}"
        case .map:
            var s = Spec(); s.sharp = true
            return formatted(v, s)
        case .float(let f):
            let t = GoFloat.format(f, verb: "g", precision: nil)
            return t
        default: return format(v, verb: "v")
        }
    }

    private static func formatList(_ items: [TemplateValue], kind: TemplateListKind, _ spec: Spec, typeName: String) -> String {
        if spec.sharp && spec.verb == "v" { return sharpV(.list(items, kind)) }
        if kind == .strings || items.allSatisfy({ if case .string = $0 { return true }; return false }) {
            if spec.verb == "x" || spec.verb == "X" {
                // %x on a []string hex-encodes each element, space separated.
            }
        }
        let body = items.map { element($0, spec) }.joined(separator: " ")
        return "[" + body + "]"
    }

    private static func formatString(_ s: String, _ v: TemplateValue, _ spec: Spec) -> String {
        switch spec.verb {
        case "v", "s":
            var t = s
            if let p = spec.precision { t = String(String.UnicodeScalarView(s.unicodeScalars.prefix(p))) }
            return pad(t, spec)
        case "q":
            var t = s
            if let p = spec.precision { t = String(String.UnicodeScalarView(s.unicodeScalars.prefix(p))) }
            if spec.sharp && !t.contains("`") { return pad("`" + t + "`", spec) }
            return pad(spec.plus ? goQuoteASCII(t) : goQuote(t), spec)
        case "x", "X":
            let digits = spec.verb == "x" ? Array("0123456789abcdef") : Array("0123456789ABCDEF")
            var out = ""
            var bytes = Array(s.utf8)
            if let p = spec.precision { bytes = Array(bytes.prefix(p)) }
            for (i, b) in bytes.enumerated() {
                if spec.space && i > 0 { out += " " }
                if spec.sharp && (spec.space || i == 0) { out += spec.verb == "x" ? "0x" : "0X" }
                out.append(digits[Int(b >> 4)])
                out.append(digits[Int(b & 15)])
            }
            return pad(out, spec)
        default:
            return badVerb(v, spec)
        }
    }

    private static func formatInteger(_ i: Int64, unsigned: UInt64?, _ v: TemplateValue, _ spec: Spec) -> String {
        let negative = unsigned == nil && i < 0
        let magnitude: UInt64 = unsigned ?? i.magnitude
        func signed(_ body: String) -> String {
            var digits = body
            if let p = spec.precision {
                if p == 0 && magnitude == 0 { digits = "" }
                while digits.count < p { digits = "0" + digits }
            }
            var s = digits
            if negative { s = "-" + s } else if spec.plus { s = "+" + s } else if spec.space { s = " " + s }
            var sp = spec
            if spec.precision != nil { sp.zero = false }
            return pad(s, sp, numeric: true)
        }
        switch spec.verb {
        case "v", "d": return signed(String(magnitude))
        case "b": return signed(String(magnitude, radix: 2))
        case "o", "O":
            var d = String(magnitude, radix: 8)
            if spec.verb == "O" { d = "0o" + d } else if spec.sharp && d.first != "0" { d = "0" + d }
            return signed(d)
        case "x": return signed((spec.sharp ? "0x" : "") + String(magnitude, radix: 16))
        case "X": return signed((spec.sharp ? "0X" : "") + String(magnitude, radix: 16, uppercase: true))
        case "c":
            guard !negative, magnitude <= 0x10FFFF, let u = Unicode.Scalar(UInt32(magnitude)) else { return pad("\u{FFFD}", spec) }
            return pad(String(Character(u)), spec)
        case "q":
            guard !negative, magnitude <= 0x10FFFF, let u = Unicode.Scalar(UInt32(magnitude)) else { return pad("'\\ufffd'", spec) }
            return pad(goQuoteRune(u), spec)
        case "U":
            var h = String(magnitude, radix: 16, uppercase: true)
            while h.count < 4 { h = "0" + h }
            var s = "U+" + h
            if spec.sharp, magnitude <= 0x10FFFF, let u = Unicode.Scalar(UInt32(magnitude)), goIsPrint(u) {
                s += " '" + String(Character(u)) + "'"
            }
            return pad(s, spec)
        case "e", "E", "f", "F", "g", "G":
            return badVerb(v, spec)
        default:
            return badVerb(v, spec)
        }
    }

    private static func formatFloat(_ f: Double, _ v: TemplateValue, _ spec: Spec) -> String {
        var verb = spec.verb
        switch verb {
        case "v": verb = "g"
        case "e", "E", "f", "F", "g", "G": break
        case "x", "X":
            var s = GoFloat.hex(f, upper: verb == "X", precision: spec.precision)
            if !s.hasPrefix("-") { if spec.plus { s = "+" + s } else if spec.space { s = " " + s } }
            return pad(s, spec, numeric: true)
        case "b":
            return badVerb(v, spec)
        default:
            return badVerb(v, spec)
        }
        var precision = spec.precision
        if precision == nil && "eEfF".contains(verb) { precision = 6 }
        var s = GoFloat.format(f, verb: verb, precision: precision)
        if spec.sharp && !s.contains(".") && f.isFinite {
            if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) { s.insert(".", at: e) } else { s += "." }
        }
        if f.isFinite || f.isNaN {
            if !s.hasPrefix("-") {
                if spec.plus { s = "+" + s } else if spec.space { s = " " + s }
            }
        } else if s.hasPrefix("+") && !spec.plus {
            s = spec.space ? " " + s.dropFirst() : String(s.dropFirst())
        }
        var sp = spec
        if !f.isFinite { sp.zero = false }
        return pad(s, sp, numeric: true)
    }
}
