import YAML

/// A compact, canonical one-line print of a node tree for assertions: mappings in their
/// own key order as `{k: v}`, sequences as `[a, b]`, scalars bare (strings quoted when
/// their tag says string and they would read as something else).
func flow(_ node: Node) -> String {
    let n = node.resolved
    switch n.kind {
    case .mapping:
        return "{" + n.pairs.map { "\($0.key.value): \(flow($0.value))" }.joined(separator: ", ") + "}"
    case .sequence:
        return "[" + n.children.map(flow).joined(separator: ", ") + "]"
    default:
        if n.tag == "!!null" { return "null" }
        return n.value
    }
}

/// Builds a mapping node from string pairs, nesting `Node`s as given.
func obj(_ pairs: KeyValuePairs<String, Any>) -> Node {
    var n = Node(kind: .mapping, tag: "!!map")
    for (k, v) in pairs {
        n.children.append(.scalar(k))
        n.children.append(node(v))
    }
    return n
}

func node(_ v: Any) -> Node {
    switch v {
    case let n as Node: return n
    case let s as String: return .scalar(s)
    case let i as Int: return .scalar(String(i), tag: "!!int")
    case let a as [Any]: return .sequence(a.map(node))
    default: return .null
    }
}
