import YAML

/// kyaml `resid.ResId` as replacements use it: group, version, kind, name, namespace,
/// compared exactly (an empty selector field matches anything; namespaces compare by their
/// effective value, so "" and "default" are the same).
struct ResourceId: Hashable {
    var group = ""
    var version = ""
    var kind = ""
    var name = ""
    var namespace = ""

    /// The current id of a resource, then its previous ids from kustomize's build
    /// annotations (`utils.MakeResIds`).
    static func ids(of resource: Node) throws -> [ResourceId] {
        let r = resource.resolved
        let (g, v) = PatchTarget.splitAPIVersion(r.string(at: "apiVersion") ?? "")
        let meta = r["metadata"]?.resolved
        var ids = [ResourceId(group: g, version: v, kind: r.string(at: "kind") ?? "",
                              name: meta?.string(at: "name") ?? "", namespace: meta?.string(at: "namespace") ?? "")]
        let annotations = PatchTarget.stringMap(meta?["annotations"])
        guard let names = annotations["internal.config.kubernetes.io/previousNames"] else { return ids }
        let n = names.split(separator: ",", omittingEmptySubsequences: false)
        let ns = (annotations["internal.config.kubernetes.io/previousNamespaces"] ?? "").split(separator: ",", omittingEmptySubsequences: false)
        let ks = (annotations["internal.config.kubernetes.io/previousKinds"] ?? "").split(separator: ",", omittingEmptySubsequences: false)
        guard n.count == ns.count, n.count == ks.count else {
            throw FieldPathFailure(text: "number of previous names, number of previous namespaces, number of previous kinds not equal")
        }
        for i in n.indices {
            ids.append(ResourceId(group: g, version: v, kind: String(ks[i]), name: String(n[i]), namespace: String(ns[i])))
        }
        return ids
    }

    /// kyaml `ResId.IsSelectedBy`.
    func isSelected(by s: ResourceId) -> Bool {
        (s.name.isEmpty || s.name == name)
            && (s.namespace.isEmpty || Self.effective(s.namespace) == Self.effective(namespace))
            && (s.group.isEmpty || s.group == group)
            && (s.version.isEmpty || s.version == version)
            && (s.kind.isEmpty || s.kind == kind)
    }

    var isEmpty: Bool { self == ResourceId() }

    private static func effective(_ ns: String) -> String { ns.isEmpty ? "default" : ns }

    /// kyaml `ResId.String`: `Kind.version.group/name.namespace` with `[no…]` placeholders.
    var description: String {
        "\(kind.isEmpty ? "[noKind]" : kind).\(version.isEmpty ? "[noVer]" : version).\(group.isEmpty ? "[noGrp]" : group)/"
            + "\(name.isEmpty ? "[noName]" : name).\(namespace.isEmpty ? "[noNs]" : namespace)"
    }

    /// Reads the inline ResId fields of a selector mapping.
    init(_ n: Node) {
        func f(_ k: String) -> String { n[k]?.resolved.value ?? "" }
        self.init(group: f("group"), version: f("version"), kind: f("kind"), name: f("name"), namespace: f("namespace"))
    }

    init(group: String = "", version: String = "", kind: String = "", name: String = "", namespace: String = "") {
        self.group = group
        self.version = version
        self.kind = kind
        self.name = name
        self.namespace = namespace
    }
}
