import YAML

/// Go `encoding/json` output for the values kustomize hashes: map keys sorted, strings
/// escaped with Go's HTML-safe rules.
enum GoJSON {
    static func appendString(_ s: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += Array("\\\"".utf8)
            case "\\": out += Array("\\\\".utf8)
            case "\n": out += Array("\\n".utf8)
            case "\r": out += Array("\\r".utf8)
            case "\t": out += Array("\\t".utf8)
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                let v = scalar.value
                out += Array("\\u".utf8)
                out += [hex[Int(v >> 12 & 0xf)], hex[Int(v >> 8 & 0xf)], hex[Int(v >> 4 & 0xf)], hex[Int(v & 0xf)]]
            default:
                if scalar.value < 0x20 {
                    out += Array("\\u00".utf8)
                    out += [hex[Int(scalar.value >> 4)], hex[Int(scalar.value & 0xf)]]
                } else {
                    out += Array(String(scalar).utf8)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A YAML node as Go would marshal the value yaml.v3 decodes it to.
    static func append(_ node: Node, to out: inout [UInt8]) {
        let n = node.resolved
        switch n.kind {
        case .mapping:
            var pairs: [(String, Node)] = []
            for (k, v) in n.pairs {
                if let i = pairs.firstIndex(where: { $0.0 == k.value }) { pairs[i].1 = v } else { pairs.append((k.value, v)) }
            }
            pairs.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            out.append(UInt8(ascii: "{"))
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendString(k, to: &out)
                out.append(UInt8(ascii: ":"))
                append(v, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .sequence:
            out.append(UInt8(ascii: "["))
            for (i, v) in n.children.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                append(v, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        default:
            switch n.jsonType {
            case "null": out += Array("null".utf8)
            case "bool": out += Array((["true", "True", "TRUE"].contains(n.value) ? "true" : "false").utf8)
            case "number":
                if let i = Int(n.value) { out += Array(String(i).utf8) } else { out += Array(n.value.utf8) }
            default: appendString(n.value, to: &out)
            }
        }
    }
}
