import YAML

/// A step that edits the accumulated resources (kustomize `resmap.Transformer`).
protocol ResourceTransformer {
    func transform(_ ra: ResourceAccumulator) throws
}

/// Runs a transformer the way kustomize's `multiTransformer` does: afterwards the
/// transformer's origin is recorded on every resource (as its origin when it has none, else
/// appended to its transformations) and emptied resources are dropped.
enum TransformerAnnotations {
    static func apply(_ t: ResourceTransformer, origin: Origin?, to ra: ResourceAccumulator) throws {
        try t.transform(ra)
        if let origin {
            for r in ra.resources {
                if r.annotation(OriginAnnotation.key) == nil {
                    r.setAnnotation(OriginAnnotation.key, origin.annotationText)
                } else {
                    let existing = r.annotation(OriginAnnotation.transformationsKey) ?? ""
                    var item = origin.lines(indent: "  ")
                    if !item.isEmpty { item[0] = "- " + item[0].dropFirst(2) }
                    r.setAnnotation(OriginAnnotation.transformationsKey, existing + item.joined())
                }
            }
        }
        ra.resources.removeAll { $0.node.kind != .mapping || $0.node.children.isEmpty }
    }
}
