/// BurntSushi/toml v1.6.0 `Encoder.Encode` of a `Value` — Helm's `toToml`.
///
/// Map keys sort bytewise, plain values first and tables (maps, arrays of maps) after; tables get
/// `[a.b]` headers indented two spaces per level below the first, arrays of maps become
/// `[[key]]` blocks, other arrays and maps inside arrays are written inline. nil map values are
/// skipped; floats always carry a `.0` or an exponent.
public enum TOMLEncoder {
    /// The TOML text, or the encoder's error message as Helm's `toToml` returns it.
    public static func toTOML(_ value: Value) -> String {
        do { return try encode(value) } catch let e as GoCodecError { return e.goMessage } catch { return "\(error)" }
    }

    /// Throws `GoCodecError.toml` with BurntSushi/toml's message.
    public static func encode(_ value: Value) throws -> String {
        var e = Writer()
        try e.encode(key: [], value)
        return String(decoding: e.out, as: UTF8.self)
    }

    private struct Writer {
        var out: [UInt8] = []
        var hasWritten = false

        mutating func write(_ s: String) {
            out.append(contentsOf: s.utf8)
            hasWritten = true
        }

        mutating func newline() { if hasWritten { write("\n") } }

        func indent(_ key: [String]) -> String { String(repeating: "  ", count: max(key.count - 1, 0)) }

        static func isTable(_ v: Value) throws -> Bool {
            switch v {
            case .map: return true
            case .list(let items): return try isTableArray(items)
            default: return false
            }
        }

        /// A non-empty array whose every element is a map; a nil element is an error.
        static func isTableArray(_ items: [Value]) throws -> Bool {
            guard !items.isEmpty else { return false }
            var all = true
            for item in items {
                if case .null = item { throw GoCodecError.toml("toml: cannot encode array with nil element") }
                if case .map = item {} else { all = false }
            }
            return all
        }

        mutating func encode(key: [String], _ value: Value) throws {
            switch value {
            case .null: return
            case .map(let m): try table(key: key, m)
            case .list(let items) where try Self.isTableArray(items):
                guard !key.isEmpty else { throw GoCodecError.toml("toml: top-level values must be Go maps or structs") }
                for item in items {
                    guard case .map(let m) = item else { continue }
                    newline()
                    write(indent(key) + "[[" + keyString(key) + "]]")
                    newline()
                    try map(key: key, m, inline: false)
                }
            default: try keyValue(key: key, value, inline: false)
            }
        }

        mutating func table(key: [String], _ m: [String: Value]) throws {
            if key.count == 1 { newline() }
            if !key.isEmpty {
                write(indent(key) + "[" + keyString(key) + "]")
                newline()
            }
            try map(key: key, m, inline: false)
        }

        mutating func map(key: [String], _ m: [String: Value], inline: Bool) throws {
            var direct: [String] = [], sub: [String] = []
            for (k, v) in m {
                if try Self.isTable(v) { sub.append(k) } else { direct.append(k) }
            }
            direct.sort(by: GoJSONEncoder.goKeyLess)
            sub.sort(by: GoJSONEncoder.goKeyLess)
            if inline { write("{") }
            for (keys, trailingComma) in [(direct, !sub.isEmpty), (sub, false)] {
                for (i, k) in keys.enumerated() {
                    guard let v = m[k], !v.isNull else { continue }
                    if inline {
                        try keyValue(key: [k], v, inline: true)
                        if trailingComma || i != keys.count - 1 { write(", ") }
                    } else {
                        try encode(key: key + [k], v)
                    }
                }
            }
            if inline { write("}") }
        }

        mutating func keyValue(key: [String], _ v: Value, inline: Bool) throws {
            if key.isEmpty {
                try element(v)
                return
            }
            write(indent(key) + TOMLEncoder.quotedKey(key[key.count - 1]) + " = ")
            try element(v)
            if !inline { newline() }
        }

        mutating func element(_ v: Value) throws {
            switch v {
            case .null: throw GoCodecError.toml("toml: cannot encode a nil value")
            case .bool(let b): write(b ? "true" : "false")
            case .int(let i): write(String(i))
            case .float(let f):
                if f.isNaN { write(f.sign == .minus ? "-nan" : "nan") } else if f.isInfinite { write(f < 0 ? "-inf" : "inf") } else {
                    let s = GoFloatFormat.format(f)
                    write(s.contains(where: { $0 == "." || $0 == "e" }) ? s : s + ".0")
                }
            case .string(let s): write(TOMLEncoder.quoted(s))
            case .list(let items):
                write("[")
                for (i, item) in items.enumerated() {
                    try element(item)
                    if i != items.count - 1 { write(", ") }
                }
                write("]")
            case .map(let m): try map(key: [], m, inline: true)
            }
        }

        func keyString(_ key: [String]) -> String { key.map(TOMLEncoder.quotedKey).joined(separator: ".") }
    }

    /// A bare key when it is only `A-Za-z0-9_-`, else a quoted one.
    static func quotedKey(_ k: String) -> String {
        if k.isEmpty { return "\"\"" }
        let bare = k.utf8.allSatisfy { c in
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
        }
        return bare ? k : quoted(k)
    }

    /// BurntSushi's `dblQuotedReplacer`.
    static func quoted(_ s: String) -> String {
        var out: [UInt8] = [0x22]
        for c in s.utf8 {
            switch c {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x08: out.append(contentsOf: [0x5C, 0x62])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0C: out.append(contentsOf: [0x5C, 0x66])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            default: out.append(c)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
