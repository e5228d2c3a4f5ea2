import YAML

/// After renames (prefixes, suffixes, hashes, namespaces), rewrites the fields that name
/// other objects so they follow (kustomize `nameReferenceTransformer` with
/// `api/filters/nameref`).
struct NameReferenceTransformer: ResourceTransformer {
    var backReferences: [NameBackReference]

    func transform(_ ra: ResourceAccumulator) throws {
        let resources = ra.resources
        let index = ReferralIndex(resources)
        for (i, r) in resources.enumerated() {
            let org = index.orgIds[i]
            // kustomize selects referrer field specs by the referrer's original Gvk.
            var filters: [(FieldSpec, Gvk)] = []
            for backRef in backReferences {
                for spec in backRef.referrers where org.gvk.isSelected(by: spec.gvk) {
                    filters.append((spec, backRef.gvk))
                }
            }
            if filters.isEmpty { continue }
            let referrer = Referrer(resource: r, id: index.curIds[i], node: r.node, index: index)
            // Walk a copy: the filter reads the referrer (and it may be its own referral).
            var node = r.node
            for (spec, target) in filters {
                var s = spec
                s.gvk = referrer.id.gvk
                let f = NameReferenceFilter(referrer: referrer, target: target, path: spec.path)
                do {
                    try FieldSpecFilter(spec: s, createKind: nil) { try f.set(&$0) }.apply(to: &node, gvk: referrer.id.gvk)
                } catch {
                    throw KustomizeError.wrap(error, "updating name reference in '\(spec.path)' field of '\(referrer.id)'")
                }
            }
            r.node = node
        }
    }
}

/// Resources indexed once per transform: ids, and the resources each previous name
/// belongs to (names of referrals do not change while references are fixed).
struct ReferralIndex {
    let resources: [Resource]
    let curIds: [ResId]
    let orgIds: [ResId]
    private var byPreviousName: [String: [Int]] = [:]

    init(_ resources: [Resource]) {
        self.resources = resources
        curIds = resources.map(\.curId)
        orgIds = resources.map(\.orgId)
        for (i, r) in resources.enumerated() {
            var names = Set<String>()
            for id in r.previousIds where names.insert(id.name).inserted {
                byPreviousName[id.name, default: []].append(i)
            }
        }
    }

    /// Indices (in resource order) of resources once named `name` (kustomize `PrevIds`:
    /// a resource never renamed has none and is never a referral).
    func previouslyNamed(_ name: String) -> [Int] { byPreviousName[name] ?? [] }
}

/// The referring resource, with what the filter needs read up front.
struct Referrer {
    let resource: Resource
    let id: ResId
    let node: Node
    let index: ReferralIndex
    /// Namespaces of ServiceAccount subjects of a RoleBinding, which widen its candidates.
    let subjectNamespaces: Set<String>?
    let invalidSubject: Bool

    init(resource: Resource, id: ResId, node: Node, index: ReferralIndex) {
        self.resource = resource
        self.id = id
        self.node = node
        self.index = index
        var namespaces: Set<String> = []
        var invalid = false
        if id.gvk.kind == "RoleBinding", let subjects = node["subjects"], subjects.kind == .sequence {
            for s in subjects.children where s.kind == .mapping {
                if let ns = s["namespace"], s.scalarValue("kind") == "ServiceAccount" {
                    if ns.kind == .scalar, ns.isStringScalar { namespaces.insert(ns.value) } else { invalid = true }
                }
            }
        }
        subjectNamespaces = namespaces
        invalidSubject = invalid
    }

    /// kustomize `SubsetThatCouldBeReferencedByResource`, as a membership test.
    func couldReference(_ i: Int) -> Bool {
        if id.isClusterScoped { return true }
        let t = index.curIds[i]
        return t.isClusterScoped || t.isNsEquals(id) || (subjectNamespaces?.contains(t.namespace) ?? false)
    }
}

/// The per-field work of a name reference (kustomize `nameref.Filter`).
struct NameReferenceFilter {
    let referrer: Referrer
    let target: Gvk
    /// The referrer field's path, to recognise `roleRef/name`.
    let path: String

    func set(_ node: inout Node) throws {
        if node.isNullScalar { return }
        if referrer.invalidSubject {
            throw KustomizeError.message("Invalid Input: namespace is blank for resource \"\(referrer.id)\"\n")
        }
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

    private var index: ReferralIndex { referrer.index }

    private func setScalar(_ node: inout Node) throws {
        let pool = index.previouslyNamed(node.value).filter(referrer.couldReference)
        guard let i = try select(node.value, pool, sameNamespaceToo: false) else { return }
        let referral = index.resources[i]
        referral.refBy.append(referrer.id)
        let name = index.curIds[i].name
        if name == node.value { return }
        node.value = name
        node.tag = ""
    }

    private func setMapping(_ node: inout Node) throws {
        guard let nameNode = node["name"] else {
            throw KustomizeError.message("path config error; no 'name' field in node")
        }
        let oldName = nameNode.value
        var pool = index.previouslyNamed(oldName).filter(referrer.couldReference)
        if let nsNode = node["namespace"] {
            // kustomize groups candidates by original namespace, else by current namespace.
            let ns = nsNode.value
            let byOriginal = pool.filter { let e = index.orgIds[$0].effectiveNamespace; return e != "_non_namespaceable_" && e == ns }
            if !byOriginal.isEmpty || ns == "_non_namespaceable_" {
                pool = byOriginal
            } else {
                let anyOriginal = (0..<index.resources.count).contains { referrer.couldReference($0) && index.orgIds[$0].effectiveNamespace == ns }
                pool = anyOriginal ? byOriginal
                    : pool.filter { let e = index.curIds[$0].effectiveNamespace; return e != "_non_namespaceable_" && e == ns }
            }
        }
        guard let i = try select(oldName, pool, sameNamespaceToo: true) else { return }
        let referral = index.resources[i]
        referral.refBy.append(referrer.id)
        let cur = index.curIds[i]
        if cur.name == oldName && cur.namespace.isEmpty { return }
        node.set("name", .scalar(cur.name, tag: ""))
        if cur.namespace.isEmpty { return }
        node.set("namespace", .scalar(cur.namespace, tag: ""))
    }

    /// kustomize `selectReferral`: candidates once named `oldName` are sieved by kind,
    /// roleRef kind, namespace, then by matching prefixes/suffixes.
    private func select(_ oldName: String, _ pool: [Int], sameNamespaceToo: Bool) throws -> Int? {
        var c = pool.filter { i in index.resources[i].previousIds.contains { $0.gvk.isSelected(by: target) } }
        if let roleGvk = roleRefGvk() {
            c = c.filter { i in index.resources[i].previousIds.contains { $0.gvk.isSelected(by: roleGvk) } }
        }
        let rid = referrer.id
        if !rid.isClusterScoped {
            c = c.filter { i in
                let id = index.curIds[i]
                return id.isClusterScoped || id.gvk.kind == "ServiceAccount" || rid.isNsEquals(id)
            }
        }
        if c.count == 1 { return c[0] }
        let me = referrer.resource
        c = c.filter { index.resources[$0].prefixesSuffixesEqual(me, allowEmpty: true) }
        if c.count > 1 { c = c.filter { index.resources[$0].prefixesSuffixesEqual(me, allowEmpty: false) } }
        if c.count == 1 { return c[0] }
        guard let first = c.first else { return nil }
        let f = index.curIds[first]
        let identical = c.allSatisfy { index.curIds[$0].name == f.name && (!sameNamespaceToo || index.curIds[$0].namespace == f.namespace) }
        if identical { return first }
        let ids = c.map { index.curIds[$0].description }.joined(separator: ", ")
        throw KustomizeError.message("found multiple possible referrals: \(ids)")
    }

    /// For `roleRef/name` fields, the kind and group named in `roleRef`.
    private func roleRefGvk() -> Gvk? {
        guard path.hasSuffix("roleRef/name") else { return nil }
        guard let roleRef = referrer.node["roleRef"], let group = roleRef["apiGroup"], let kind = roleRef["kind"] else { return nil }
        return Gvk(group: group.value, kind: kind.value)
    }
}
