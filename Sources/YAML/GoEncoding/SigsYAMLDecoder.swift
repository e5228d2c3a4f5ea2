import Diagnostics

/// sigs.k8s.io/yaml `Unmarshal` into Go's untyped containers — how Helm reads values files
/// (`loader.LoadValues`) and what `fromYaml`/`fromYamlArray` return.
///
/// The pipeline it reproduces: goyaml.v2 decodes the first document with YAML 1.1 typing
/// (`yes`/`on`/`y` are bools, `0755` is octal, timestamps stay text), expands aliases and `<<`
/// merges; non-string keys become strings (`1`, `true`, floats via `FormatFloat(f, 'g', -1, 32)`);
/// encoding/json writes it (refusing NaN/Inf) and reads it back, so every number is a float64.
public enum SigsYAMLDecoder {
    /// The Go container the JSON is decoded into; it decides the type-mismatch error.
    public enum Target: Sendable {
        case map, list, any

        var goType: String {
            switch self {
            case .map: return "map[string]interface {}"
            case .list: return "[]interface {}"
            case .any: return "interface {}"
            }
        }
    }

    /// Decodes the first YAML document of `file`. An empty document gives `.null` for `.any`,
    /// an empty map for `.map` and an empty list for `.list`, as decoding `null` into a Go
    /// map or slice leaves it empty.
    public static func decode(_ file: SourceFile, into target: Target = .any) throws -> Value {
        try decode(file.bytes, of: file, at: 0, into: target)
    }

    /// Decodes `bytes`, a part of `file` starting at byte `base` (for locations).
    static func decode(_ bytes: [UInt8], of file: SourceFile, at base: Int, into target: Target) throws -> Value {
        let root: GoYAMLReader.Node?
        do {
            root = try GoYAMLReader.read(bytes)
        } catch {
            throw yamlError(error.goMessage, problem: error.problem, file: file, offset: base + error.offset)
        }
        var value = Value.null
        if let root {
            var decoder = NodeDecoder(file: file, base: base)
            value = try decoder.decode(root)
        }
        switch (target, value) {
        case (.map, .null): return .map([:])
        case (.list, .null): return .list([])
        case (.any, _), (.map, .map), (.list, .list): return value
        default:
            let found: String
            switch value {
            case .bool: found = "bool"
            case .int, .float: found = "number"
            case .string: found = "string"
            case .list: found = "array"
            default: found = "object"
            }
            let go = "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(found) into Go value of type \(target.goType)"
            throw GoCodecError.yaml(goMessage: go, problem: "expected \(target == .map ? "a mapping" : "a sequence") at the top level, found \(found)",
                                    location: root.map { SourceLocation(file: file, offset: base + $0.offset) })
        }
    }

    /// Helm's `fromYaml`: a map, or `{"Error": message}` when the text does not decode.
    public static func fromYAML(_ text: String) -> Value {
        do { return try decode(SourceFile(path: "<fromYaml>", text: text), into: .map) } catch let e as GoCodecError {
            return .map(["Error": .string(e.goMessage)])
        } catch {
            return .map(["Error": .string("\(error)")])
        }
    }

    /// Helm's `fromYamlArray`: a list, or `[message]` when the text does not decode.
    public static func fromYAMLArray(_ text: String) -> Value {
        do { return try decode(SourceFile(path: "<fromYamlArray>", text: text), into: .list) } catch let e as GoCodecError {
            return .list([.string(e.goMessage)])
        } catch {
            return .list([.string("\(error)")])
        }
    }

    static func yamlError(_ goMessage: String, problem: String, file: SourceFile, offset: Int) -> GoCodecError {
        .yaml(goMessage: "error converting YAML to JSON: " + goMessage, problem: problem,
              location: SourceLocation(file: file, offset: offset))
    }
}

/// goyaml.v2's `decoder` into `interface{}` fused with sigs.k8s.io/yaml's key conversion and
/// the JSON round trip.
private struct NodeDecoder {
    let file: SourceFile
    let base: Int
    var decodeCount = 0
    var aliasCount = 0
    var expanding: Set<ObjectIdentifier> = []

    init(file: SourceFile, base: Int) {
        self.file = file
        self.base = base
    }

    func fail(_ problem: String, _ node: GoYAMLReader.Node, prefix: String = "yaml: ") -> GoCodecError {
        SigsYAMLDecoder.yamlError(prefix + problem, problem: problem, file: file, offset: base + node.offset)
    }

    var depth = 0

    mutating func decode(_ node: GoYAMLReader.Node) throws -> Value {
        decodeCount += 1
        // Nesting is bounded so hostile input cannot exhaust the stack (goyaml.v2 has no limit;
        // yaml.v3 stops at 10000, far beyond real values files).
        depth += 1
        defer { depth -= 1 }
        if depth > GoCodecLimits.maxDepth { throw fail("exceeded max depth of \(GoCodecLimits.maxDepth)", node) }
        // goyaml.v2's ratio check, plus a hard cap on nodes produced through aliases so an
        // alias bomb stops long before goyaml.v2's ~4 million nodes.
        if (aliasCount > 100 && decodeCount > 1000 && Double(aliasCount) / Double(decodeCount) > allowedAliasRatio(decodeCount))
            || (aliasCount > 0 && decodeCount > GoCodecLimits.maxAliasedNodes) {
            throw fail("document contains excessive aliasing", node)
        }
        switch node.kind {
        case .scalar: return try scalar(node)
        case .alias: return try alias(node)
        case .sequence:
            var items: [Value] = []
            items.reserveCapacity(node.children.count)
            for child in node.children { items.append(try decode(child)) }
            return .list(items)
        case .mapping:
            var map: [String: Value] = [:]
            try mapping(node, into: &map)
            return .map(map)
        }
    }

    mutating func alias(_ node: GoYAMLReader.Node) throws -> Value {
        guard let target = node.target else { throw fail("unknown anchor '\(node.value)' referenced", node) }
        let id = ObjectIdentifier(target)
        if expanding.contains(id) { throw fail("anchor '\(node.value)' value contains itself", node) }
        expanding.insert(id)
        defer { expanding.remove(id) }
        aliasCount += 1
        return try decode(target)
    }

    /// goyaml.v2 `allowedAliasRatio`: the share of aliases allowed among decoded nodes.
    func allowedAliasRatio(_ count: Int) -> Double {
        if count <= 400_000 { return 0.99 }
        if count >= 4_000_000 { return 0.10 }
        return 0.99 - 0.89 * (Double(count - 400_000) / 3_600_000)
    }

    mutating func mapping(_ node: GoYAMLReader.Node, into map: inout [String: Value]) throws {
        var i = 0
        while i + 1 < node.children.count {
            let keyNode = node.children[i], valueNode = node.children[i + 1]
            i += 2
            if keyNode.kind == .scalar && keyNode.value == "<<" && (keyNode.plain || shortTag(keyNode.tag) == "!!merge") {
                try merge(valueNode, into: &map)
                continue
            }
            let key = try mapKey(keyNode, valueNode)
            map[key] = try decode(valueNode)
        }
    }

    /// goyaml.v2 `merge`: a mapping, an alias of one, or a sequence of those (earlier ones win).
    mutating func merge(_ node: GoYAMLReader.Node, into map: inout [String: Value]) throws {
        func isMapping(_ n: GoYAMLReader.Node) -> Bool {
            n.kind == .mapping || (n.kind == .alias && n.target?.kind == .mapping)
        }
        let wantMap = "map merge requires map or sequence of maps as the value"
        switch node.kind {
        case .mapping, .alias:
            guard isMapping(node) else { throw fail(wantMap, node) }
            try mergeOne(node, into: &map)
        case .sequence:
            for item in node.children.reversed() {
                guard isMapping(item) else { throw fail(wantMap, item) }
                try mergeOne(item, into: &map)
            }
        case .scalar:
            throw fail(wantMap, node)
        }
    }

    private mutating func mergeOne(_ node: GoYAMLReader.Node, into map: inout [String: Value]) throws {
        decodeCount += 1
        if node.kind == .alias, let target = node.target {
            let id = ObjectIdentifier(target)
            if expanding.contains(id) { throw fail("anchor '\(node.value)' value contains itself", node) }
            expanding.insert(id)
            defer { expanding.remove(id) }
            aliasCount += 1
            try mapping(target, into: &map)
        } else {
            try mapping(node, into: &map)
        }
    }

    /// A key as sigs.k8s.io/yaml's `convertToJSONableObject` turns it into a JSON key.
    mutating func mapKey(_ keyNode: GoYAMLReader.Node, _ valueNode: GoYAMLReader.Node) throws -> String {
        var node = keyNode
        if node.kind == .alias, let target = node.target { node = target }
        guard node.kind == .scalar else {
            throw fail("invalid map key: \(goSyntax(try decode(keyNode)))", keyNode)
        }
        switch try typedScalar(node) {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .float(let f):
            if f.isNaN { return ".nan" }
            if f.isInfinite { return f < 0 ? "-.inf" : ".inf" }
            return GoFloatFormat.format(f, verb: .g, precision: -1, bitSize: 32)
        case .uint(let u):
            throw try unsupportedKey(type: "uint64", key: "0x" + String(u, radix: 16), valueNode)
        case .null:
            throw try unsupportedKey(type: "%!s(<nil>)", key: "<nil>", valueNode)
        }
    }

    private mutating func unsupportedKey(type: String, key: String, _ valueNode: GoYAMLReader.Node) throws -> GoCodecError {
        let value = goSyntax(try decode(valueNode))
        let problem = "unsupported map key of type: \(type), key: \(key), value: \(value)"
        return SigsYAMLDecoder.yamlError(problem, problem: problem, file: file, offset: base + valueNode.offset)
    }

    enum Typed { case null, bool(Bool), int(Int64), uint(UInt64), float(Double), string(String) }

    /// goyaml.v2 `resolve` with the scalar's explicit tag, if any.
    func typedScalar(_ node: GoYAMLReader.Node) throws -> Typed {
        let tag = shortTag(node.tag)
        if tag.isEmpty && !node.plain { return .string(node.value) }
        let resolved: GoYAMLResolver.Resolved = GoYAMLResolver.resolve(node.value)
        func typed(_ r: GoYAMLResolver.Resolved) -> Typed {
            switch r {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .uint(let u): return .uint(u)
            case .float(let f): return .float(f)
            case .timestamp, .string: return .string(node.value)
            }
        }
        switch tag {
        case "": return typed(resolved)
        case "!!str": return .string(node.value)
        case "!!binary": return .string(decodeBase64(node.value) ?? node.value)
        case "!!null", "!!bool", "!!int", "!!float", "!!timestamp":
            let want: String
            switch resolved {
            case .null: want = "!!null"
            case .bool: want = "!!bool"
            case .int, .uint: want = "!!int"
            case .float: want = "!!float"
            case .timestamp: want = "!!timestamp"
            case .string: want = "!!str"
            }
            if want == tag { return typed(resolved) }
            if tag == "!!float", case .int(let i) = resolved { return .float(Double(i)) }
            if tag == "!!float", case .uint(let u) = resolved { return .float(Double(u)) }
            throw fail("cannot decode \(want) `\(node.value)` as a \(tag)", node)
        default:
            // Unknown tags (`!foo`, `!`) keep the text.
            return .string(node.value)
        }
    }

    func scalar(_ node: GoYAMLReader.Node) throws -> Value {
        switch try typedScalar(node) {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .float(Double(i))
        case .uint(let u): return .float(Double(u))
        case .float(let f):
            guard f.isFinite else {
                throw fail("json: unsupported value: \(GoFloatFormat.nonFiniteName(f))", node, prefix: "")
            }
            return .float(f)
        case .string(let s): return .string(s)
        }
    }

    func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    /// An approximation of Go's `%+#v` for the error texts that print a value.
    func goSyntax(_ v: Value) -> String {
        switch v {
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let f): return GoFloatFormat.format(f)
        case .string(let s): return goQuote(s)
        case .list(let l): return "[]interface {}{" + l.map(goSyntax).joined(separator: ", ") + "}"
        case .map(let m):
            let body = m.keys.sorted(by: GoJSONEncoder.goKeyLess).map { goQuote($0) + ":" + goSyntax(m[$0] ?? .null) }
            return "map[interface {}]interface {}{" + body.joined(separator: ", ") + "}"
        }
    }

    func goQuote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let h = String(u.value, radix: 16)
                    out += "\\x" + (h.count < 2 ? "0" + h : h)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// `!!binary` content: base64 with line breaks and spaces ignored.
    func decodeBase64(_ text: String) -> String? {
        var bits: UInt32 = 0, count = 0
        var out: [UInt8] = []
        for c in text.utf8 {
            let v: UInt32
            switch c {
            case 0x41...0x5A: v = UInt32(c - 0x41)
            case 0x61...0x7A: v = UInt32(c - 0x61 + 26)
            case 0x30...0x39: v = UInt32(c - 0x30 + 52)
            case 0x2B: v = 62
            case 0x2F: v = 63
            case 0x3D, 0x0A, 0x0D, 0x20, 0x09: continue
            default: return nil
            }
            bits = bits << 6 | v
            count += 6
            if count >= 8 {
                count -= 8
                out.append(UInt8((bits >> UInt32(count)) & 0xFF))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
