import Diagnostics
import YAML

/// A `source.toolkit.fluxcd.io` GitRepository.
public struct GitRepository: Hashable, Sendable {
    /// `spec.ref`: what to check out. source-controller's precedence is
    /// commit, then name, then semver, then tag, then branch.
    public struct Reference: Hashable, Sendable {
        public var branch: String?
        public var tag: String?
        public var semver: String?
        public var commit: String?
        public var name: String?

        public init(branch: String? = nil, tag: String? = nil, semver: String? = nil, commit: String? = nil, name: String? = nil) {
            self.branch = branch
            self.tag = tag
            self.semver = semver
            self.commit = commit
            self.name = name
        }
    }

    public var metadata: ObjectMeta
    public var url: String
    public var ref: Reference?
    public var node: Node

    public init(node: Node, file: SourceFile? = nil) throws {
        let r = ObjectReader(node, file: file)
        self.node = r.root
        metadata = try ObjectMeta(r)
        url = try r.requiredString(["spec", "url"])
        if let refNode = try r.mapping(["spec", "ref"]) {
            let f = r.scoped(refNode, "spec.ref")
            ref = Reference(branch: try f.string(["branch"]), tag: try f.string(["tag"]), semver: try f.string(["semver"]),
                            commit: try f.string(["commit"]), name: try f.string(["name"]))
        }
    }
}

/// A `source.toolkit.fluxcd.io` HelmRepository (`type: oci` for OCI registries).
public struct HelmRepository: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var url: String
    /// `default` or `oci`.
    public var type: String
    public var node: Node

    public init(node: Node, file: SourceFile? = nil) throws {
        let r = ObjectReader(node, file: file)
        self.node = r.root
        metadata = try ObjectMeta(r)
        url = try r.requiredString(["spec", "url"])
        type = try r.string(["spec", "type"]) ?? "default"
    }
}

/// A `source.toolkit.fluxcd.io` OCIRepository.
public struct OCIRepository: Hashable, Sendable {
    public struct Reference: Hashable, Sendable {
        public var tag: String?
        public var semver: String?
        public var digest: String?
    }

    public var metadata: ObjectMeta
    public var url: String
    public var ref: Reference?
    public var node: Node

    public init(node: Node, file: SourceFile? = nil) throws {
        let r = ObjectReader(node, file: file)
        self.node = r.root
        metadata = try ObjectMeta(r)
        url = try r.requiredString(["spec", "url"])
        if let refNode = try r.mapping(["spec", "ref"]) {
            let f = r.scoped(refNode, "spec.ref")
            ref = Reference(tag: try f.string(["tag"]), semver: try f.string(["semver"]), digest: try f.string(["digest"]))
        }
    }
}
