/// encoding/json `Marshal` of a `Value`, as Helm's `toJson`, Sprig's `toRawJson` (no HTML
/// escaping) and `toPrettyJson` (`MarshalIndent(v, "", "  ")`) print it.
///
/// Map keys are sorted bytewise (Go sorts the keys' UTF-8 bytes, not Unicode order); `<`, `>`
/// and `&` become `\u003c`, `\u003e`, `\u0026` unless `escapeHTML` is false; U+2028/U+2029 are
/// always escaped; NaN and ±Inf are refused as encoding/json refuses them.
public enum GoJSONEncoder {
    /// - Parameter indent: nil for compact output, else the per-level indent (`"  "` for toPrettyJson).
    public static func encode(_ value: Value, escapeHTML: Bool = true, indent: String? = nil) throws -> String {
        var out: [UInt8] = []
        try encode(value, escapeHTML: escapeHTML, indent: indent, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text to `out` (one growing buffer for hot paths).
    public static func encode(_ value: Value, escapeHTML: Bool = true, indent: String? = nil, into out: inout [UInt8]) throws {
        let writer = Writer(escapeHTML: escapeHTML, indent: indent.map { Array($0.utf8) })
        try writer.write(value, depth: 0, into: &out)
    }

    /// Go's map key order: bytewise comparison of the UTF-8 text.
    static func goKeyLess(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private struct Writer {
        let escapeHTML: Bool
        let indent: [UInt8]?

        func newline(_ depth: Int, _ out: inout [UInt8]) {
            guard let indent else { return }
            out.append(0x0A)
            for _ in 0..<depth { out.append(contentsOf: indent) }
        }

        func write(_ value: Value, depth: Int, into out: inout [UInt8]) throws {
            guard depth <= GoCodecLimits.maxDepth else {
                throw GoCodecError.unsupportedValue("value nested deeper than \(GoCodecLimits.maxDepth) levels")
            }
            switch value {
            case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
            case .bool(let b): out.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
            case .int(let i): out.append(contentsOf: Array(String(i).utf8))
            case .float(let f):
                guard f.isFinite else { throw GoCodecError.unsupportedValue(GoFloatFormat.nonFiniteName(f)) }
                GoFloatFormat.appendJSON(f, to: &out)
            case .string(let s): GoJSONEncoder.appendString(s, escapeHTML: escapeHTML, to: &out)
            case .list(let items):
                out.append(0x5B)
                if items.isEmpty { out.append(0x5D); return }
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(0x2C) }
                    newline(depth + 1, &out)
                    try write(item, depth: depth + 1, into: &out)
                }
                newline(depth, &out)
                out.append(0x5D)
            case .map(let m):
                out.append(0x7B)
                if m.isEmpty { out.append(0x7D); return }
                for (i, key) in m.keys.sorted(by: GoJSONEncoder.goKeyLess).enumerated() {
                    if i > 0 { out.append(0x2C) }
                    newline(depth + 1, &out)
                    GoJSONEncoder.appendString(key, escapeHTML: escapeHTML, to: &out)
                    out.append(0x3A)
                    if indent != nil { out.append(0x20) }
                    try write(m[key] ?? .null, depth: depth + 1, into: &out)
                }
                newline(depth, &out)
                out.append(0x7D)
            }
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// encoding/json `appendString`.
    static func appendString(_ s: String, escapeHTML: Bool, to out: inout [UInt8]) {
        out.append(0x22)
        var utf8 = s.utf8.makeIterator()
        var pending: [UInt8] = []  // continuation bytes of a multi-byte scalar
        while let b = utf8.next() {
            if b < 0x80 {
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x08: out.append(0x5C); out.append(0x62)
                case 0x0C: out.append(0x5C); out.append(0x66)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0x3C where escapeHTML, 0x3E where escapeHTML, 0x26 where escapeHTML, 0..<0x20:
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                default: out.append(b)
                }
                continue
            }
            // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) break JavaScript string literals.
            if b == 0xE2 {
                pending.removeAll(keepingCapacity: true)
                if let b1 = utf8.next() { pending.append(b1) }
                if let b2 = utf8.next() { pending.append(b2) }
                if pending.count == 2, pending[0] == 0x80, pending[1] == 0xA8 || pending[1] == 0xA9 {
                    out.append(contentsOf: [0x5C, 0x75, 0x32, 0x30, 0x32, pending[1] == 0xA8 ? 0x38 : 0x39])
                } else {
                    out.append(b); out.append(contentsOf: pending)
                }
                continue
            }
            out.append(b)
        }
        out.append(0x22)
    }
}
