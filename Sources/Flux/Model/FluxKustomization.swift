import Diagnostics
import YAML

/// A `kustomize.toolkit.fluxcd.io/v1` Kustomization (not kustomize's own kustomization.yaml).
public struct FluxKustomization: Hashable, Sendable {
    /// One `spec.postBuild.substituteFrom` entry.
    public struct SubstituteReference: Hashable, Sendable {
        public var kind: String
        public var name: String
        public var optional: Bool

        public init(kind: String, name: String, optional: Bool = false) {
            self.kind = kind
            self.name = name
            self.optional = optional
        }
    }

    /// `spec.postBuild`.
    public struct PostBuild: Hashable, Sendable {
        public var substitute: [String: String]
        public var substituteFrom: [SubstituteReference]

        public init(substitute: [String: String] = [:], substituteFrom: [SubstituteReference] = []) {
            self.substitute = substitute
            self.substituteFrom = substituteFrom
        }
    }

    public var metadata: ObjectMeta
    /// `spec.path`; kustomize-controller builds the source root when empty.
    public var path: String?
    public var sourceRef: ObjectReference
    public var targetNamespace: String?
    public var namePrefix: String?
    public var nameSuffix: String?
    public var patches: [Node]
    public var images: [Node]
    public var components: [String]
    public var postBuild: PostBuild?
    public var dependsOn: [ObjectReference]
    public var node: Node

    public init(node: Node, file: SourceFile? = nil) throws {
        let r = ObjectReader(node, file: file)
        self.node = r.root
        metadata = try ObjectMeta(r)
        path = try r.string(["spec", "path"])
        sourceRef = try ObjectReference(r, at: ["spec", "sourceRef"])
        targetNamespace = try r.string(["spec", "targetNamespace"])
        namePrefix = try r.string(["spec", "namePrefix"])
        nameSuffix = try r.string(["spec", "nameSuffix"])
        patches = try r.sequence(["spec", "patches"])
        images = try r.sequence(["spec", "images"])
        components = try r.stringList(["spec", "components"])
        if try r.mapping(["spec", "postBuild"]) != nil {
            let from = try r.sequence(["spec", "postBuild", "substituteFrom"]).enumerated().map { i, entry in
                let e = r.scoped(entry, "spec.postBuild.substituteFrom[\(i)]")
                let kind = try e.requiredString(["kind"])
                guard kind == "ConfigMap" || kind == "Secret" else {
                    throw e.invalid(["kind"], "unsupported value '\(kind)': must be ConfigMap or Secret", at: e.node(["kind"]))
                }
                return SubstituteReference(kind: kind, name: try e.requiredString(["name"]), optional: try e.bool(["optional"]) ?? false)
            }
            postBuild = PostBuild(substitute: try r.stringMap(["spec", "postBuild", "substitute"]), substituteFrom: from)
        }
        dependsOn = try r.sequence(["spec", "dependsOn"]).enumerated().map {
            try ObjectReference(r.scoped($1, "spec.dependsOn[\($0)]"), at: [])
        }
    }
}
