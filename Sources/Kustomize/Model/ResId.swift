import YAML

/// Group, version and kind of a resource (kyaml `resid.Gvk`).
public struct Gvk: Hashable, Sendable, CustomStringConvertible {
    public var group: String
    public var version: String
    public var kind: String

    public init(group: String = "", version: String = "", kind: String = "") {
        self.group = group
        self.version = version
        self.kind = kind
    }

    /// Splits an `apiVersion` at its first '/' (kyaml `ParseGroupVersion`).
    public init(apiVersion: String, kind: String) {
        if let slash = apiVersion.firstIndex(of: "/") {
            self.init(group: String(apiVersion[..<slash]), version: String(apiVersion[apiVersion.index(after: slash)...]), kind: kind)
        } else {
            self.init(group: "", version: apiVersion, kind: kind)
        }
    }

    public var apiVersion: String { group.isEmpty ? version : group + "/" + version }

    /// `Kind.version.group` with placeholders for empty parts, as kustomize prints ids.
    public var description: String {
        "\(kind.isEmpty ? "[noKind]" : kind).\(version.isEmpty ? "[noVer]" : version).\(group.isEmpty ? "[noGrp]" : group)"
    }

    /// The sort key used to break ties between kinds of the same legacy rank.
    var stableSortString: String {
        "\(group.isEmpty ? "~G" : group)_\(version.isEmpty ? "~V" : version)_\(kind.isEmpty ? "~K" : kind)"
    }

    /// Whether every non-empty part of `selector` equals ours (kyaml `IsSelected`).
    public func isSelected(by selector: Gvk) -> Bool {
        (selector.group.isEmpty || selector.group == group)
            && (selector.version.isEmpty || selector.version == version)
            && (selector.kind.isEmpty || selector.kind == kind)
    }

    /// True only for kinds the built-in OpenAPI schema knows to be cluster scoped.
    public var isClusterScoped: Bool { Gvk.clusterScoped.contains(apiVersion + " " + kind) }

    /// kyaml `precomputedIsNamespaceScoped` entries whose value is false.
    static let clusterScoped: Set<String> = [
        "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration", "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
        "admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration", "admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration",
        "apiextensions.k8s.io/v1 CustomResourceDefinition", "apiextensions.k8s.io/v1beta1 CustomResourceDefinition",
        "apiregistration.k8s.io/v1 APIService", "apiregistration.k8s.io/v1beta1 APIService",
        "certificates.k8s.io/v1 CertificateSigningRequest", "certificates.k8s.io/v1beta1 CertificateSigningRequest",
        "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema", "flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration",
        "networking.k8s.io/v1 IngressClass", "networking.k8s.io/v1beta1 IngressClass",
        "node.k8s.io/v1 RuntimeClass", "node.k8s.io/v1beta1 RuntimeClass", "policy/v1beta1 PodSecurityPolicy",
        "rbac.authorization.k8s.io/v1 ClusterRole", "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
        "rbac.authorization.k8s.io/v1beta1 ClusterRole", "rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding",
        "scheduling.k8s.io/v1 PriorityClass", "scheduling.k8s.io/v1beta1 PriorityClass",
        "storage.k8s.io/v1 CSIDriver", "storage.k8s.io/v1 CSINode", "storage.k8s.io/v1 StorageClass", "storage.k8s.io/v1 VolumeAttachment",
        "storage.k8s.io/v1beta1 CSIDriver", "storage.k8s.io/v1beta1 CSINode", "storage.k8s.io/v1beta1 StorageClass",
        "storage.k8s.io/v1beta1 VolumeAttachment", "v1 ComponentStatus", "v1 Namespace", "v1 Node", "v1 NodeProxyOptions",
        "v1 PersistentVolume",
    ]

    /// Legacy ordering rank (kyaml `typeOrders`): listed-first kinds negative, webhooks last.
    var legacyRank: Int {
        if let i = Gvk.orderFirst.firstIndex(of: kind) { return -Gvk.orderFirst.count + i }
        if let i = Gvk.orderLast.firstIndex(of: kind) { return 1 + i }
        return 0
    }

    static let orderFirst = [
        "Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition", "ServiceAccount",
        "PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap",
        "Secret", "Endpoints", "Service", "LimitRange", "PriorityClass", "PersistentVolume",
        "PersistentVolumeClaim", "Deployment", "StatefulSet", "CronJob", "PodDisruptionBudget",
    ]
    static let orderLast = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"]

    /// kyaml `Gvk.IsLessThan`.
    func isLess(than o: Gvk) -> Bool {
        let a = legacyRank, b = o.legacyRank
        if a != b { return a < b }
        return stableSortString < o.stableSortString
    }
}

/// Gvk plus name and namespace (kyaml `resid.ResId`).
public struct ResId: Hashable, Sendable, CustomStringConvertible {
    public var gvk: Gvk
    public var name: String
    public var namespace: String

    public init(gvk: Gvk, name: String, namespace: String = "") {
        self.gvk = gvk
        self.name = name
        self.namespace = namespace
    }

    /// `Kind.version.group/name.namespace` as kustomize prints ids in errors.
    public var description: String {
        "\(gvk)/\(name.isEmpty ? "[noName]" : name).\(namespace.isEmpty ? "[noNs]" : namespace)"
    }

    public var isClusterScoped: Bool { gvk.isClusterScoped }

    /// kyaml `EffectiveNamespace`: cluster-scoped ids share a sentinel; "" means "default".
    public var effectiveNamespace: String {
        if isClusterScoped { return "_non_namespaceable_" }
        if namespace.isEmpty || namespace == "default" { return "default" }
        return namespace
    }

    /// Equal keys exactly when `equals` holds (same Gvk and name, same effective namespace).
    var key: String { "\(gvk.group)|\(gvk.version)|\(gvk.kind)|\(name)|\(effectiveNamespace)" }

    public func isNsEquals(_ o: ResId) -> Bool { effectiveNamespace == o.effectiveNamespace }
    public func gvknEquals(_ o: ResId) -> Bool { name == o.name && gvk == o.gvk }
    public func equals(_ o: ResId) -> Bool { isNsEquals(o) && gvknEquals(o) }

    /// kyaml `IsSelectedBy`.
    public func isSelected(by selector: ResId) -> Bool {
        (selector.name.isEmpty || selector.name == name)
            && (selector.namespace.isEmpty || selector.isNsEquals(self))
            && gvk.isSelected(by: selector.gvk)
    }
}
