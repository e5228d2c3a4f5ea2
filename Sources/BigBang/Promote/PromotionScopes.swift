import YAML

/// Where the values of one document are, and which of its fields belong to the environment
/// by nature (names, namespaces, the overlay's own files, pinned source versions).
enum PromotionScopes {
    /// Fields of Kubernetes, kustomize and Flux objects that name the object or point at the
    /// environment itself, never promoted.
    static let identityFields: Set<[String]> = [
        ["apiVersion"], ["kind"], ["metadata", "name"], ["metadata", "namespace"], ["spec", "path"],
        ["namespace"], ["namePrefix"], ["nameSuffix"],
    ]

    /// A kustomization's references to files and bases: what the overlay is made of, not
    /// values (the Big Bang base `?ref=` moves with `--only version`).
    static let kustomizationReferences: Set<[String]> = [["resources"], ["bases"], ["components"]]

    /// Source versions each environment pins on its own schedule; `--only version` moves
    /// Big Bang's.
    static func versionFields(kind: String?) -> Set<[String]> {
        switch kind {
        case "GitRepository", "OCIRepository": return [["spec", "ref"]]
        case "HelmRelease": return [["spec", "chart", "spec", "version"]]
        default: return []
        }
    }

    static let kustomizationNames: Set<String> = ["kustomization.yaml", "kustomization.yml", "Kustomization"]

    /// The scopes of document `index`, whose roots in TO and FROM are given. `embedded`
    /// gives TO's parsed root of the literal block at a path when both sides hold a YAML
    /// mapping there.
    static func scopes(document index: Int, fileName: String, target: Node, source: Node,
                       embedded: ([String]) -> Node?) -> [PromotionScope] {
        let t = target.resolved, s = source.resolved
        let isKustomization = kustomizationNames.contains(fileName)
        guard t["kind"] != nil || isKustomization else {
            return [PromotionScope(document: index, block: nil, base: [], skip: [], secret: false)]
        }
        let kind = t["kind"]?.resolved.value
        let secret = kind == "Secret"
        var scopes: [PromotionScope] = []
        var skip = identityFields.union(versionFields(kind: kind))
        if isKustomization { skip.formUnion(kustomizationReferences) }
        for block in literalBlocks(t, s) where !skip.contains(block) {
            guard let inner = embedded(block) else { continue }
            let innerKind = inner["kind"]?.resolved.value
            let innerSkip = innerKind == nil ? [] : identityFields.union(versionFields(kind: innerKind))
            scopes.append(PromotionScope(document: index, block: block, base: [], skip: innerSkip, secret: secret))
            skip.insert(block)
        }
        if kind == "HelmRelease", t.lookup(["spec", "values"])?.resolved.isMapping == true,
           s.lookup(["spec", "values"])?.resolved.isMapping == true {
            scopes.append(PromotionScope(document: index, block: nil, base: ["spec", "values"], skip: [], secret: false))
            skip.insert(["spec", "values"])
        }
        scopes.insert(PromotionScope(document: index, block: nil, base: [], skip: skip, secret: secret), at: 0)
        return scopes
    }

    /// Paths where both documents hold a literal block scalar (`|`), reached through
    /// mappings and through sequences of the same length.
    static func literalBlocks(_ target: Node, _ source: Node) -> [[String]] {
        var out: [[String]] = []
        func walk(_ t: Node, _ s: Node, _ path: [String]) {
            guard path.count < 16 else { return }
            let t = t.resolved, s = s.resolved
            if t.isMapping && s.isMapping {
                for (k, v) in t.pairs { if let sv = s[k.value] { walk(v, sv, path + [k.value]) } }
            } else if t.isSequence && s.isSequence && t.children.count == s.children.count {
                for (i, (tv, sv)) in zip(t.children, s.children).enumerated() { walk(tv, sv, path + [String(i)]) }
            } else if t.isScalar && s.isScalar && t.style.contains(.literal) && s.style.contains(.literal) {
                out.append(path)
            }
        }
        walk(target, source, [])
        return out
    }

    /// The FROM document matching TO's document `index`: the same kind and name, else the
    /// document at the same position when it has the same kind (or neither has one).
    static func matchingDocument(_ index: Int, target: [Node], source: [Node]) -> Int? {
        guard target.indices.contains(index) else { return nil }
        let t = target[index].resolved
        let kind = t["kind"]?.resolved.value, name = t.lookup(["metadata", "name"])?.resolved.value
        if let kind, let name,
           let match = source.firstIndex(where: {
               $0.resolved["kind"]?.resolved.value == kind && $0.resolved.lookup(["metadata", "name"])?.resolved.value == name
           }) {
            return match
        }
        guard source.indices.contains(index) else { return nil }
        return source[index].resolved["kind"]?.resolved.value == kind ? index : nil
    }
}
