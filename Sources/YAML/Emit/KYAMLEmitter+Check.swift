import Diagnostics

extension KYAMLEmitter {
    /// Throws where `kubectl kustomize` fails to print a resource: its `RNode.MarshalJSON`
    /// decodes the node with yaml.v3 into `map[string]interface{}` and encodes JSON, which
    /// rejects duplicate mapping keys (`mapping key "a" already defined at line 5`),
    /// collection keys, non-string keys in nested mappings (Go then builds a
    /// `map[interface{}]interface{}` that encoding/json cannot encode) and infinite or NaN
    /// floats. Call it before `emit` when the error matters; `emit` itself never fails.
    public static func check(_ root: Node, file: SourceFile? = nil) throws {
        try EncodabilityCheck(file: file).check(root, nested: false, depth: 0)
    }
}

private struct EncodabilityCheck {
    let file: SourceFile?

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(path: file?.path ?? "<input>", line: node.mark.line, column: node.mark.column, file: file)
    }

    func check(_ node: Node, nested: Bool, depth: Int) throws {
        guard depth < 10_000 else { return }
        switch node.kind {
        case .document:
            if let child = node.children.first { try check(child, nested: false, depth: depth + 1) }
        case .alias:
            if let child = node.children.first { try check(child, nested: nested, depth: depth + 1) }
        case .scalar:
            let tag = node.tag.isEmpty ? TagResolver.resolve(node.value) : node.tag
            if tag == "!!float", let f = KYAMLScalars.parseFloat(node.value), !f.isFinite {
                let text = f.isNaN ? "NaN" : (f < 0 ? "-Inf" : "+Inf")
                throw YAMLError.unencodable("json: unsupported value: \(text)", at: location(node))
            }
        case .sequence:
            for item in node.children { try check(item, nested: true, depth: depth + 1) }
        case .mapping:
            try checkKeys(node, nested: nested)
            var i = 1
            while i < node.children.count {
                try check(node.children[i], nested: true, depth: depth + 1)
                i += 2
            }
        }
    }

    /// yaml.v3 `decoder.mapping`: duplicate keys (same kind and text) and collection keys;
    /// `isStringMap`: below the top level every key must be a string.
    func checkKeys(_ mapping: Node, nested: Bool) throws {
        var seen: [String: Node] = [:]
        var i = 0
        while i + 1 < mapping.children.count {
            let key = mapping.children[i]
            i += 2
            if key.kind == .scalar, MergedPairs.isMergeKey(key) { continue }
            if key.kind == .scalar || key.kind == .alias {
                let id = "\(key.kind.rawValue):\(key.value)"
                if let first = seen[id] {
                    throw YAMLError.unencodable(
                        "yaml: unmarshal errors:\n  line \(key.mark.line): mapping key \"\(key.value)\" already defined at line \(first.mark.line)",
                        at: location(key))
                }
                seen[id] = key
            }
            let resolvedKey = key.resolved
            if resolvedKey.kind == .mapping || resolvedKey.kind == .sequence {
                throw YAMLError.unencodable("yaml: invalid map key", at: location(key))
            }
            if nested {
                let tag = resolvedKey.tag.isEmpty ? TagResolver.resolve(resolvedKey.value) : resolvedKey.tag
                if tag != "!!str" && tag != "!!merge" {
                    throw YAMLError.unencodable("json: unsupported type: map[interface {}]interface {}", at: location(key))
                }
            }
        }
    }
}
