/// Output order (kustomize `SortOrderTransformer` as `krusty` applies it): `legacy` by
/// default — kinds in a fixed order, then by Gvk, then by namespace and name — or `fifo`,
/// the accumulation order, when `sortOptions` asks for it.
struct ResourceSorter {
    let options: Kustomization.SortOptions?

    func sort(_ resources: [Resource]) throws -> [Resource] {
        guard let options else { return legacy(resources, first: Gvk.orderFirst, last: Gvk.orderLast) }
        let order = options.order ?? ""
        guard order == "fifo" || order == "legacy" else {
            throw KustomizeError.message("the field 'sortOptions.order' must be one of [fifo, legacy]")
        }
        if order == "fifo" {
            if options.hasLegacyOptions {
                throw KustomizeError.message("the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'")
            }
            return resources
        }
        if !options.hasLegacyOptions { return legacy(resources, first: Gvk.orderFirst, last: Gvk.orderLast) }
        return legacy(resources, first: options.orderFirst ?? [], last: options.orderLast ?? [])
    }

    /// kustomize `legacyIDSorter`.
    private func legacy(_ resources: [Resource], first: [String], last: [String]) -> [Resource] {
        var rank: [String: Int] = [:]
        for (i, k) in first.enumerated() { rank[k] = -first.count + i }
        for (i, k) in last.enumerated() { rank[k] = 1 + i }
        let keyed = resources.enumerated().map { (i, r) in (i, r, r.curId) }
        let sorted = keyed.sorted { a, b in
            let ga = a.2.gvk, gb = b.2.gvk
            if ga != gb {
                let ra = rank[ga.kind] ?? 0, rb = rank[gb.kind] ?? 0
                if ra != rb { return ra < rb }
                if ga.kind == "Namespace", gb.kind == "Namespace", ga.group.isEmpty || gb.group.isEmpty {
                    return ga.stableSortString > gb.stableSortString
                }
                return ga.stableSortString < gb.stableSortString
            }
            let la = legacySortString(a.2), lb = legacySortString(b.2)
            if la != lb { return la < lb }
            return a.0 < b.0
        }
        return sorted.map(\.1)
    }

    /// kustomize `legacyResIDSortString`.
    private func legacySortString(_ id: ResId) -> String {
        let ns = id.namespace.isEmpty ? "~X" : id.namespace
        let name = id.name.isEmpty ? "~N" : id.name
        return id.gvk.description + "|" + ns + "|" + name
    }
}
