import Diagnostics

extension Node {
    /// The tree as kustomize holds a resource after reading it: kyaml's `DeAnchor` (which
    /// `kio.FromBytes` runs on every resource) replaces each alias by a copy of its target,
    /// clears anchor names and applies `<<` merge keys.
    ///
    /// Merge keys follow kyaml v0.20.1 `mergeAll`: the mapping keeps its own keys in order and
    /// they win; keys only found in merge sources are appended, sources later in a `<<: [..]`
    /// list first, values from earlier sources winning. Every mapping field literally named
    /// `<<` is dropped, as kyaml's `Clear("<<")` does. Errors carry kyaml's wording.
    ///
    /// `file` locates errors; `limits` bounds the expanded size and depth.
    public func deAnchored(file: SourceFile? = nil, limits: YAMLLimits = .default) throws -> Node {
        // Most resources have no anchors at all; a read-only walk is far cheaper than a copy.
        guard needsDeAnchor else { return self }
        var budget = DeAnchorBudget(file: file, limits: limits)
        return try budget.deAnchor(self, depth: 0)
    }

    /// Whether any node below holds an anchor, an alias or a `<<` key.
    var needsDeAnchor: Bool {
        if !anchor.isEmpty || kind == .alias { return true }
        let isMapping = kind == .mapping
        // Borrow the children rather than copying each (large) node while scanning.
        return children.withUnsafeBufferPointer { items in
            for i in items.indices {
                if isMapping, i % 2 == 0, items[i].value == "<<" { return true }
                if items[i].kind == .scalar && items[i].anchor.isEmpty { continue }
                if items[i].needsDeAnchor { return true }
            }
            return false
        }
    }
}

private struct DeAnchorBudget {
    let file: SourceFile?
    let limits: YAMLLimits
    /// Nodes materialised from aliases and merge sources (the tree's own nodes are free: the
    /// parser already bounded them).
    var nodes = 0
    /// How many alias or merge expansions enclose the node being copied.
    var expanding = 0

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(path: file?.path ?? "<input>", line: node.mark.line, column: node.mark.column, file: file)
    }

    mutating func deAnchor(_ node: Node, depth: Int) throws -> Node {
        if expanding > 0 { nodes += 1 }
        guard nodes <= limits.maxAliasExpansion else {
            throw YAMLError.aliasExpansionLimit(limit: limits.maxAliasExpansion, at: location(node))
        }
        guard depth <= limits.maxDepth else { throw YAMLError.nestingLimit(limit: limits.maxDepth, at: location(node)) }
        var out = node
        out.anchor = ""
        switch node.kind {
        case .scalar:
            return out
        case .alias:
            guard let target = node.children.first else { return .null }
            expanding += 1
            defer { expanding -= 1 }
            return try deAnchor(target, depth: depth)
        case .mapping:
            out = try applyMerges(out, depth: depth)
            fallthrough
        case .document, .sequence:
            for i in out.children.indices {
                out.children[i] = try deAnchor(out.children[i], depth: depth + 1)
            }
            return out
        }
    }

    /// kyaml `removeMergeTags` + `mergeAll`.
    mutating func applyMerges(_ mapping: Node, depth: Int) throws -> Node {
        guard !mapping.children.isEmpty else { return mapping }
        var mergeValue: Node?
        var i = 0
        while i + 1 < mapping.children.count {
            if mapping.children[i].tag == "!!merge" {
                guard mergeValue == nil else { throw YAMLError.invalidMerge("duplicate merge key", at: location(mapping.children[i])) }
                mergeValue = mapping.children[i + 1]
            }
            i += 2
        }
        var base = mapping
        if let at = base.children.indices.first(where: { $0 % 2 == 0 && $0 + 1 < base.children.count && base.children[$0].value == "<<" }) {
            base.children.removeSubrange(at...(at + 1))
        }
        guard let mergeValue else { return base }
        let sources = try mergeSources(mergeValue, depth: depth)
        var result = base
        for source in sources + [base] {
            var j = 0
            while j + 1 < source.children.count {
                set(&result, key: source.children[j], value: source.children[j + 1])
                j += 2
            }
        }
        return result
    }

    /// kyaml `findMergeValues`: a mapping, an alias of a mapping, or a sequence of those (which
    /// comes back reversed). Sources are de-anchored first so their own merges apply.
    mutating func mergeSources(_ value: Node, depth: Int) throws -> [Node] {
        switch value.kind {
        case .mapping:
            return [try deAnchor(value, depth: depth + 1)]
        case .alias:
            guard let target = value.children.first, target.kind == .mapping else {
                throw YAMLError.invalidMerge("invalid map merge: received alias for a non-map value", at: location(value))
            }
            expanding += 1
            defer { expanding -= 1 }
            return [try deAnchor(target, depth: depth + 1)]
        case .sequence:
            var out: [Node] = []
            for item in value.children {
                if item.kind == .sequence {
                    throw YAMLError.invalidMerge("invalid map merge: received a nested sequence", at: location(item))
                }
                out.insert(contentsOf: try mergeSources(item, depth: depth), at: 0)
            }
            return out
        default:
            throw YAMLError.invalidMerge("map merge requires map or sequence of maps as the value", at: location(value))
        }
    }

    /// kyaml `MapEntrySetter`: replace the first field with this key name, else append.
    func set(_ mapping: inout Node, key: Node, value: Node) {
        var i = 0
        while i + 1 < mapping.children.count {
            if mapping.children[i].value == key.value {
                mapping.children[i] = key
                mapping.children[i + 1] = value
                return
            }
            i += 2
        }
        mapping.children.append(key)
        mapping.children.append(value)
    }
}
