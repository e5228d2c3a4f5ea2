/// Which object of side A each object of side B stands for.
///
/// First by identity (a repeated identity pairs first with first, second with second);
/// then, among the objects left over, generated names — `base-` plus a kustomize hash —
/// with the same group, kind, namespace and base name, in order. Those renames are kept so
/// references that followed them are not reported as changes.
struct ResourcePairing {
    private(set) var partnerInA: [Int?]
    private(set) var partnerInB: [Int?]
    /// Side A name → side B name of each generated-name pair.
    private(set) var renames: [String: String] = [:]

    init(_ a: [ResourceID], _ b: [ResourceID]) {
        partnerInA = Array(repeating: nil, count: b.count)
        partnerInB = Array(repeating: nil, count: a.count)

        var byID: [ResourceID: [Int]] = [:]
        for (i, id) in a.enumerated() { byID[id, default: []].append(i) }
        var next: [ResourceID: Int] = [:]
        for (j, id) in b.enumerated() {
            guard let candidates = byID[id] else { continue }
            let k = next[id, default: 0]
            guard k < candidates.count else { continue }
            next[id] = k + 1
            link(candidates[k], j)
        }

        struct GeneratedKey: Hashable { var group, kind, namespace, base: String }
        func key(_ id: ResourceID) -> GeneratedKey? {
            GeneratedName.baseName(of: id.name).map { GeneratedKey(group: id.group, kind: id.kind, namespace: id.namespace, base: $0) }
        }
        var generatedA: [GeneratedKey: [Int]] = [:]
        for (i, id) in a.enumerated() where partnerInB[i] == nil {
            if let k = key(id) { generatedA[k, default: []].append(i) }
        }
        guard !generatedA.isEmpty else { return }
        var used: [GeneratedKey: Int] = [:]
        for (j, id) in b.enumerated() where partnerInA[j] == nil {
            guard let k = key(id), let candidates = generatedA[k] else { continue }
            let n = used[k, default: 0]
            guard n < candidates.count else { continue }
            used[k] = n + 1
            link(candidates[n], j)
            renames[a[candidates[n]].name] = id.name
        }
    }

    private mutating func link(_ i: Int, _ j: Int) {
        partnerInA[j] = i
        partnerInB[i] = j
    }
}
