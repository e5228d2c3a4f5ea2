import YAML

/// What Helm's `lookup apiVersion kind namespace name` returns against a fixture of cluster
/// objects instead of a live cluster: the object as a map, or for an empty name a
/// `{apiVersion: v1, kind: <Kind>List, items: [...]}` of the matches; an empty map when
/// nothing matches — which is all `helm template` ever returns.
struct LookupIndex: Sendable {
    private let objects: [Value]

    init(_ objects: [Value]) { self.objects = objects }

    func lookup(apiVersion: String, kind: String, namespace: String, name: String) -> Value {
        let matches = objects.filter { object in
            guard case .map(let m) = object, m["apiVersion"]?.stringValue == apiVersion,
                  m["kind"]?.stringValue == kind else { return false }
            let meta = m["metadata"]?.mapValue ?? [:]
            if !namespace.isEmpty, (meta["namespace"]?.stringValue ?? "") != namespace { return false }
            return name.isEmpty || meta["name"]?.stringValue == name
        }
        if name.isEmpty {
            guard !matches.isEmpty else { return .map([:]) }
            return .map(["apiVersion": .string("v1"), "kind": .string(kind + "List"), "items": .list(matches),
                         "metadata": .map(["resourceVersion": .string("")])])
        }
        return matches.first ?? .map([:])
    }
}
