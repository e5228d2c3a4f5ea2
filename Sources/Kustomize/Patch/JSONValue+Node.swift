import YAML

/// Converting between YAML nodes and the JSON form, with the scalar typing of the Go YAML
/// library doing it: resources are decoded by yaml.v3 (YAML 1.2-ish: `yes` is a string,
/// timestamps become RFC 3339 strings), patch files by sigs.k8s.io/yaml on yaml.v2 (YAML 1.1:
/// `yes`/`on` are booleans, timestamps stay strings). Both read `0777` as octal.
enum ScalarResolution { case yamlV3, yamlV2 }

extension JSONValue {
    init(_ node: Node, resolution: ScalarResolution) throws {
        let n = node.resolved
        switch n.kind {
        case .mapping:
            var m: [String: JSONValue] = [:]
            for (k, v) in n.pairs { m[k.resolved.value] = try JSONValue(v, resolution: resolution) }
            self = .object(m)
        case .sequence:
            self = .array(try n.children.map { try JSONValue($0, resolution: resolution) })
        default:
            self = try JSONValue.scalar(n, resolution: resolution)
        }
    }

    private static func scalar(_ n: Node, resolution: ScalarResolution) throws -> JSONValue {
        if !n.style.isDisjoint(with: [.doubleQuoted, .singleQuoted, .literal, .folded]) { return .string(n.value) }
        if n.style.contains(.tagged) {
            switch n.tag {
            case "!!str", "tag:yaml.org,2002:str": return .string(n.value)
            case "!!null": return .null
            default: break
            }
        }
        let v = try resolvePlain(n.value, resolution: resolution)
        if case .float(let f) = v, !f.isFinite {
            throw PatchError("json: unsupported value: \(f.isNaN ? "NaN" : f < 0 ? "-Inf" : "+Inf")", at: n.mark)
        }
        return v
    }

    /// The type a Go YAML decoder gives a plain scalar.
    static func resolvePlain(_ s: String, resolution: ScalarResolution) throws -> JSONValue {
        switch s {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        if resolution == .yamlV2 {
            switch s {
            case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON": return .bool(true)
            case "n", "N", "no", "No", "NO", "off", "Off", "OFF": return .bool(false)
            default: break
            }
        }
        guard let first = s.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else {
            return .string(s)
        }
        let plain = s.replacingUnderscores()
        if let i = GoInt.parse(plain) { return .int(i) }
        if GoInt.parseUnsigned(plain) != nil, let f = Double(plain) { return .float(f) }
        if isYAMLFloat(plain), let f = Double(plain) { return .float(f) }
        if resolution == .yamlV3, let ts = YAMLTimestamp(s) { return .string(ts.rfc3339) }
        return .string(s)
    }

    /// yaml.v3 `yamlStyleFloat`: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
    static func isYAMLFloat(_ s: String) -> Bool {
        var b = Array(s.utf8)[...]
        func digits() -> Int { var n = 0; while let c = b.first, c >= 48 && c <= 57 { b.removeFirst(); n += 1 }; return n }
        if let c = b.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { b.removeFirst() }
        if b.first == UInt8(ascii: ".") {
            b.removeFirst()
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if b.first == UInt8(ascii: ".") { b.removeFirst(); _ = digits() }
        }
        if let c = b.first, c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            b.removeFirst()
            if let c = b.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { b.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return b.isEmpty
    }

    /// The node yaml.v3 would produce marshalling this value and parsing the text back:
    /// keys sorted, block style, strings quoted only when they would read as another type.
    var node: Node {
        switch self {
        case .null: return .scalar("null", tag: "!!null")
        case .bool(let b): return .scalar(b ? "true" : "false", tag: "!!bool")
        case .int(let i): return .scalar(String(i), tag: "!!int")
        case .uint(let u): return .scalar(String(u), tag: "!!int")
        case .float(let f): return .scalar(GoFloatFormat.format(f, verb: .g), tag: "!!float")
        case .string(let s): return JSONValue.stringNode(s)
        case .array(let items): return .sequence(items.map(\.node))
        case .object(let m):
            var n = Node.mapping()
            for k in m.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                n.children.append(JSONValue.stringNode(k))
                n.children.append(m[k]?.node ?? .null)
            }
            return n
        }
    }

    /// yaml.v2 `encoder.stringv`'s choice of style.
    static func stringNode(_ s: String) -> Node {
        if s.contains("\n") { return .scalar(s, style: .literal) }
        // sigs.k8s.io/yaml writes the text with yaml.v2, whose resolver knows YAML 1.1 booleans
        // and timestamps.
        var needsQuotes = isBase60Float(s) || YAMLTimestamp(s) != nil
        if !needsQuotes, let resolved = try? resolvePlain(s, resolution: .yamlV2) {
            if case .string(let t) = resolved { needsQuotes = t != s } else { needsQuotes = true }
        }
        return .scalar(s, style: needsQuotes ? .doubleQuoted : [])
    }

    static func isYAML11Bool(_ s: String) -> Bool {
        switch s {
        case "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF": return true
        default: return false
        }
    }

    /// yaml.v3 `isBase60Float`: `[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?`.
    static func isBase60Float(_ s: String) -> Bool {
        var b = Array(s.utf8)[...]
        if let c = b.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { b.removeFirst() }
        guard let c = b.first, c >= 48 && c <= 57 else { return false }
        while let c = b.first, (c >= 48 && c <= 57) || c == UInt8(ascii: "_") { b.removeFirst() }
        var groups = 0
        while b.first == UInt8(ascii: ":") {
            b.removeFirst()
            var n = 0
            while let c = b.first, c >= 48 && c <= 57, n < 2 { b.removeFirst(); n += 1 }
            guard n > 0 else { return false }
            groups += 1
        }
        guard groups > 0 else { return false }
        if b.first == UInt8(ascii: ".") {
            b.removeFirst()
            while let c = b.first, (c >= 48 && c <= 57) || c == UInt8(ascii: "_") { b.removeFirst() }
        }
        return b.isEmpty
    }
}

/// Go's `strconv.ParseInt(s, 0, 64)` / `ParseUint`: optional sign, `0x`, `0o`, `0b` or a
/// leading `0` for octal.
enum GoInt {
    static func parse(_ s: String) -> Int64? {
        var t = Substring(s)
        var negative = false
        if let c = t.first, c == "-" || c == "+" { negative = c == "-"; t = t.dropFirst() }
        guard let mag = parseUnsignedBody(t) else { return nil }
        if negative { return mag <= UInt64(Int64.max) + 1 ? (mag == UInt64(Int64.max) + 1 ? Int64.min : -Int64(mag)) : nil }
        return mag <= UInt64(Int64.max) ? Int64(mag) : nil
    }

    static func parseUnsigned(_ s: String) -> UInt64? {
        var t = Substring(s)
        if t.first == "+" { t = t.dropFirst() }
        return parseUnsignedBody(t)
    }

    private static func parseUnsignedBody(_ t: Substring) -> UInt64? {
        guard !t.isEmpty else { return nil }
        let lower = t.lowercased()
        if lower.hasPrefix("0x") { return UInt64(lower.dropFirst(2), radix: 16) }
        if lower.hasPrefix("0o") { return UInt64(lower.dropFirst(2), radix: 8) }
        if lower.hasPrefix("0b") { return UInt64(lower.dropFirst(2), radix: 2) }
        if t.count > 1, t.first == "0" { return UInt64(t.dropFirst(), radix: 8) }
        guard t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return UInt64(t)
    }
}

private extension String {
    func replacingUnderscores() -> String { contains("_") ? String(filter { $0 != "_" }) : self }
}
