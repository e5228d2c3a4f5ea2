import YAML

/// After renames (prefixes, suffixes, hashes, namespaces), rewrites the fields that name
/// other objects so they follow (kustomize `nameReferenceTransformer` with
/// `api/filters/nameref`).
struct NameReferenceTransformer: ResourceTransformer {
    var backReferences: [NameBackReference]

    func transform(_ ra: ResourceAccumulator) throws {
        let orgIds = ra.resources.map(\.orgId)
        // kustomize groups by referrer; keep the referrer order stable.
        var byReferrer: [ObjectIdentifier: [(FieldSpec, Gvk)]] = [:]
        for backRef in backReferences {
            for spec in backRef.referrers {
                for (i, r) in ra.resources.enumerated() where orgIds[i].gvk.isSelected(by: spec.gvk) {
                    byReferrer[ObjectIdentifier(r), default: []].append((spec, backRef.gvk))
                }
            }
        }
        for r in ra.resources {
            guard let list = byReferrer[ObjectIdentifier(r)] else { continue }
            let candidates = try subsetReferencable(by: r, in: ra.resources)
            for (spec, target) in list {
                let f = NameReferenceFilter(referrer: r, target: target, candidates: candidates, path: spec.path)
                var s = spec
                s.gvk = r.gvk
                let walker = FieldSpecFilter(spec: s, createKind: nil) { node in try f.set(&node) }
                // Walk a copy: the filter reads the referrer (and it may be its own referral).
                var node = r.node
                do {
                    try walker.apply(to: &node)
                    r.node = node
                } catch {
                    throw KustomizeError.wrap(error, "updating name reference in '\(spec.path)' field of '\(r.curId)'")
                }
            }
        }
    }

    /// kustomize `SubsetThatCouldBeReferencedByResource`.
    private func subsetReferencable(by referrer: Resource, in all: [Resource]) throws -> [Resource] {
        let rid = referrer.curId
        if rid.isClusterScoped { return all }
        var saNamespaces: Set<String> = []
        if referrer.kind == "RoleBinding", let subjects = referrer.node["subjects"], subjects.kind == .sequence {
            for s in subjects.children where s.kind == .mapping {
                if let ns = s["namespace"], s.scalarValue("kind") == "ServiceAccount" {
                    guard ns.kind == .scalar, ns.isStringScalar else {
                        throw KustomizeError.message("Invalid Input: namespace is blank for resource \"\(rid)\"\n")
                    }
                    saNamespaces.insert(ns.value)
                }
            }
        }
        return all.filter { t in
            let id = t.curId
            return id.isClusterScoped || id.isNsEquals(rid) || saNamespaces.contains(t.namespace)
        }
    }
}

/// The per-field work of a name reference (kustomize `nameref.Filter`).
struct NameReferenceFilter {
    let referrer: Resource
    let target: Gvk
    let candidates: [Resource]
    /// The referrer field's path, to recognise `roleRef/name`.
    let path: String

    func set(_ node: inout Node) throws {
        if node.isNullScalar { return }
        switch node.kind {
        case .scalar: try setScalar(&node)
        case .mapping: try setMapping(&node)
        case .sequence:
            for i in node.children.indices {
                if node.children[i].isNullScalar { continue }
                switch node.children[i].kind {
                case .scalar: try setScalar(&node.children[i])
                case .mapping: try setMapping(&node.children[i])
                default: throw KustomizeError.message("sequence item is expected to be either a string or a map of string")
                }
            }
        default:
            throw KustomizeError.message("node must be a scalar, sequence or map")
        }
    }

    private func setScalar(_ node: inout Node) throws {
        guard let referral = try select(node.value, candidates, sameNamespaceToo: false) else { return }
        referral.refBy.append(referrer.curId)
        if referral.name == node.value { return }
        node.value = referral.name
        node.tag = ""
    }

    private func setMapping(_ node: inout Node) throws {
        guard let nameNode = node["name"] else {
            throw KustomizeError.message("path config error; no 'name' field in node")
        }
        var pool = candidates
        if let nsNode = node["namespace"] {
            let ns = nsNode.value
            let byOriginal = candidates.filter { let e = $0.orgId.effectiveNamespace; return e != "_non_namespaceable_" && e == ns }
            if !byOriginal.isEmpty || candidates.contains(where: { $0.orgId.effectiveNamespace == ns && ns != "_non_namespaceable_" }) {
                pool = byOriginal
            } else {
                pool = candidates.filter { let e = $0.curId.effectiveNamespace; return e != "_non_namespaceable_" && e == ns }
            }
        }
        let oldName = nameNode.value
        guard let referral = try select(oldName, pool, sameNamespaceToo: true) else { return }
        referral.refBy.append(referrer.curId)
        if referral.name == oldName && referral.namespace.isEmpty { return }
        node.set("name", .scalar(referral.name, tag: ""))
        if referral.namespace.isEmpty { return }
        node.set("namespace", .scalar(referral.namespace, tag: ""))
    }

    /// kustomize `selectReferral`: sieve candidates by previous name, kind, roleRef kind,
    /// namespace, then by matching prefixes/suffixes.
    private func select(_ oldName: String, _ list: [Resource], sameNamespaceToo: Bool) throws -> Resource? {
        var c = list.filter { r in r.allIdsForReference.contains { $0.name == oldName } }
        c = c.filter { r in r.allIdsForReference.contains { $0.gvk.isSelected(by: target) } }
        if let roleGvk = roleRefGvk() {
            c = c.filter { r in r.allIdsForReference.contains { $0.gvk.isSelected(by: roleGvk) } }
        }
        let rid = referrer.curId
        if !rid.isClusterScoped {
            c = c.filter { r in
                let id = r.curId
                return id.isClusterScoped || r.kind == "ServiceAccount" || rid.isNsEquals(id)
            }
        }
        if c.count == 1 { return c[0] }
        c = c.filter { $0.prefixesSuffixesEqual(referrer, allowEmpty: true) }
        if c.count > 1 { c = c.filter { $0.prefixesSuffixesEqual(referrer, allowEmpty: false) } }
        if c.count == 1 { return c[0] }
        if c.isEmpty { return nil }
        let first = c[0]
        let identical = c.allSatisfy { $0.name == first.name && (!sameNamespaceToo || $0.namespace == first.namespace) }
        if identical { return first }
        let ids = c.map { $0.curId.description }.joined(separator: ", ")
        throw KustomizeError.message("found multiple possible referrals: \(ids)")
    }

    /// For `roleRef/name` fields, the kind and group named in `roleRef`.
    private func roleRefGvk() -> Gvk? {
        guard referrerPathIsRoleRef else { return nil }
        guard let roleRef = referrer.node["roleRef"], let group = roleRef["apiGroup"], let kind = roleRef["kind"] else { return nil }
        return Gvk(group: group.value, kind: kind.value)
    }

    private var referrerPathIsRoleRef: Bool { path.hasSuffix("roleRef/name") }
}

extension Resource {
    /// kustomize `PrevIds`: only ids from before renames; a resource never renamed has none
    /// and so is never a referral (its references need no update).
    var allIdsForReference: [ResId] { previousIds }
}
