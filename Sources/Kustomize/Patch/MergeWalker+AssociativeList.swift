/// Merging lists whose elements are paired by merge keys, and the `$patch` directive.
///
/// Mirrors kyaml v0.20.1 `walk/associative_sequence.go` and the `ElementSetter` /
/// `ElementMatcher` filters it relies on, including their quirks: lists are rebuilt patch
/// elements first, target-only elements after; elements that are null or `{}` are dropped;
/// with two merge keys (container and service ports) an element missing the second key is
/// matched on the first alone.
extension MergeWalker {
    enum Directive: Equatable { case merge, replace, delete }

    /// kyaml `determineSmpDirective`: reads `$patch` from a map, or from a `{$patch: x}`
    /// element of a list, and removes it from the patch.
    func directive(of patch: MergeNode?) throws -> Directive {
        guard let patch else { return .merge }
        switch patch.kind {
        case .mapping:
            guard let field = patch.field("$patch") else { return .merge }
            let d = try parseDirective(field.value)
            patch.removeField("$patch")
            return d
        case .sequence:
            guard let element = patch.content.first(where: { $0.kind == .mapping && $0.field("$patch") != nil }),
                  element.content.count <= 2, let field = element.field("$patch") else { return .merge }
            let d = try parseDirective(field.value)
            setElement(in: patch, element: nil, keys: ["$patch"], values: [field.value.value])
            return d
        default:
            throw PatchError("no implemented strategic merge patch strategy for '\(patch.tag)' ('\(patch.value)')",
                             at: patch.mark)
        }
    }

    private func parseDirective(_ value: MergeNode) throws -> Directive {
        switch value.value {
        case "delete": return .delete
        case "replace": return .replace
        case "merge": return .merge
        default: throw PatchError("unknown patch strategy '\(value.value)'", at: value.mark)
        }
    }

    func walkAssociativeList(dest: MergeNode?, origin: MergeNode?, position: MergeKeySchema.Position?,
                             path: [String]) throws -> MergeNode? {
        guard let merged = try visitList(dest: dest, origin: origin, associative: true) else { return nil }
        let keys = position?.listKeys ?? []
        // Patch first, then target: kustomize merges with ListIncreaseDirection = prepend.
        let sources = [origin, merged]
        if !keys.isEmpty {
            var seen: [[String]] = []
            for case let list? in sources where list.kind == .sequence {
                for element in list.content {
                    let tuple = keys.map { k -> String in
                        guard let v = element.field(k)?.value, !v.isNilOrEmpty else { return "" }
                        return v.value
                    }
                    if !seen.contains(tuple) { seen.append(tuple) }
                }
            }
            return try mergeElements(seen, keys: keys, dest: merged, origin: origin, position: position, path: path)
        }
        // A list of scalars with strategy merge (finalizers): a union.
        var seen: [String] = []
        for case let list? in sources where list.kind == .sequence {
            for item in list.content where !seen.contains(item.value) { seen.append(item.value) }
        }
        return try mergeElements(seen.map { [$0] }, keys: [""], dest: merged, origin: origin, position: position, path: path)
    }

    /// kyaml `setAssociativeSequenceElements`.
    private func mergeElements(_ tuples: [[String]], keys: [String], dest: MergeNode, origin: MergeNode?,
                               position: MergeKeySchema.Position?, path: [String]) throws -> MergeNode? {
        var tuples = tuples
        if keys.count > 1 { tuples = unifyPartialTuples(tuples) }
        let added = MergeNode.list()
        let elementPosition = schema.elements(of: position)
        var validKeys: [String] = []
        for tuple in tuples where !tuple.isEmpty {
            let valid = validate(tuple, keys: keys, among: tuples)
            validKeys = valid.keys
            let lookup = validate(valid.values, keys: valid.keys, among: [valid.values])
            let d = element(in: dest, keys: lookup.keys, values: lookup.values)
            let o = origin.flatMap { element(in: $0, keys: lookup.keys, values: lookup.values) }
            let value = try walk(dest: d, origin: o, position: elementPosition, path: path)
            guard let value, !isMissingOrEmptyMap(value) else {
                setElement(in: dest, element: nil, keys: valid.keys, values: valid.values)
                continue
            }
            for (i, key) in valid.keys.enumerated() where i < valid.values.count && !valid.values[i].isEmpty {
                if key.isEmpty {
                    // kyaml re-sets a scalar element to a fresh string node of the same text.
                    if value.kind == .scalar { value.tag = "!!str" }
                } else if value.field(key) == nil, value.kind == .mapping {
                    value.content.append(.scalar(key))
                    value.content.append(.scalar(valid.values[i]))
                }
            }
            setElement(in: added, element: value, keys: valid.keys, values: valid.values)
        }
        guard !tuples.isEmpty else { return dest }
        try appendList(dest, to: added, keys: validKeys)
        return added
    }

    /// kyaml `validateKeys`: keep the keys some tuple has a value for (all keys if none has).
    private func validate(_ values: [String], keys: [String], among all: [[String]]) -> (keys: [String], values: [String]) {
        var present = Set<String>()
        for t in all { for (i, v) in t.enumerated() where !v.isEmpty && i < keys.count { present.insert(keys[i]) } }
        if present.isEmpty { return (keys, values) }
        let k = keys.filter { present.contains($0) }
        var v: [String] = []
        for (i, value) in values.enumerated() where !value.isEmpty || (i < keys.count && present.contains(keys[i])) {
            v.append(value)
        }
        return (k, v)
    }

    /// kyaml `mergeValues`: tuples that agree where both have values (and share one) become
    /// their union, so `{port: 80}` and `{port: 80, protocol: TCP}` pair up.
    private func unifyPartialTuples(_ tuples: [[String]]) -> [[String]] {
        var t = tuples
        for i in t.indices {
            for j in t.indices {
                let a = t[i], b = t[j]
                guard a.count == b.count else { continue }
                var common = false, conflict = false
                var union: [String] = []
                for k in a.indices {
                    if a[k] == b[k] { common = true; union.append(a[k]); continue }
                    if !a[k].isEmpty && !b[k].isEmpty { conflict = true; break }
                    union.append(a[k].isEmpty ? b[k] : a[k])
                }
                if common && !conflict { t[i] = union; t[j] = union }
            }
        }
        return t
    }

    /// kyaml `appendListNode(dst, src, keys)`: each `src` element replaces its match in `dst`
    /// or is appended.
    private func appendList(_ src: MergeNode, to dst: MergeNode, keys: [String]) throws {
        for element in src.content {
            if keys.first ?? "" == "" {
                setElement(in: dst, element: element, keys: [""], values: [element.value])
                continue
            }
            var values: [String] = []
            for key in keys {
                if isMissingOrNull(element) { dst.content.append(element); continue }
                guard element.kind == .mapping else {
                    let got = element.kind == .scalar ? "ScalarNode: node contents:\n\(element.value)\n" : "SequenceNode"
                    throw PatchError("wrong node kind: expected MappingNode but got \(got)", at: element.mark)
                }
                guard let v = element.field(key)?.value else {
                    dst.content.append(element)
                    continue
                }
                values.append(v.value)
            }
            if keys.count > 1 { setElement(in: dst, element: nil, keys: keys, values: values) }
            setElement(in: dst, element: element, keys: keys, values: values)
        }
    }

    /// kyaml `ElementMatcher` with keys and values: the first element whose fields all equal
    /// the values (a key of "" matches scalar elements by value).
    private func element(in list: MergeNode, keys: [String], values: [String]) -> MergeNode? {
        guard list.kind == .sequence else { return nil }
        let keys = keys.isEmpty ? [""] : keys
        let values = values.isEmpty ? [""] : values
        if keys[0].isEmpty {
            return list.content.first { $0.value == values[0] }
        }
        guard keys.count == values.count else { return nil }
        return list.content.first { element in
            element.kind == .mapping && keys.indices.allSatisfy { i in
                element.field(keys[i]).map { $0.value.value == values[i] && !$0.value.isTaggedNull } ?? false
            }
        }
    }

    /// kyaml `ElementSetter`: removes null and `{}` elements, replaces every element matching
    /// the keys/values with `element` (or removes them when it is nil), appends `element`
    /// when none matched.
    func setElement(in list: MergeNode, element: MergeNode?, keys: [String], values: [String]) {
        let keys = keys.isEmpty ? [""] : keys
        let mappingSetter = !keys[0].isEmpty && !values.isEmpty && !values[0].isEmpty
        var kept: [MergeNode] = []
        var matched = false
        for item in list.content {
            if isMissingOrEmptyMap(item) { continue }
            if item.kind != .mapping && mappingSetter { kept.append(item); continue }
            var found = true
            var hit = false
            for j in keys.indices {
                if j < values.count { hit = fieldMatches(item, name: keys[j], value: values[j]) }
                if !hit { found = false; break }
            }
            if !found {
                if !values.isEmpty { kept.append(item) }
                continue
            }
            matched = true
            if let element { kept.append(element) }
        }
        list.content = kept
        guard let element, !isMissingOrNull(element) else { return }
        if !matched { list.content.append(element) }
    }

    /// kyaml `FieldMatcher{Name, StringValue}`: an empty value matches any value of the field;
    /// a name of "" compares a scalar element itself.
    private func fieldMatches(_ node: MergeNode, name: String, value: String) -> Bool {
        if isMissingOrNull(node) { return false }
        if name.isEmpty { return node.kind == .scalar && node.value == value }
        guard node.kind == .mapping else { return false }
        return node.fieldNames.indices.contains { i in
            node.content[2 * i].value == name && (value.isEmpty || node.content[2 * i + 1].value == value)
        }
    }
}
