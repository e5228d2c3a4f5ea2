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
        let writer = LibYAMLWriter()
        GoValueWalker(writer: writer).write(root)
        return writer.finish()
    }
}

/// Walks a node the way the yaml.v3 → JSON → goyaml.v2 round trip sees it and sends the
/// resulting events to the writer.
struct GoValueWalker {
    let writer: LibYAMLWriter

    func write(_ node: Node) {
        switch node.kind {
        case .document, .alias:
            if let child = node.children.first { write(child) } else { writer.scalar("null", style: .plain) }
        case .scalar:
            writeScalar(node)
        case .sequence:
            writer.beginSequence()
            for item in node.children { write(item) }
            writer.endSequence()
        case .mapping:
            writer.beginMapping()
            if let positions = MergedPairs.sortedKeyPositions(node) {
                for (key, at) in positions {
                    writeString(key)
                    write(node.children[at])
                }
            } else {
                for (key, value) in MergedPairs.merged(node) {
                    writeString(key)
                    write(value)
                }
            }
            writer.endMapping()
        }
    }

    func writeScalar(_ node: Node) {
        var tag = node.tag
        if tag.isEmpty {
            let quoted = !node.style.isDisjoint(with: [.doubleQuoted, .singleQuoted, .literal, .folded])
            tag = quoted ? "!!str" : TagResolver.resolve(node.value)
        }
        switch tag {
        case "!!null":
            writer.scalar("null", style: .plain)
        case "!!bool":
            switch node.value {
            case "true", "True", "TRUE": writer.scalar("true", style: .plain)
            case "false", "False", "FALSE": writer.scalar("false", style: .plain)
            default: writeString(node.value)
            }
        case "!!int":
            if let text = GoNumberText.integer(node.value) { writer.scalar(text, style: .plain) } else { writeString(node.value) }
        case "!!float":
            if let f = Self.parseFloat(node.value) {
                writer.scalar(GoNumberText.float(f), style: .plain)
            } else {
                writeString(node.value)
            }
        case "!!timestamp":
            writeString(GoTimestamp.rfc3339Nano(node.value) ?? node.value)
        default:
            writeString(node.value)
        }
    }

    /// goyaml.v2 `encoder.stringv`: multi-line strings as literal blocks, strings that would
    /// read back as something else (YAML 1.1 rules, base-60 numbers) double-quoted, the rest
    /// plain — where libyaml's emitter still falls back to quotes if plain is not allowed.
    func writeString(_ text: String) {
        var hasNewline = false, maybeNextLine = false
        for b in text.utf8 {
            if b == UInt8(ascii: "\n") { hasNewline = true } else if b == 0x85 { maybeNextLine = true }
        }
        var s = text
        if maybeNextLine {
            s = Self.foldNextLines(text)
            hasNewline = s.utf8.contains(UInt8(ascii: "\n"))
        }
        if hasNewline {
            writer.scalar(s, style: .literal)
        } else if TagResolver.resolve(s, yaml11: true) == "!!str" && !Self.isBase60Float(s) {
            writer.scalar(s, style: .plain)
        } else {
            writer.scalar(s, style: .doubleQuoted)
        }
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
