import Diagnostics
import YAML

/// The parts of `metadata` Flux reads.
public struct ObjectMeta: Hashable, Sendable {
    public var name: String
    public var namespace: String?
    public var labels: [String: String]
    public var annotations: [String: String]

    public init(name: String, namespace: String? = nil, labels: [String: String] = [:], annotations: [String: String] = [:]) {
        self.name = name
        self.namespace = namespace
        self.labels = labels
        self.annotations = annotations
    }

    init(_ r: ObjectReader) throws {
        name = try r.requiredString(["metadata", "name"])
        namespace = try r.string(["metadata", "namespace"])
        labels = try r.stringMap(["metadata", "labels"])
        annotations = try r.stringMap(["metadata", "annotations"])
    }
}

/// A reference to an object in (by default) the referrer's namespace: `sourceRef`,
/// `chartRef`, `dependsOn` entries. Empty `kind`/`namespace` mean "not given".
public struct ObjectReference: Hashable, Sendable {
    public var apiVersion: String?
    public var kind: String?
    public var name: String
    public var namespace: String?

    public init(apiVersion: String? = nil, kind: String? = nil, name: String, namespace: String? = nil) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.namespace = namespace
    }

    init(_ r: ObjectReader, at path: [String]) throws {
        apiVersion = try r.string(path + ["apiVersion"])
        kind = try r.string(path + ["kind"])
        name = try r.requiredString(path + ["name"])
        namespace = try r.string(path + ["namespace"])
    }

    /// The namespace this reference points into, defaulting to the referrer's.
    public func namespace(defaultingTo own: String?) -> String? {
        if let namespace, !namespace.isEmpty { return namespace }
        return own
    }
}
