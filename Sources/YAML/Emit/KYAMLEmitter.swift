/// Prints resources exactly as `kubectl kustomize` (kustomize v5.7.1) does.
///
/// kustomize's `Resource.AsYAML` is `sigs.k8s.io/yaml.JSONToYAML(RNode.MarshalJSON())`: the
/// node is decoded by yaml.v3 into Go values, marshalled to JSON, read back by goyaml.v2 and
/// printed by goyaml.v2. So the output has sorted keys (goyaml.v2's natural order), no
/// comments, anchors or tags, numbers and timestamps normalised, YAML 1.1-ambiguous strings
/// quoted, block sequences not indented under their key, and plain strings folded at 80
/// columns. `emitStream` joins documents with `---\n` as kustomize's `resmap.AsYaml` does.
public enum KYAMLEmitter {
    public static func emit(_ root: Node) -> String {
        String(decoding: emitBytes(root), as: UTF8.self)
    }

    public static func emitStream(_ roots: [Node]) -> String {
        var out: [UInt8] = []
        for (i, root) in roots.enumerated() {
            if i > 0 { out.append(contentsOf: "---\n".utf8) }
            out.append(contentsOf: emitBytes(root))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of one document.
    public static func emitBytes(_ root: Node) -> [UInt8] {
        var walker = GoValueWalker(sink: GoYAMLEmitter(capacity: 1024))
        walker.write(root)
        return walker.sink.finish()
    }

    /// The same through libyaml's C emitter (the reference the Swift writer is tested against).
    static func emitBytesWithLibYAML(_ root: Node) -> [UInt8] {
        var walker = GoValueWalker(sink: LibYAMLWriter())
        walker.write(root)
        return walker.sink.finish()
    }
}

/// Walks a node the way the yaml.v3 → JSON → goyaml.v2 round trip sees it and sends the
/// resulting structure to a goyaml.v2-style writer.
struct GoValueWalker<Sink: KYAMLSink> {
    var sink: Sink

    /// `inMapping`: the node is a mapping value (goyaml.v2 then does not indent a block
    /// sequence). `inFlow`: inside a flow-style collection — kyaml's `MarshalJSON` prints the
    /// node with yaml.v3 and reads it back, and there an empty plain null (`{a: }`) can only
    /// be printed as `''`, so it comes back as an empty string.
    mutating func write(_ node: Node, inMapping: Bool = false, inFlow: Bool = false) {
        switch node.kind {
        case .document, .alias:
            if let child = node.children.first {
                write(child, inMapping: inMapping, inFlow: inFlow)
            } else {
                sink.scalar("null", style: .plain)
            }
        case .scalar:
            if inFlow, node.value.isEmpty, node.tag == "!!null" || node.tag.isEmpty, !node.style.contains(.tagged) {
                sink.scalar("", style: .doubleQuoted)
            } else {
                let (text, style) = KYAMLScalars.scalar(node)
                sink.scalar(text, style: style)
            }
        case .sequence:
            guard !node.children.isEmpty else { sink.emptyCollection(mapping: false); return }
            let flow = inFlow || node.style.contains(.flow)
            sink.beginSequence(inMapping: inMapping)
            for item in node.children {
                sink.sequenceItem()
                write(item, inFlow: flow)
            }
            sink.endCollection()
        case .mapping:
            let flow = inFlow || node.style.contains(.flow)
            if let positions = MergedPairs.sortedKeyPositions(node) {
                guard !positions.isEmpty else { sink.emptyCollection(mapping: true); return }
                sink.beginMapping()
                for (key, at) in positions {
                    let (text, style) = KYAMLScalars.string(key)
                    sink.key(text, style: style)
                    write(node.children[at], inMapping: true, inFlow: flow)
                }
            } else {
                let pairs = MergedPairs.merged(node)
                guard !pairs.isEmpty else { sink.emptyCollection(mapping: true); return }
                sink.beginMapping()
                for (key, value) in pairs {
                    let (text, style) = KYAMLScalars.string(key)
                    sink.key(text, style: style)
                    write(value, inMapping: true, inFlow: flow)
                }
            }
            sink.endCollection()
        }
    }
}

/// Scalar text and requested style after the yaml.v3 → JSON → goyaml.v2 round trip.
enum KYAMLScalars {
    static func scalar(_ node: Node) -> (String, GoYAMLEmitter.ScalarStyle) {
        var tag = node.tag
        if tag.isEmpty {
            let quoted = !node.style.isDisjoint(with: [.doubleQuoted, .singleQuoted, .literal, .folded])
            tag = quoted ? "!!str" : TagResolver.resolve(node.value)
        }
        switch tag {
        case "!!null":
            return ("null", .plain)
        case "!!bool":
            switch node.value {
            case "true", "True", "TRUE": return ("true", .plain)
            case "false", "False", "FALSE": return ("false", .plain)
            default: return string(node.value)
            }
        case "!!int":
            if let text = GoNumberText.integer(node.value) { return (text, .plain) }
            return string(node.value)
        case "!!float":
            if let f = parseFloat(node.value) { return (GoNumberText.float(f), .plain) }
            return string(node.value)
        case "!!timestamp":
            return string(GoTimestamp.rfc3339Nano(node.value) ?? node.value)
        default:
            return string(node.value)
        }
    }

    /// goyaml.v2 `encoder.stringv`: multi-line strings as literal blocks, strings that would
    /// read back as something else (YAML 1.1 rules, base-60 numbers) double-quoted, the rest
    /// plain — where the emitter still falls back to quotes if plain is not allowed.
    static func string(_ text: String) -> (String, GoYAMLEmitter.ScalarStyle) {
        var hasNewline = false, maybeNextLine = false
        for b in text.utf8 {
            if b == UInt8(ascii: "\n") { hasNewline = true } else if b == 0x85 { maybeNextLine = true }
        }
        var s = text
        if maybeNextLine {
            s = foldNextLines(text)
            hasNewline = s.utf8.contains(UInt8(ascii: "\n"))
        }
        if hasNewline { return (s, .literal) }
        if TagResolver.resolve(s, yaml11: true) == "!!str" && !isBase60Float(s) { return (s, .plain) }
        return (s, .doubleQuoted)
    }

    /// encoding/json writes U+0085 (NEL) raw, and goyaml.v2 reads it inside the double-quoted
    /// JSON string as a YAML 1.1 line break and folds it: a run of spaces and NELs becomes one
    /// space for a single NEL, else one newline per NEL after the first.
    static func foldNextLines(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        var breaks = 0
        func flush() {
            if breaks == 0 {
                out.append(contentsOf: run)
            } else if breaks == 1 {
                out.append(" ")
            } else {
                out.append(contentsOf: repeatElement(Unicode.Scalar("\n"), count: breaks - 1))
            }
            run.removeAll()
            breaks = 0
        }
        for c in s.unicodeScalars {
            if c == " " || c == "\u{85}" {
                run.append(c)
                if c == "\u{85}" { breaks += 1 }
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return String(out)
    }

    /// yaml.v3 float decoding: `_` separators dropped, `.inf`/`.nan` spellings.
    static func parseFloat(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default:
            let plain = text.filter { $0 != "_" }
            if let d = Double(plain) { return d }
            return GoNumberText.integer(plain).flatMap(Double.init)
        }
    }

    /// goyaml.v2 `isBase60Float`: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`.
    static func isBase60Float(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard let first = b.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || (first >= 48 && first <= 57),
              b.contains(UInt8(ascii: ":")) else { return false }
        func digit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        var i = 0
        if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count, digit(b[i]) else { return false }
        i += 1
        while i < b.count, digit(b[i]) || b[i] == UInt8(ascii: "_") { i += 1 }
        var groups = 0
        while i < b.count, b[i] == UInt8(ascii: ":") {
            i += 1
            // [0-5]?[0-9]: one digit, or two with the first 0-5.
            guard i < b.count, digit(b[i]) else { return false }
            if i + 1 < b.count, digit(b[i + 1]), b[i] <= UInt8(ascii: "5") { i += 2 } else { i += 1 }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.count, digit(b[i]) || b[i] == UInt8(ascii: "_") { i += 1 }
        }
        return i == b.count
    }
}
