import YAML

/// Sets string entries in the maps a list of field specs point at, creating the maps where
/// the spec allows (kustomize `api/filters/labels` and `api/filters/annotations`).
struct MapEntriesFilter {
    var entries: [(String, String)]
    var fieldSpecs: [FieldSpec]

    func apply(_ r: Resource) throws {
        // kustomize applies keys in sorted order, each across every field spec.
        let keys = entries.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        let gvk = r.gvk
        let specs = fieldSpecs.filter { gvk.isSelected(by: $0.gvk) }
        if specs.isEmpty { return }
        for (k, v) in keys {
            for fs in specs {
                let f = FieldSpecFilter(spec: fs, createKind: .mapping, createTag: "!!map") { node in
                    try setEntry(&node, key: k, value: v, tag: "!!str")
                }
                try f.apply(to: &r.node, gvk: gvk)
            }
        }
    }
}

/// The label filter used outside the transformer pipeline (managed-by label).
struct LabelFilter {
    var labels: [(String, String)]
    var fieldSpecs: [FieldSpec]

    func apply(_ r: Resource) {
        try? MapEntriesFilter(entries: labels, fieldSpecs: fieldSpecs).apply(r)
    }
}
