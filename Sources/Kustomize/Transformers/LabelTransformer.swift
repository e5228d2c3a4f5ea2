/// Adds labels through its field specs (kustomize `LabelTransformer`).
struct LabelTransformer: ResourceTransformer {
    var labels: [(key: String, value: String)]
    var fieldSpecs: [FieldSpec]

    func transform(_ ra: ResourceAccumulator) throws {
        if labels.isEmpty { return }
        let filter = MapEntriesFilter(entries: labels.map { ($0.key, $0.value) }, fieldSpecs: fieldSpecs)
        for r in ra.resources { try filter.apply(r) }
    }
}

/// Adds annotations through its field specs (kustomize `AnnotationsTransformer`).
struct AnnotationsTransformer: ResourceTransformer {
    var annotations: [(key: String, value: String)]
    var fieldSpecs: [FieldSpec]

    func transform(_ ra: ResourceAccumulator) throws {
        if annotations.isEmpty { return }
        let filter = MapEntriesFilter(entries: annotations.map { ($0.key, $0.value) }, fieldSpecs: fieldSpecs)
        for r in ra.resources { try filter.apply(r) }
    }
}
