import YAML

/// Small read/write helpers over `Node` that the filters share (kyaml's `Lookup`,
/// `LookupCreate`, `FieldSetter`, `Clear`), on value-typed trees.
extension Node {
    /// The scalar text of a mapping field, or nil when missing or not a scalar.
    func scalarValue(_ key: String) -> String? {
        guard let v = self[key], v.kind == .scalar else { return nil }
        return v.value
    }

    /// Whether the node is absent-like for kustomize: a null scalar.
    var isNullLike: Bool { isNullScalar }

    /// A `!!str` scalar as kyaml's `NewStringRNode`.
    static func string(_ value: String) -> Node { .scalar(value, tag: "!!str") }

    /// Sets a mapping field, appending the key when it is new (kyaml `SetField`).
    mutating func set(_ key: String, _ value: Node) {
        if let idx = valueIndex(forKey: key) {
            children[idx] = value
        } else {
            if kind == .scalar, isNullScalar { self = Node(kind: .mapping, tag: "!!map") }
            guard kind == .mapping else { return }
            children.append(.string(key))
            children.append(value)
        }
    }

    /// Removes a mapping field when present (kyaml `Clear`).
    @discardableResult
    mutating func remove(_ key: String) -> Node? {
        guard let idx = valueIndex(forKey: key) else { return nil }
        let v = children[idx]
        children.removeSubrange((idx - 1)...idx)
        return v
    }

    /// Edits the value at a mapping key in place; returns false when the key is missing.
    @discardableResult
    mutating func modify(_ key: String, _ body: (inout Node) throws -> Void) rethrows -> Bool {
        guard let idx = valueIndex(forKey: key) else { return false }
        try body(&children[idx])
        return true
    }

    /// Edits (creating as an empty mapping when missing or null) the value at `key`.
    mutating func modifyOrCreateMap(_ key: String, _ body: (inout Node) throws -> Void) rethrows {
        if valueIndex(forKey: key) == nil { set(key, Node(kind: .mapping, tag: "!!map")) }
        if let idx = valueIndex(forKey: key) {
            if children[idx].isNullScalar { children[idx] = Node(kind: .mapping, tag: "!!map") }
            try body(&children[idx])
        }
    }

    /// Follows a key path, editing the node at its end when every step exists.
    @discardableResult
    mutating func modify(path: ArraySlice<String>, _ body: (inout Node) throws -> Void) rethrows -> Bool {
        guard let first = path.first else { try body(&self); return true }
        guard let idx = valueIndex(forKey: first) else { return false }
        return try children[idx].modify(path: path.dropFirst(), body)
    }

    /// A string→string view of a mapping (labels, annotations, data); non-scalars skipped.
    var stringMap: [(key: String, value: String)] {
        pairs.compactMap { p in
            guard p.key.kind == .scalar, p.value.kind == .scalar else { return nil }
            return (p.key.value, p.value.isNullScalar && p.value.tag != "!!str" && p.value.style.isDisjoint(with: [.doubleQuoted, .singleQuoted]) ? "" : p.value.value)
        }
    }

    /// A mapping built from ordered string pairs with `!!str` scalars.
    static func stringMapping(_ pairs: [(String, String)]) -> Node {
        var n = Node(kind: .mapping, tag: "!!map")
        for (k, v) in pairs {
            n.children.append(.string(k))
            n.children.append(.string(v))
        }
        return n
    }

    /// The mapping with repeated keys collapsed, the last one winning (Go's JSON decoding).
    var lastKeyWins: Node {
        guard kind == .mapping else { return self }
        var out = self
        out.children = []
        for (k, v) in pairs {
            if let i = out.valueIndex(forKey: k.value) { out.children[i] = v } else { out.children += [k, v] }
        }
        return out
    }

    /// The tree with every alias replaced by a copy of its anchor's node.
    var expandingAliases: Node {
        switch kind {
        case .alias, .document:
            return children.first?.expandingAliases ?? .null
        case .mapping, .sequence:
            var out = self
            for i in out.children.indices where out.children[i].kind != .scalar {
                out.children[i] = out.children[i].expandingAliases
            }
            return out
        case .scalar:
            return self
        }
    }
}
