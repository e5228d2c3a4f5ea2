import GoTemplate
import YAML

/// What `.Capabilities` holds in `helm template` (client-only): Helm's default Kubernetes
/// version and API list, plus `--kube-version` / `--api-versions`.
public struct Capabilities: Sendable {
    public var kubeVersion: KubeVersion
    public var apiVersions: [String]

    public init(kubeVersion: KubeVersion = .default, extraAPIVersions: [String] = []) {
        self.kubeVersion = kubeVersion
        self.apiVersions = Capabilities.defaultAPIVersions + extraAPIVersions
    }

    /// The Helm binary this engine stands in for (`.Capabilities.HelmVersion`).
    public static let helmVersion: [(String, String, String)] = [
        ("Version", "version", "v4.1.4"),
        ("GitCommit", "git_commit", "05fa37973dc9e42b76e1d2883494c87174b6074f"),
        ("GitTreeState", "git_tree_state", "clean"),
        ("GoVersion", "go_version", "go1.25.9"),
        ("KubeClientVersion", "kube_client_version", "v1.35"),
    ]

    /// Helm v4.1.4's `DefaultVersionSet` (client-go's scheme at v1.35), in Helm's order.
    public static let defaultAPIVersions: [String] = [
        "v1",
        "admissionregistration.k8s.io/v1",
        "admissionregistration.k8s.io/v1alpha1",
        "admissionregistration.k8s.io/v1beta1",
        "internal.apiserver.k8s.io/v1alpha1",
        "apps/v1",
        "apps/v1beta1",
        "apps/v1beta2",
        "authentication.k8s.io/v1",
        "authentication.k8s.io/v1alpha1",
        "authentication.k8s.io/v1beta1",
        "authorization.k8s.io/v1",
        "authorization.k8s.io/v1beta1",
        "autoscaling/v1",
        "autoscaling/v2",
        "autoscaling/v2beta1",
        "autoscaling/v2beta2",
        "batch/v1",
        "batch/v1beta1",
        "certificates.k8s.io/v1",
        "certificates.k8s.io/v1beta1",
        "certificates.k8s.io/v1alpha1",
        "coordination.k8s.io/v1alpha2",
        "coordination.k8s.io/v1beta1",
        "coordination.k8s.io/v1",
        "discovery.k8s.io/v1",
        "discovery.k8s.io/v1beta1",
        "events.k8s.io/v1",
        "events.k8s.io/v1beta1",
        "extensions/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1",
        "flowcontrol.apiserver.k8s.io/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1beta2",
        "flowcontrol.apiserver.k8s.io/v1beta3",
        "networking.k8s.io/v1",
        "networking.k8s.io/v1beta1",
        "node.k8s.io/v1",
        "node.k8s.io/v1alpha1",
        "node.k8s.io/v1beta1",
        "policy/v1",
        "policy/v1beta1",
        "rbac.authorization.k8s.io/v1",
        "rbac.authorization.k8s.io/v1beta1",
        "rbac.authorization.k8s.io/v1alpha1",
        "resource.k8s.io/v1",
        "resource.k8s.io/v1beta2",
        "resource.k8s.io/v1beta1",
        "resource.k8s.io/v1alpha3",
        "scheduling.k8s.io/v1alpha1",
        "scheduling.k8s.io/v1beta1",
        "scheduling.k8s.io/v1",
        "storage.k8s.io/v1beta1",
        "storage.k8s.io/v1",
        "storage.k8s.io/v1alpha1",
        "storagemigration.k8s.io/v1beta1",
        "apiextensions.k8s.io/v1beta1",
        "apiextensions.k8s.io/v1",
    ]
}

/// `.Capabilities.KubeVersion`: Helm v4 keeps the text given (`v1.31.4-eks-2d5f260`) as
/// `Version` and `GitVersion`.
public struct KubeVersion: Sendable, Hashable {
    public var version: String
    public var major: String
    public var minor: String
    /// `vMAJOR.MINOR.PATCH` (the hidden field `%v` prints second).
    public var normalized: String

    public static let `default` = KubeVersion(version: "v1.35.0", major: "1", minor: "35", normalized: "v1.35.0")

    /// Matches Helm's `ParseKubeVersion` (`--kube-version`).
    public static func parse(_ text: String) throws -> KubeVersion {
        guard let v = SemanticVersion(text) else { throw HelmError.invalidKubeVersion(text) }
        let version = text.hasPrefix("v") ? text : "v" + text
        return KubeVersion(version: version, major: String(v.major), minor: String(v.minor),
                           normalized: "v\(v.major).\(v.minor).\(v.patch)")
    }
}

// MARK: template objects

final class CapabilitiesObject: TemplateObject, @unchecked Sendable {
    let kube: KubeVersionObject
    let apis: VersionSetObject
    let helm: HelmVersionObject

    init(_ caps: Capabilities) {
        kube = KubeVersionObject(caps.kubeVersion)
        apis = VersionSetObject(caps.apiVersions)
        helm = HelmVersionObject()
    }

    var goTypeName: String { "*common.Capabilities" }
    func member(named name: String) -> TemplateMember? {
        switch name {
        case "KubeVersion": return .field(.object(kube))
        case "APIVersions": return .field(.object(apis))
        case "HelmVersion": return .field(.object(helm))
        default: return nil
        }
    }
    var formatted: String { "&{\(kube.formatted) \(apis.formatted) \(helm.formatted)}" }
    var encodedValue: TemplateValue {
        .map(["KubeVersion": kube.encodedValue, "APIVersions": apis.encodedValue, "HelmVersion": helm.encodedValue])
    }
}

final class KubeVersionObject: TemplateObject, @unchecked Sendable {
    let v: KubeVersion
    init(_ v: KubeVersion) { self.v = v }
    var goTypeName: String { "common.KubeVersion" }
    var goKindName: String { "struct" }
    func member(named name: String) -> TemplateMember? {
        switch name {
        case "Version", "GitVersion": return .field(.string(v.version))
        case "Major": return .field(.string(v.major))
        case "Minor": return .field(.string(v.minor))
        case "String": return .method(TemplateFunction { _ in .string(self.v.version) })
        default: return nil
        }
    }
    var formatted: String { "{\(v.version) \(v.normalized) \(v.major) \(v.minor)}" }
    var encodedValue: TemplateValue {
        .map(["Version": .string(v.version), "Major": .string(v.major), "Minor": .string(v.minor)])
    }
    func isEqual(to other: any TemplateObject) -> Bool { (other as? KubeVersionObject)?.v == v }
}

final class VersionSetObject: TemplateObject, @unchecked Sendable {
    let versions: [String]
    init(_ versions: [String]) { self.versions = versions }
    var goTypeName: String { "common.VersionSet" }
    var goKindName: String { "slice" }
    func member(named name: String) -> TemplateMember? {
        guard name == "Has" else { return nil }
        return .method(TemplateFunction([.string]) { call in .bool(self.versions.contains(call.string(0))) })
    }
    var formatted: String { "[" + versions.joined(separator: " ") + "]" }
    var encodedValue: TemplateValue { .stringList(versions) }
    var collectionView: TemplateValue? { .stringList(versions) }
}

final class HelmVersionObject: TemplateObject, @unchecked Sendable {
    var goTypeName: String { "version.BuildInfo" }
    var goKindName: String { "struct" }
    func member(named name: String) -> TemplateMember? {
        Capabilities.helmVersion.first { $0.0 == name }.map { .field(.string($0.2)) }
    }
    var formatted: String { "{" + Capabilities.helmVersion.map(\.2).joined(separator: " ") + "}" }
    var encodedValue: TemplateValue {
        var m: [String: TemplateValue] = [:]
        for (_, key, value) in Capabilities.helmVersion { m[key] = .string(value) }
        return .map(m)
    }
}
