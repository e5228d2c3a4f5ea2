import YAML

/// Adds a name prefix or suffix through its field specs (kustomize `PrefixTransformer` and
/// `SuffixTransformer`), recording it and the previous id for name references.
struct PrefixSuffixTransformer: ResourceTransformer {
    enum Affix { case prefix, suffix }
    var affix: Affix
    var value: String
    var fieldSpecs: [FieldSpec]

    /// Kinds kustomize never renames.
    static let skipped = [Gvk(kind: "CustomResourceDefinition"), Gvk(group: "apiregistration.k8s.io", kind: "APIService"),
                          Gvk(kind: "Namespace")]

    func transform(_ ra: ResourceAccumulator) throws {
        for r in ra.resources {
            let id = r.orgId
            if PrefixSuffixTransformer.skipped.contains(where: { id.gvk.isSelected(by: $0) }) { continue }
            for fs in fieldSpecs where id.gvk.isSelected(by: fs.gvk) {
                if fs.path == "metadata/name" {
                    if affix == .prefix { r.prefixes.append(value) } else { r.suffixes.append(value) }
                    if !value.isEmpty { r.storePreviousId() }
                }
                let affix = self.affix, value = self.value
                let f = FieldSpecFilter(spec: fs, createKind: .scalar, createTag: "!!str") { node in
                    let new = affix == .prefix ? value + node.value : node.value + value
                    try setScalar(&node, new, tag: "")
                }
                try f.apply(to: &r.node)
            }
        }
    }
}
