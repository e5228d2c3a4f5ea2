import YAML

/// The identity Kubernetes gives an object: group, kind, namespace, name. Two documents with
/// the same identity are one object applied twice.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    public var apiVersion: String
    public var kind: String
    public var namespace: String?
    public var name: String

    public init(apiVersion: String, kind: String, namespace: String?, name: String) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }

    /// Reads apiVersion, kind, metadata.namespace and metadata.name; nil unless kind and name are strings.
    public init?(_ node: Node) {
        let root = node.resolved
        guard let kind = root.string(at: "kind"), let name = root.string(at: "metadata", "name"), !name.isEmpty else {
            return nil
        }
        let ns = root.string(at: "metadata", "namespace")
        self.init(apiVersion: root.string(at: "apiVersion") ?? "", kind: kind,
                  namespace: ns?.isEmpty == false ? ns : nil, name: name)
    }

    /// The API group (`apps` of `apps/v1`; empty for the core group).
    public var group: String {
        guard let slash = apiVersion.firstIndex(of: "/") else { return "" }
        return String(apiVersion[..<slash])
    }

    public var description: String {
        if let namespace { return "\(kind)/\(namespace)/\(name)" }
        return "\(kind)/\(name)"
    }
}
