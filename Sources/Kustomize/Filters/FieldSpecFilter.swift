import YAML

/// Walks one field spec's path in an object and hands each node found to `setValue`
/// (kustomize `api/filters/fieldspec`): sequences on the way are visited element by
/// element, `name[]` marks a list, and missing fields are created only when the spec says
/// `create` and the caller gives a kind to create.
struct FieldSpecFilter {
    var spec: FieldSpec
    /// Kind of node to create at the end of the path (`CreateKind`); nil creates nothing.
    var createKind: Node.Kind?
    var createTag = ""
    var setValue: (inout Node) throws -> Void

    /// `gvk`, when the caller already knows the object's, saves reading it again.
    func apply(to object: inout Node, gvk: Gvk? = nil) throws {
        if let gvk {
            guard gvk.isSelected(by: spec.gvk) else { return }
        } else {
            guard spec.matches(object) else { return }
        }
        do {
            try walk(&object, spec.segments[...])
        } catch {
            let id = Resource(node: object).curId
            throw KustomizeError.wrap(error, "considering field '\(spec.path)' of object \(id)")
        }
    }

    private func walk(_ node: inout Node, _ path: ArraySlice<String>) throws {
        guard let first = path.first else {
            try setValue(&node)
            return
        }
        if node.kind == .scalar && node.tag == "!!null" || node.isNullScalar { return }
        switch node.kind {
        case .sequence:
            for i in node.children.indices { try walk(&node.children[i], path) }
        case .mapping:
            try walkMap(&node, first, path)
        case .alias, .document:
            if !node.children.isEmpty { try walk(&node.children[0], path) }
        case .scalar:
            throw KustomizeError.message("expected sequence or mapping node")
        }
    }

    private func walkMap(_ node: inout Node, _ segment: String, _ path: ArraySlice<String>) throws {
        let isSeq = segment.hasSuffix("[]")
        let name = isSeq ? String(segment.dropLast(2)) : segment
        if name.isEmpty { throw KustomizeError.message("cannot set or create an empty field name") }
        var kind: Node.Kind?
        var tag = ""
        var create = false
        if !spec.create || createKind == nil || isSeq {
            if isSeq { kind = .sequence }
        } else if path.count <= 1 {
            create = true
            kind = createKind
            tag = createTag
        } else {
            create = true
            kind = .mapping
            tag = "!!map"
        }
        if node.valueIndex(forKey: name) == nil {
            guard create, let kind else { return }
            node.children.append(.string(name))
            node.children.append(Node(kind: kind, tag: tag))
        }
        guard let idx = node.valueIndex(forKey: name) else { return }
        if node.children[idx].kind == .scalar, node.children[idx].tag == "!!null" || node.children[idx].isNullScalar,
           let kind, kind == .mapping || kind == .sequence || (kind == .scalar && create) {
            node.children[idx] = Node(kind: kind, tag: tag, mark: node.children[idx].mark)
        }
        try walk(&node.children[idx], path.dropFirst())
    }
}

/// kyaml `FieldSetter` with an empty name: replaces a scalar's value and tag, keeping its
/// style; fails on a non-scalar as kyaml does.
func setScalar(_ node: inout Node, _ value: String, tag: String) throws {
    guard node.kind == .scalar else {
        throw KustomizeError.message("wrong node kind: expected ScalarNode but got \(node.kind == .mapping ? "MappingNode" : "SequenceNode")")
    }
    node.value = value
    node.tag = tag
    node.style.remove(.tagged)
}

/// kyaml `FieldSetter` with a name: sets one key of a mapping to a `tag`-typed scalar.
func setEntry(_ node: inout Node, key: String, value: String, tag: String) throws {
    guard node.kind == .mapping else {
        throw KustomizeError.message("wrong node kind: expected MappingNode but got \(node.kind == .scalar ? "ScalarNode" : "SequenceNode")")
    }
    let v = Node.scalar(value, tag: tag)
    if let idx = node.valueIndex(forKey: key) {
        node.children[idx] = v
    } else {
        node.children.append(.string(key))
        node.children.append(v)
    }
}
