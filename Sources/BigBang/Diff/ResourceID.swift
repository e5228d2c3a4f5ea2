import YAML

/// What identifies a Kubernetes object in a render: API group, kind, namespace and name —
/// the key `diff` matches the two sides by (the version is left out, so an apiVersion bump
/// shows as a field change rather than a delete and an add).
public struct ResourceID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var group: String
    public var kind: String
    public var namespace: String
    public var name: String

    public init(group: String = "", kind: String, namespace: String = "", name: String) {
        self.group = group
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    /// The identity of a rendered object; objects without a kind or name get placeholders
    /// so they can still be compared (validate is the command that rejects them).
    public init(_ node: Node) {
        let root = node.resolved
        let apiVersion = root.string(at: "apiVersion") ?? ""
        group = apiVersion.split(separator: "/", maxSplits: 1).count == 2
            ? String(apiVersion.split(separator: "/", maxSplits: 1)[0]) : ""
        kind = root.string(at: "kind") ?? "<no kind>"
        namespace = root.string(at: "metadata", "namespace") ?? ""
        name = root.string(at: "metadata", "name") ?? "<no name>"
    }

    /// `Kind.group namespace/name`, the way kubectl names objects (`Deployment.apps web/api`).
    public var description: String {
        let kindText = group.isEmpty ? kind : "\(kind).\(group)"
        return namespace.isEmpty ? "\(kindText) \(name)" : "\(kindText) \(namespace)/\(name)"
    }

    /// The same object under another name (a generated name paired with its new hash).
    func renamed(_ newName: String) -> ResourceID {
        ResourceID(group: group, kind: kind, namespace: namespace, name: newName)
    }

    public static func < (a: ResourceID, b: ResourceID) -> Bool {
        (a.group, a.kind, a.namespace, a.name) < (b.group, b.kind, b.namespace, b.name)
    }
}

/// Names kustomize's generators produce: `base-` plus ten characters of its hash encoding.
/// Matches kustomize `api/hasher` `encode`, which keeps the first ten hex digits of a SHA-256
/// and swaps 0, 1, 3, a, e for g, h, k, m, t (so no vowels or look-alikes make words).
enum GeneratedName {
    static let suffixLength = 10
    private static let alphabet = Set("2456789bcdfghkmt".utf8)

    /// The name without its hash suffix, or nil when it has none.
    static func baseName(of name: String) -> String? {
        let bytes = Array(name.utf8)
        guard bytes.count > suffixLength + 1, bytes[bytes.count - suffixLength - 1] == UInt8(ascii: "-") else { return nil }
        guard bytes.suffix(suffixLength).allSatisfy(alphabet.contains) else { return nil }
        return String(decoding: bytes.prefix(bytes.count - suffixLength - 1), as: UTF8.self)
    }
}
