import YAML

/// Sets `replicas` on the named workloads (kustomize `ReplicaCountTransformer`).
struct ReplicaCountTransformer: ResourceTransformer {
    var replica: Kustomization.ReplicaArgs
    var fieldSpecs: [FieldSpec]

    func transform(_ ra: ResourceAccumulator) throws {
        var found = false
        // kustomize holds the count as an int64 and prints it back with strconv.FormatInt.
        let count = replica.count.isNullScalar ? "0" : (Int64(replica.count.value).map(String.init) ?? replica.count.value)
        for fs in fieldSpecs {
            let matched = ra.resources.filter { r in
                r.allIds.contains { $0.name == replica.name && $0.gvk.isSelected(by: fs.gvk) }
            }
            if matched.isEmpty { continue }
            found = true
            for r in matched {
                let f = FieldSpecFilter(spec: fs, createKind: .scalar, createTag: "!!int") { node in
                    try setScalar(&node, count, tag: "!!int")
                }
                try f.apply(to: &r.node)
            }
        }
        if !found {
            let gvks = fieldSpecs.map(\.gvk.description).joined(separator: " ")
            throw KustomizeError.message("resource with name \(replica.name) does not match a config with the following GVK [\(gvks)]")
        }
    }
}
