import YAML

/// Transformer config from the OpenAPI definitions listed in `crds:` (kustomize
/// `accumulator.LoadConfigFromCRDs`): `x-kubernetes-*` extensions on properties become
/// annotation, label, prefix and name-reference field specs.
struct CRDConfigLoader {
    let loader: FileLoader

    func load(_ entries: [Kustomization.Entry]) throws -> TransformerConfig {
        var tc = TransformerConfig()
        for e in entries {
            let file = try loader.load(e.value)
            let docs: [Node]
            do { docs = try ResourceReader.documents(file) } catch {
                throw KustomizeError.wrap(error, "unable to parse open API definition from '\(e.value)'")
            }
            guard let root = docs.first, root.kind == .mapping else { continue }
            var defs: [String: Node] = [:]
            for (k, v) in root.pairs { defs[k.value] = v.resolved }
            for name in defs.keys.sorted() {
                guard let props = defs[name]?["Schema"]?["properties"], props.kind == .mapping,
                      props["kind"] != nil, props["apiVersion"] != nil, props["metadata"] != nil else { continue }
                var one = TransformerConfig()
                let kind = name.split(separator: ".").last.map(String.init) ?? name
                try collect(&one, Gvk(kind: kind), defs, name, [], depth: 0)
                tc = try tc.merged(with: one)
            }
        }
        return tc
    }

    private func collect(_ tc: inout TransformerConfig, _ gvk: Gvk, _ defs: [String: Node], _ typeName: String,
                         _ path: [String], depth: Int) throws {
        guard depth < 64, let props = defs[typeName]?["Schema"]?["properties"], props.kind == .mapping else { return }
        for (key, prop) in props.pairs {
            let prop = prop.resolved
            let p = path + [key.value]
            func fs(_ extra: [String] = []) -> FieldSpec { FieldSpec(gvk: gvk, path: (p + extra).joined(separator: "/")) }
            if prop["x-kubernetes-annotation"] != nil { tc.commonAnnotations = try tc.commonAnnotations.mergingOne(fs()) }
            if prop["x-kubernetes-label-selector"] != nil { tc.commonLabels = try tc.commonLabels.mergingOne(fs()) }
            if prop["x-kubernetes-identity"] != nil { tc.namePrefix = try tc.namePrefix.mergingOne(fs()) }
            if let version = prop.scalarValue("x-kubernetes-object-ref-api-version"),
               let kind = prop.scalarValue("x-kubernetes-object-ref-kind") {
                let nameKey = prop.scalarValue("x-kubernetes-object-ref-name-key") ?? "name"
                let ref = NameBackReference(gvk: Gvk(version: version, kind: kind), referrers: [fs([nameKey])])
                tc = try tc.merged(with: { var t = TransformerConfig(); t.nameReference = [ref]; return t }())
            }
            if let ref = prop.scalarValue("$ref"), !ref.isEmpty {
                try collect(&tc, gvk, defs, ref, p, depth: depth + 1)
            }
        }
    }
}
