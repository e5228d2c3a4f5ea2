import Diagnostics
import YAML

/// How a generated ConfigMap/Secret combines with an existing one of the same id.
public enum GeneratorBehavior: String, Sendable {
    case create, merge, replace
}

/// One object in the resource map: its YAML tree plus the build-time bookkeeping kustomize
/// keeps in `internal.config.kubernetes.io/*` annotations (previous ids, prefixes and
/// suffixes applied, referrers). We keep those as properties so they never reach output.
/// A class because, as in kustomize, transformers record facts on resources they visit.
final class Resource {
    var node: Node
    /// Ids this resource had before renames, oldest first (kustomize `PrevIds`).
    var previousIds: [ResId] = []
    var prefixes: [String] = []
    var suffixes: [String] = []
    var refBy: [ResId] = []
    var refVarNames: [String] = []
    var behavior: GeneratorBehavior = .create
    var needsHashSuffix = false
    /// Where the resource was read from, for diagnostics.
    var location: SourceLocation?

    init(node: Node, location: SourceLocation? = nil) {
        self.node = node
        self.location = location
    }

    func copy() -> Resource {
        let r = Resource(node: node, location: location)
        r.previousIds = previousIds
        r.prefixes = prefixes
        r.suffixes = suffixes
        r.refBy = refBy
        r.refVarNames = refVarNames
        r.behavior = behavior
        r.needsHashSuffix = needsHashSuffix
        return r
    }

    var apiVersion: String { node.scalarValue("apiVersion") ?? "" }
    var kind: String { node.scalarValue("kind") ?? "" }
    var gvk: Gvk { Gvk(apiVersion: apiVersion, kind: kind) }
    var name: String { node["metadata"]?.scalarValue("name") ?? "" }
    var namespace: String { node["metadata"]?.scalarValue("namespace") ?? "" }

    var curId: ResId { ResId(gvk: gvk, name: name, namespace: namespace) }
    /// The id it was first given (kustomize `OrgId`).
    var orgId: ResId { previousIds.first ?? curId }

    /// Ids to match a reference against: previous ids, then current (`GetMatchingResourcesByAnyId`).
    var allIds: [ResId] { previousIds + [curId] }

    /// Remembers the current id before a rename (kustomize `StorePreviousId`).
    func storePreviousId() {
        let id = curId
        previousIds.append(ResId(gvk: id.gvk, name: id.name, namespace: id.effectiveNamespace))
    }

    func setName(_ name: String) {
        node.modifyOrCreateMap("metadata") { meta in
            if let idx = meta.valueIndex(forKey: "name"), meta.children[idx].kind == .scalar {
                meta.children[idx].value = name
                meta.children[idx].tag = "!!str"
            } else {
                meta.set("name", .string(name))
            }
        }
    }

    func setNamespace(_ ns: String) {
        node.modifyOrCreateMap("metadata") { meta in
            if ns.isEmpty { meta.remove("namespace"); return }
            meta.set("namespace", .string(ns))
        }
    }

    var labels: [(key: String, value: String)] { node["metadata"]?["labels"]?.stringMap ?? [] }
    var annotations: [(key: String, value: String)] { node["metadata"]?["annotations"]?.stringMap ?? [] }

    func annotation(_ key: String) -> String? { annotations.first { $0.key == key }?.value }

    /// Replaces `metadata.<field>` with the given pairs (kyaml `setMapInMetadata`: sorted,
    /// removed when empty).
    func setMetadataMap(_ field: String, _ pairs: [(key: String, value: String)]) {
        node.modifyOrCreateMap("metadata") { meta in
            meta.remove(field)
            if pairs.isEmpty { return }
            let sorted = pairs.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            meta.set(field, .stringMapping(sorted.map { ($0.key, $0.value) }))
        }
    }

    /// Sets one annotation, keeping the others.
    func setAnnotation(_ key: String, _ value: String) {
        node.modifyOrCreateMap("metadata") { meta in
            meta.modifyOrCreateMap("annotations") { $0.set(key, .string(value)) }
        }
    }

    func removeAnnotation(_ key: String) {
        node.modify(path: ["metadata", "annotations"]) { ann in
            ann.remove(key)
        }
        if node["metadata"]?["annotations"]?.children.isEmpty == true {
            node.modify("metadata") { $0.remove("annotations") }
        }
    }

    static let previousNamesKey = "internal.config.kubernetes.io/previousNames"
    static let previousNamespacesKey = "internal.config.kubernetes.io/previousNamespaces"
    static let previousKindsKey = "internal.config.kubernetes.io/previousKinds"

    /// The node with the previous-id annotations kustomize keeps in the object itself, for
    /// engines (patch targets, replacements) that select on original names.
    var nodeWithInternalAnnotations: Node {
        guard !previousIds.isEmpty else { return node }
        var n = node
        let pairs = [(Resource.previousNamesKey, previousIds.map(\.name)),
                     (Resource.previousNamespacesKey, previousIds.map(\.namespace)),
                     (Resource.previousKindsKey, previousIds.map(\.gvk.kind))]
        n.modifyOrCreateMap("metadata") { meta in
            meta.modifyOrCreateMap("annotations") { ann in
                for (k, v) in pairs { ann.set(k, .string(v.joined(separator: ","))) }
            }
        }
        return n
    }

    /// Drops the annotations `nodeWithInternalAnnotations` added (and an emptied map).
    static func removingInternalAnnotations(_ node: Node) -> Node {
        var n = node
        n.modify(path: ["metadata", "annotations"]) { ann in
            for k in [previousNamesKey, previousNamespacesKey, previousKindsKey] { ann.remove(k) }
        }
        if n["metadata"]?["annotations"]?.children.isEmpty == true {
            n.modify("metadata") { $0.remove("annotations") }
        }
        return n
    }

    /// kustomize `PrefixesSuffixesEquals`.
    func prefixesSuffixesEqual(_ o: Resource, allowEmpty: Bool) -> Bool {
        if allowEmpty {
            let prefixOK = prefixes.isEmpty || o.prefixes.isEmpty || sameEnding(prefixes, o.prefixes)
            let suffixOK = suffixes.isEmpty || o.suffixes.isEmpty || sameEnding(suffixes, o.suffixes)
            return prefixOK && suffixOK
        }
        return sameEnding(prefixes, o.prefixes) && sameEnding(suffixes, o.suffixes)
    }

    /// kustomize `utils.SameEndingSubSlice`: the shorter list is a suffix of the longer.
    private func sameEnding(_ a: [String], _ b: [String]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.isEmpty { return long.isEmpty }
        return Array(long.suffix(short.count)) == short
    }
}
