import YAML

/// Where the values of one document are, and which of its fields belong to the environment
/// by nature (names, namespaces, the path of the environment's own overlay).
enum PromotionScopes {
    /// Fields of Kubernetes, kustomize and Flux objects that name the object or point at the
    /// environment itself, never promoted.
    static let identityFields: Set<[String]> = [
        ["apiVersion"], ["kind"], ["metadata", "name"], ["metadata", "namespace"], ["spec", "path"],
        ["namespace"], ["namePrefix"], ["nameSuffix"],
    ]

    static let kustomizationNames: Set<String> = ["kustomization.yaml", "kustomization.yml", "Kustomization"]

    /// The scopes of document `index`, whose roots in TO and FROM are given. `embedded`
    /// tells whether a path holds a literal block of YAML on both sides.
    static func scopes(document index: Int, fileName: String, target: Node, source: Node,
                       embedded: ([String]) -> Bool) -> [PromotionScope] {
        let t = target.resolved, s = source.resolved
        let isObject = t["kind"] != nil || kustomizationNames.contains(fileName)
        guard isObject else {
            return [PromotionScope(document: index, block: nil, base: [], skip: [], secret: false)]
        }
        let kind = t["kind"]?.resolved.value ?? "Kustomization"
        let secret = kind == "Secret"
        var scopes: [PromotionScope] = []
        var skip = identityFields
        if kind == "ConfigMap" || kind == "Secret" {
            for section in ["data", "stringData"] {
                guard let entries = t[section]?.resolved, entries.isMapping else { continue }
                for (key, _) in entries.pairs where embedded([section, key.value]) {
                    let block = [section, key.value]
                    scopes.append(PromotionScope(document: index, block: block, base: [], skip: [], secret: secret))
                    skip.insert(block)
                }
            }
        }
        if kind == "HelmRelease", t.lookup(["spec", "values"])?.resolved.isMapping == true,
           s.lookup(["spec", "values"])?.resolved.isMapping == true {
            scopes.append(PromotionScope(document: index, block: nil, base: ["spec", "values"], skip: [], secret: false))
            skip.insert(["spec", "values"])
        }
        scopes.insert(PromotionScope(document: index, block: nil, base: [], skip: skip, secret: secret), at: 0)
        return scopes
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
