import YAML

/// The last steps of `krusty.Kustomizer.Run`: the managed-by label, then dropping origin
/// and transformer annotations unless `buildMetadata` asks to keep them. As kustomize
/// rewrites every resource's annotations here, an annotation map left empty disappears and
/// annotation values become strings.
struct BuildMetadata {
    let keepOrigin: Bool
    let keepTransformations: Bool
    let managedBy: Bool

    static let managedByKey = "app.kubernetes.io/managed-by"
    static let managedByValue = "kustomize-v5.7.1"

    init(_ options: [String]) {
        keepOrigin = options.contains("originAnnotations")
        keepTransformations = options.contains("transformerAnnotations")
        managedBy = options.contains("managedByLabel")
    }

    func finish(_ resources: inout [Resource]) throws {
        for r in resources {
            if managedBy {
                LabelFilter(labels: [(BuildMetadata.managedByKey, BuildMetadata.managedByValue)],
                            fieldSpecs: [FieldSpec(path: "metadata/labels", create: true)]).apply(r)
            }
            var ann = r.annotations
            if !keepOrigin { ann.removeAll { $0.key == OriginAnnotation.key } }
            if !keepTransformations { ann.removeAll { $0.key == OriginAnnotation.transformationsKey } }
            rewriteAnnotations(r, ann)
        }
    }

    private func rewriteAnnotations(_ r: Resource, _ pairs: [(key: String, value: String)]) {
        r.node.modify("metadata") { meta in
            guard let idx = meta.valueIndex(forKey: "annotations") else { return }
            if pairs.isEmpty {
                meta.remove("annotations")
                return
            }
            var m = meta.children[idx]
            if m.kind != .mapping { m = Node(kind: .mapping, tag: "!!map") }
            var out = Node(kind: .mapping, tag: "!!map")
            for (k, v) in pairs {
                // Keep each value node's style but force a string, as kyaml's SetAnnotations does.
                var valueNode = Node.string(v)
                if let old = m[k], old.kind == .scalar { valueNode.style = old.style.intersection([.doubleQuoted, .singleQuoted, .literal, .folded]) }
                out.children.append(.string(k))
                out.children.append(valueNode)
            }
            meta.children[idx] = out
        }
    }
}
