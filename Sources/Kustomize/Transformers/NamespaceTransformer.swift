import YAML

/// Sets `metadata.namespace` on namespaced objects and the namespace fields its specs name
/// (kustomize `NamespaceTransformer` with `api/filters/namespace`).
struct NamespaceTransformer: ResourceTransformer {
    enum SubjectMode: String { case defaultOnly, allServiceAccounts, none }
    var namespace: String
    var fieldSpecs: [FieldSpec]
    var unsetOnly = false
    var subjects: SubjectMode = .defaultOnly

    func transform(_ ra: ResourceAccumulator) throws {
        if namespace.isEmpty { return }
        for r in ra.resources where !(r.node.kind == .mapping && r.node.children.isEmpty) {
            r.storePreviousId()
            try apply(r)
        }
        // kustomize checks after each resource; every resource gets the same namespace, so
        // checking once at the end finds the same conflicts.
        var seen: [String: ResId] = [:]
        for r in ra.resources {
            let id = r.curId
            if let other = seen[id.key] {
                throw KustomizeError.message("namespace transformation produces ID conflict: [\(other) \(id)]")
            }
            seen[id.key] = id
        }
    }

    private func set(_ node: inout Node) throws {
        if unsetOnly, node.kind == .scalar, !node.value.isEmpty, !node.isNullScalar { return }
        try setScalar(&node, namespace, tag: "!!str")
    }

    func apply(_ r: Resource) throws {
        let apiVersion = r.apiVersion
        var specs = fieldSpecs.filter { fs in
            if fs.path == "metadata/namespace" { return false }
            if apiVersion != "v1" && fs.path == "metadata/name" { return false }
            return true
        }
        let gvk = r.gvk
        if !gvk.isClusterScoped {
            let f = FieldSpecFilter(spec: FieldSpec(path: "metadata/namespace", create: true), createKind: .scalar, createTag: "", setValue: set)
            try f.apply(to: &r.node)
        }
        if gvk.kind == "RoleBinding" || gvk.kind == "ClusterRoleBinding" {
            specs.removeAll { ($0.gvk.kind == "RoleBinding" || $0.gvk.kind == "ClusterRoleBinding") && $0.path == "subjects/namespace" }
            try setSubjects(r)
        }
        for fs in specs where gvk.isSelected(by: fs.gvk) {
            let f = FieldSpecFilter(spec: fs, createKind: .scalar, createTag: "!!str", setValue: set)
            do {
                try f.apply(to: &r.node, gvk: gvk)
            } catch {
                throw KustomizeError.wrap(error, "namespace transformation failed")
            }
        }
    }

    private func setSubjects(_ r: Resource) throws {
        if subjects == .none { return }
        try r.node.modify("subjects") { subjectsNode in
            guard subjectsNode.kind == .sequence else { return }
            for i in subjectsNode.children.indices where subjectsNode.children[i].kind == .mapping {
                let s = subjectsNode.children[i]
                let selected = subjects == .defaultOnly ? s.scalarValue("name") == "default" : s.scalarValue("kind") == "ServiceAccount"
                guard selected else { continue }
                if s.valueIndex(forKey: "namespace") == nil {
                    subjectsNode.children[i].set("namespace", Node(kind: .scalar, tag: ""))
                }
                try subjectsNode.children[i].modify("namespace") { try set(&$0) }
            }
        }
    }
}
