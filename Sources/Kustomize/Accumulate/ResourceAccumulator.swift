import YAML

/// The resources, transformer config and vars gathered so far for one target
/// (kustomize `accumulator.ResAccumulator` over a `resmap.ResMap`).
final class ResourceAccumulator {
    var resources: [Resource] = [] {
        // Any outside change (a transformer pass, a generator merge) may rename resources.
        didSet { if !appending { idKeys = nil } }
    }
    /// Ids of `resources` while only `append` has touched them (files are appended one at
    /// a time, so rebuilding the set each time would be quadratic).
    private var idKeys: Set<String>?
    private var appending = false
    var config = TransformerConfig()
    var vars: [Kustomization.VarArgs] = []

    /// Adds resources that must have new ids (kustomize `ResMap.Append`).
    func append(_ list: [Resource]) throws {
        // One pass over the ids already present, then a set lookup per new resource.
        var present = idKeys ?? Set(resources.map { $0.curId.key })
        appending = true
        defer { appending = false; idKeys = present }
        for r in list {
            let id = r.curId
            if !present.insert(id.key).inserted {
                throw KustomizeError.message("may not add resource with an already registered id: \(id)")
            }
            resources.append(r)
        }
    }

    func append(_ r: Resource) throws { try append([r]) }

    /// Adds generated resources, honouring their merge/replace behavior (`AbsorbAll`).
    func absorb(_ list: [Resource]) throws {
        for r in list { try absorb(r) }
    }

    private func absorb(_ r: Resource) throws {
        let id = r.curId
        let matches = resources.indices.filter { i in resources[i].allIds.contains { $0.equals(id) } }
        switch matches.count {
        case 0:
            if r.behavior == .merge || r.behavior == .replace {
                throw KustomizeError.message("id \(goSyntax(id)) does not exist; cannot merge or replace")
            }
            try append(r)
        case 1:
            let index = matches[0]
            let old = resources[index]
            switch r.behavior {
            case .replace:
                copyMergeMetadata(into: r, from: old)
            case .merge:
                let origin = old.annotation(OriginAnnotation.key)
                copyMergeMetadata(into: r, from: old)
                mergeDataMap("data", into: r, from: old)
                mergeDataMap("binaryData", into: r, from: old)
                if let origin { r.setAnnotation(OriginAnnotation.key, origin) }
            case .create:
                throw KustomizeError.message("id \(goSyntax(id)) exists; behavior must be merge or replace")
            }
            resources[index] = r
        default:
            let ids = matches.map { resources[$0].curId.description }.joined(separator: " ")
            throw KustomizeError.message("found multiple objects [\(ids)] that could accept merge of \(id)")
        }
    }

    /// Go's `%#v` of a ResId, which kustomize prints in generator merge errors.
    private func goSyntax(_ id: ResId) -> String {
        "resid.ResId{Gvk:resid.Gvk{Group:\"\(id.gvk.group)\", Version:\"\(id.gvk.version)\", Kind:\"\(id.gvk.kind)\", isClusterScoped:\(id.isClusterScoped)}, Name:\"\(id.name)\", Namespace:\"\(id.namespace)\"}"
    }

    /// kustomize `CopyMergeMetaDataFieldsFrom`: labels and annotations merged (new wins),
    /// name/namespace and build bookkeeping taken from the old resource.
    private func copyMergeMetadata(into r: Resource, from old: Resource) {
        r.setMetadataMap("labels", mergeMaps(old.labels, r.labels))
        r.setMetadataMap("annotations", mergeMaps(old.annotations, r.annotations))
        r.setName(old.name)
        r.setNamespace(old.namespace)
        r.previousIds = old.previousIds
        r.prefixes = old.prefixes
        r.suffixes = old.suffixes
        r.refBy = old.refBy
        r.needsHashSuffix = r.needsHashSuffix && old.needsHashSuffix
        r.behavior = old.behavior
        r.refVarNames = old.refVarNames
    }

    private func mergeDataMap(_ field: String, into r: Resource, from old: Resource) {
        let merged = mergeMaps(old.node[field]?.stringMap ?? [], r.node[field]?.stringMap ?? [])
        r.node.remove(field)
        if merged.isEmpty { return }
        let sorted = merged.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        r.node.set(field, .stringMapping(sorted.map { ($0.key, $0.value) }))
    }

    private func mergeMaps(_ a: [(key: String, value: String)], _ b: [(key: String, value: String)]) -> [(key: String, value: String)] {
        var out = a
        for (k, v) in b {
            if let i = out.firstIndex(where: { $0.key == k }) { out[i].value = v } else { out.append((k, v)) }
        }
        return out
    }

    func mergeConfig(_ c: TransformerConfig) throws {
        do {
            config = try config.merged(with: c)
        } catch {
            throw KustomizeError.wrap(error, "merging config")
        }
    }

    /// Appends another accumulator's contents (`MergeAccumulator`).
    func merge(_ other: ResourceAccumulator) throws {
        try append(other.resources)
        try mergeConfig(other.config)
        try mergeVars(other.vars)
    }

    private func mergeVars(_ incoming: [Kustomization.VarArgs]) throws {
        for v in incoming {
            if let existing = vars.first(where: { $0.name == v.name }) {
                _ = existing
                throw KustomizeError.message("var '\(v.name)' already encountered")
            }
            vars.append(v)
        }
    }

    /// kustomize `ResAccumulator.MergeVars`: records which resource each var names.
    func addVars(_ incoming: [Kustomization.VarArgs]) throws {
        for v in incoming {
            let target = ResId(gvk: v.objRef.gvk, name: v.objRef.name, namespace: v.objRef.namespace)
            let strict = !target.namespace.isEmpty || target.isClusterScoped
            let matched = resources.filter { r in
                r.allIds.contains { id in
                    strict ? id.equals(target) : id.gvknEquals(target)
                }
            }
            if matched.count > 1 {
                throw KustomizeError.message("found \(matched.count) resId matches for var \(v.name) (unable to disambiguate)")
            }
            matched.first?.refVarNames.append(v.name)
        }
        try mergeVars(incoming)
    }
}
