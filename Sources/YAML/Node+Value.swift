extension Node {
    /// The node as a dynamic `Value`, decoded the way yaml.v3 decodes into `interface{}`
    /// (which is what kustomize holds before printing): aliases followed, `<<` merges applied
    /// (own keys win, then earlier sources), duplicate keys resolved to the last, `!!int` as
    /// `.int` (beyond Int64 as `.float`), `!!float` as `.float`, `!!timestamp` as its RFC 3339
    /// text (what the JSON step prints), `!!null` as `.null`, anything else as `.string`.
    public var decodedValue: Value { ValueDecoder.decode(self, depth: 0) }
}

private enum ValueDecoder {
    static func decode(_ node: Node, depth: Int) -> Value {
        guard depth < 10_000 else { return .null }
        switch node.kind {
        case .document, .alias:
            return node.children.first.map { decode($0, depth: depth + 1) } ?? .null
        case .sequence:
            return .list(node.children.map { decode($0, depth: depth + 1) })
        case .mapping:
            var map: [String: Value] = [:]
            for (key, value) in MergedPairs.of(node) { map[key] = decode(value, depth: depth + 1) }
            return .map(map)
        case .scalar:
            return scalar(node)
        }
    }

    static func scalar(_ node: Node) -> Value {
        var tag = node.tag
        if tag.isEmpty {
            let quoted = !node.style.isDisjoint(with: [.doubleQuoted, .singleQuoted, .literal, .folded])
            tag = quoted ? "!!str" : TagResolver.resolve(node.value)
        }
        switch tag {
        case "!!null":
            return .null
        case "!!bool":
            switch node.value {
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: return .string(node.value)
            }
        case "!!int":
            guard let text = GoNumberText.integer(node.value) else { return .string(node.value) }
            if let i = Int64(text) { return .int(i) }
            return Double(text).map(Value.float) ?? .string(node.value)
        case "!!float":
            return KYAMLScalars.parseFloat(node.value).map(Value.float) ?? .string(node.value)
        case "!!timestamp":
            return .string(GoTimestamp.rfc3339Nano(node.value) ?? node.value)
        default:
            return .string(node.value)
        }
    }
}
