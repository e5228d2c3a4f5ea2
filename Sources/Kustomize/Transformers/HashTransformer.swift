/// Appends the content hash to generated names (kustomize `HashTransformer`), run once at
/// the end of the top-level build.
struct HashTransformer: ResourceTransformer {
    func transform(_ ra: ResourceAccumulator) throws {
        for r in ra.resources where r.needsHashSuffix {
            let h = ContentHasher.hash(r.node)
            r.storePreviousId()
            r.setName("\(r.name)-\(h)")
        }
    }
}
