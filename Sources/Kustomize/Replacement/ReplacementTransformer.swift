import YAML

/// kustomize's `replacements:` (api/filters/replacement): copy a value from one resource
/// (or a literal `sourceValue`) into fields of others.
///
/// Each replacement node is the inline form from a kustomization:
/// `source: {group, version, kind, name, namespace, fieldPath, options}` or `sourceValue`,
/// and `targets: [{select, reject, fieldPaths, options: {delimiter, index, create}}]`.
/// Entries given as `path:` are the loader's to read; pass their contents here.
public enum ReplacementTransformer {
    /// Previous ids are read from kustomize's `internal.config.kubernetes.io/previous*`
    /// annotations on the nodes.
    public static func apply(_ replacements: [Node], to resources: inout [Node]) throws {
        try apply(replacements, to: &resources, previousIds: nil)
    }

    /// The same, with each resource's previous ids (oldest first) supplied by a caller that
    /// keeps them outside the nodes; `previousIds[i]` belongs to `resources[i]`.
    public static func apply(_ replacements: [Node], to resources: inout [Node], previousIds: [[ResId]]?) throws {
        let ids: ([Node], Int) throws -> [ResourceId] = { nodes, i in
            guard let previousIds, i < previousIds.count else { return try ResourceId.ids(of: nodes[i]) }
            let current = try ResourceId.ids(of: nodes[i])[0]
            return [current] + previousIds[i].map {
                ResourceId(group: $0.gvk.group, version: $0.gvk.version, kind: $0.gvk.kind, name: $0.name, namespace: $0.namespace)
            }
        }
        // Resources as kustomize holds them: de-anchored when read (kyaml DeAnchor).
        for i in resources.indices { resources[i] = try resources[i].deAnchored() }
        for r in replacements {
            let node = r.resolved
            do {
                try apply(node, to: &resources, ids: ids)
            } catch let f as FieldPathFailure {
                throw PatchError(f.text, at: node.mark)
            }
        }
    }

    private typealias IdsOf = ([Node], Int) throws -> [ResourceId]

    private static func apply(_ r: Node, to resources: inout [Node], ids: IdsOf) throws {
        let source = r["source"]?.resolved
        let sourceValue = r["sourceValue"]?.resolved
        guard source != nil || sourceValue != nil, let targets = r["targets"]?.resolved, !targets.isNullScalar else {
            throw PatchError("replacements must specify a source and at least one target", at: r.mark)
        }
        let value = try replacementValue(source: source, sourceValue: sourceValue, in: resources, at: r, ids: ids)
        for t in targets.children.map(\.resolved) {
            try copy(value, to: t, in: &resources, ids: ids)
        }
    }

    /// The value to copy. kyaml hands the targets a pointer into the source resource, so a
    /// target edit inside that node shows in later copies; `live` re-reads it to match.
    private struct SourceValue {
        var node: Node
        var live: (resource: Int, path: FieldPath)?

        func current(in resources: [Node]) -> Node {
            guard let live, live.resource < resources.count,
                  let n = try? live.path.get(in: resources[live.resource]) else { return node }
            return n
        }
    }

    // MARK: source

    private static func replacementValue(source: Node?, sourceValue: Node?, in resources: [Node], at r: Node,
                                         ids: IdsOf) throws -> SourceValue {
        if source != nil && sourceValue != nil {
            throw PatchError("value and resource selectors are mutually exclusive", at: r.mark)
        }
        if let sourceValue { return SourceValue(node: .scalar(sourceValue.value)) }
        guard let source else { return SourceValue(node: .null) }
        let selector = ResourceId(source)
        let fieldPathText = source["fieldPath"]?.resolved.value ?? ""
        let options = source["options"]?.resolved
        var match: Node?
        var matchIndex = 0
        for (i, resource) in resources.enumerated() {
            if try ids(resources, i).contains(where: { $0.isSelected(by: selector) }) {
                if match != nil {
                    throw PatchError("multiple matches for selector \(describe(selector, fieldPathText, options))", at: source.mark)
                }
                match = resource
                matchIndex = i
            }
        }
        guard let match else {
            throw PatchError("nothing selected by \(describe(selector, fieldPathText, options))", at: source.mark)
        }
        let path = FieldPath(fieldPathText.isEmpty ? "metadata.name" : fieldPathText)
        let found: Node?
        do { found = try path.get(in: match) } catch let f as FieldPathFailure {
            throw PatchError("error looking up replacement source: \(f.text)", at: source["fieldPath"]?.mark ?? source.mark)
        }
        guard let value = found, !isNilOrEmpty(value) else {
            throw PatchError("fieldPath `\(path.text)` is missing for replacement source \(selector.description)",
                             at: source["fieldPath"]?.mark ?? source.mark)
        }
        // A delimiter option copies the part it takes; otherwise the node stays live.
        let refined = try refine(value, options: options)
        let delimited = !(options?["delimiter"]?.resolved.value ?? "").isEmpty
        return SourceValue(node: refined, live: delimited ? nil : (matchIndex, path))
    }

    /// kyaml `IsNilOrEmpty` on a looked-up value.
    private static func isNilOrEmpty(_ n: Node) -> Bool {
        switch n.kind {
        case .scalar: return n.isNullScalar || (n.value.isEmpty && n.tag != "!!str")
        case .mapping, .sequence: return n.children.isEmpty
        default: return false
        }
    }

    /// `SourceSelector.String()`: the id, the field path, the options.
    private static func describe(_ id: ResourceId, _ fieldPath: String, _ options: Node?) -> String {
        var parts = [id.description]
        if !fieldPath.isEmpty { parts.append(fieldPath) }
        let delimiter = options?["delimiter"]?.resolved.value ?? ""
        let create = options?["create"]?.resolved.value == "true"
        if !delimiter.isEmpty || create {
            parts.append("\(delimiter)(\(options?["index"]?.resolved.value ?? "0")), create=\(create)")
        }
        return parts.joined(separator: ":")
    }

    /// Source `options`: take one part of a delimited value.
    private static func refine(_ value: Node, options: Node?) throws -> Node {
        guard let options, let delimiter = options["delimiter"]?.resolved.value, !delimiter.isEmpty else { return value }
        guard value.kind == .scalar else {
            throw PatchError("delimiter option can only be used with scalar nodes", at: options.mark)
        }
        let parts = value.value.components(separatedBy: delimiter)
        let index = Int(options["index"]?.resolved.value ?? "0") ?? 0
        guard index >= 0, index < parts.count else {
            throw PatchError("options.index \(index) is out of bounds for value \(value.value)", at: options.mark)
        }
        var v = value
        v.value = parts[index]
        return v
    }

    // MARK: targets

    private static func copy(_ value: SourceValue, to target: Node, in resources: inout [Node], ids idsOf: IdsOf) throws {
        guard let select = target["select"]?.resolved, !select.isNullScalar else {
            throw PatchError("target must specify resources to select", at: target.mark)
        }
        let rejects = target["reject"]?.resolved.children.map(\.resolved) ?? []
        var paths = target["fieldPaths"]?.resolved.children.map { ($0.resolved.value, $0.mark) } ?? []
        if paths.isEmpty { paths = [("metadata.name", target.mark)] }
        let options = target["options"]?.resolved
        let selectId = ResourceId(select)
        let selectLabels = try selector(select, "labelSelector")
        let selectAnnotations = try selector(select, "annotationSelector")
        let rejectIds = rejects.map(ResourceId.init).filter { !$0.isEmpty }
        let rejectSelectors = try rejects.compactMap { r -> (LabelSelector?, LabelSelector?)? in
            let l = try selector(r, "labelSelector"), a = try selector(r, "annotationSelector")
            return l == nil && a == nil ? nil : (l, a)
        }

        for i in resources.indices {
            let resource = resources[i]
            let meta = resource.resolved["metadata"]?.resolved
            let labels = PatchTarget.stringMap(meta?["labels"])
            let annotations = PatchTarget.stringMap(meta?["annotations"])
            guard selectLabels?.matches(labels) ?? true, selectAnnotations?.matches(annotations) ?? true else { continue }
            if rejectSelectors.contains(where: { ($0.0?.matches(labels) ?? true) && ($0.1?.matches(annotations) ?? true) }) { continue }
            let ids = try idsOf(resources, i)
            guard ids.contains(where: { $0.isSelected(by: selectId) }),
                  !rejectIds.contains(where: { reject in ids.contains { $0.isSelected(by: reject) } }) else { continue }
            for (text, mark) in paths {
                let current = value.current(in: resources)
                try setValue(current, at: FieldPath(text), mark: mark, options: options, in: &resources[i])
            }
        }
    }

    /// A typed scalar (`replicas: 1` is `!!int`) keeps its tag when it takes new text, and
    /// kustomize fails when it next decodes the resource if the text does not fit the tag
    /// (yaml.v3 `cannot decode !!str `abc` as a !!int`); the same check, made here.
    static func checkTyped(_ tag: String, accepts text: String, at mark: Node.Mark) throws {
        guard ["!!null", "!!bool", "!!int", "!!float", "!!timestamp"].contains(tag) else { return }
        let resolved: String
        if YAMLTimestamp(text) != nil {
            resolved = "!!timestamp"
        } else if GoInt.parseUnsigned(text.filter { $0 != "_" }) != nil {
            resolved = "!!int"
        } else {
            switch try JSONValue.resolvePlain(text, resolution: .yamlV3) {
            case .null: resolved = "!!null"
            case .bool: resolved = "!!bool"
            case .int, .uint: resolved = "!!int"
            case .float: resolved = "!!float"
            default: resolved = "!!str"
            }
        }
        if resolved == tag || (tag == "!!float" && resolved == "!!int") { return }
        throw PatchError("map[string]interface {}(nil): yaml: cannot decode \(resolved) `\(text)` as a \(tag)", at: mark)
    }

    private static func selector(_ n: Node, _ key: String) throws -> LabelSelector? {
        guard let text = n[key]?.resolved.value, !text.isEmpty else { return nil }
        do { return try LabelSelector(parsing: text) } catch var e as PatchError {
            e.mark = n[key]?.mark
            throw e
        }
    }

    private static func setValue(_ value: Node, at path: FieldPath, mark: Node.Mark, options: Node?, in resource: inout Node) throws {
        let create = options?["create"]?.resolved.value == "true"
        let failure = create ? "unable to find or create field \"\(path.text)\" in replacement target"
                             : "unable to find field \"\(path.text)\" in replacement target"
        let delimiter = options?["delimiter"]?.resolved.value ?? ""
        let index = Int(options?["index"]?.resolved.value ?? "0") ?? 0
        let count: Int
        do {
            count = try path.modify(in: &resource, create: create ? value.kind : nil) { field in
                var v = value
                if !delimiter.isEmpty {
                    guard field.kind == .scalar else {
                        throw PatchError("delimiter option can only be used with scalar nodes", at: mark)
                    }
                    var parts = field.value.components(separatedBy: delimiter)
                    if index < 0 { parts.insert(v.value, at: 0) } else if index >= parts.count { parts.append(v.value) } else { parts[index] = v.value }
                    v.value = parts.joined(separator: delimiter)
                }
                // A scalar keeps its tag and style and takes the text; anything else is replaced.
                if field.kind == .scalar {
                    try checkTyped(field.tag, accepts: v.value, at: mark)
                    field.value = v.value
                } else {
                    field = v
                }
            }
        } catch let f as FieldPathFailure {
            throw PatchError("\(failure): \(f.text)", at: mark)
        }
        if count == 0 { throw PatchError(failure, at: mark) }
    }
}

extension String {
    /// Go `strings.Split` (an empty separator is not used here).
    func components(separatedBy sep: String) -> [String] {
        guard !sep.isEmpty else { return [self] }
        var out: [String] = []
        var rest = Substring(self)
        while let r = rest.firstRange(of: sep) {
            out.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}
