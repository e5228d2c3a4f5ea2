/// Deprecated and removed API versions, in the manner of Fairwinds' pluto `versions.yaml`
/// (Kubernetes deprecation guide; Flux API versions superseded by their GA versions).
enum DeprecatedAPIs {
    struct Entry: Sendable {
        var apiVersion: String
        var kinds: [String]
        /// Kubernetes release that deprecated it (nil: deprecated by its project, not a release).
        var deprecatedIn: KubernetesVersion?
        /// Kubernetes release that no longer serves it.
        var removedIn: KubernetesVersion?
        var replacement: String
    }

    private static func v(_ minor: Int) -> KubernetesVersion { KubernetesVersion(1, minor) }

    private static let workloads = ["Deployment", "DaemonSet", "ReplicaSet", "StatefulSet", "ControllerRevision"]
    private static let rbac = ["Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding"]
    private static let flowcontrol = ["FlowSchema", "PriorityLevelConfiguration"]

    static let entries: [Entry] = [
        Entry(apiVersion: "extensions/v1beta1", kinds: ["Deployment", "DaemonSet", "ReplicaSet", "NetworkPolicy", "PodSecurityPolicy"],
              deprecatedIn: v(8), removedIn: v(16), replacement: "apps/v1, networking.k8s.io/v1"),
        Entry(apiVersion: "extensions/v1beta1", kinds: ["Ingress"], deprecatedIn: v(14), removedIn: v(22), replacement: "networking.k8s.io/v1"),
        Entry(apiVersion: "apps/v1beta1", kinds: workloads, deprecatedIn: v(9), removedIn: v(16), replacement: "apps/v1"),
        Entry(apiVersion: "apps/v1beta2", kinds: workloads, deprecatedIn: v(9), removedIn: v(16), replacement: "apps/v1"),
        Entry(apiVersion: "networking.k8s.io/v1beta1", kinds: ["Ingress", "IngressClass"], deprecatedIn: v(19), removedIn: v(22),
              replacement: "networking.k8s.io/v1"),
        Entry(apiVersion: "rbac.authorization.k8s.io/v1alpha1", kinds: rbac, deprecatedIn: v(17), removedIn: v(22),
              replacement: "rbac.authorization.k8s.io/v1"),
        Entry(apiVersion: "rbac.authorization.k8s.io/v1beta1", kinds: rbac, deprecatedIn: v(17), removedIn: v(22),
              replacement: "rbac.authorization.k8s.io/v1"),
        Entry(apiVersion: "admissionregistration.k8s.io/v1beta1", kinds: ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"],
              deprecatedIn: v(16), removedIn: v(22), replacement: "admissionregistration.k8s.io/v1"),
        Entry(apiVersion: "apiextensions.k8s.io/v1beta1", kinds: ["CustomResourceDefinition"], deprecatedIn: v(16), removedIn: v(22),
              replacement: "apiextensions.k8s.io/v1"),
        Entry(apiVersion: "apiregistration.k8s.io/v1beta1", kinds: ["APIService"], deprecatedIn: v(19), removedIn: v(22),
              replacement: "apiregistration.k8s.io/v1"),
        Entry(apiVersion: "scheduling.k8s.io/v1beta1", kinds: ["PriorityClass"], deprecatedIn: v(14), removedIn: v(22),
              replacement: "scheduling.k8s.io/v1"),
        Entry(apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"],
              deprecatedIn: v(19), removedIn: v(22), replacement: "storage.k8s.io/v1"),
        Entry(apiVersion: "certificates.k8s.io/v1beta1", kinds: ["CertificateSigningRequest"], deprecatedIn: v(19), removedIn: v(22),
              replacement: "certificates.k8s.io/v1"),
        Entry(apiVersion: "coordination.k8s.io/v1beta1", kinds: ["Lease"], deprecatedIn: v(19), removedIn: v(22),
              replacement: "coordination.k8s.io/v1"),
        Entry(apiVersion: "batch/v1beta1", kinds: ["CronJob"], deprecatedIn: v(21), removedIn: v(25), replacement: "batch/v1"),
        Entry(apiVersion: "discovery.k8s.io/v1beta1", kinds: ["EndpointSlice"], deprecatedIn: v(21), removedIn: v(25),
              replacement: "discovery.k8s.io/v1"),
        Entry(apiVersion: "events.k8s.io/v1beta1", kinds: ["Event"], deprecatedIn: v(19), removedIn: v(25), replacement: "events.k8s.io/v1"),
        Entry(apiVersion: "autoscaling/v2beta1", kinds: ["HorizontalPodAutoscaler"], deprecatedIn: v(22), removedIn: v(25),
              replacement: "autoscaling/v2"),
        Entry(apiVersion: "policy/v1beta1", kinds: ["PodDisruptionBudget"], deprecatedIn: v(21), removedIn: v(25), replacement: "policy/v1"),
        Entry(apiVersion: "policy/v1beta1", kinds: ["PodSecurityPolicy"], deprecatedIn: v(21), removedIn: v(25),
              replacement: "Pod Security Admission (no replacement kind)"),
        Entry(apiVersion: "node.k8s.io/v1beta1", kinds: ["RuntimeClass"], deprecatedIn: v(20), removedIn: v(25), replacement: "node.k8s.io/v1"),
        Entry(apiVersion: "autoscaling/v2beta2", kinds: ["HorizontalPodAutoscaler"], deprecatedIn: v(23), removedIn: v(26),
              replacement: "autoscaling/v2"),
        Entry(apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1", kinds: flowcontrol, deprecatedIn: v(23), removedIn: v(26),
              replacement: "flowcontrol.apiserver.k8s.io/v1"),
        Entry(apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIStorageCapacity"], deprecatedIn: v(24), removedIn: v(27),
              replacement: "storage.k8s.io/v1"),
        Entry(apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", kinds: flowcontrol, deprecatedIn: v(26), removedIn: v(29),
              replacement: "flowcontrol.apiserver.k8s.io/v1"),
        Entry(apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3", kinds: flowcontrol, deprecatedIn: v(29), removedIn: v(32),
              replacement: "flowcontrol.apiserver.k8s.io/v1"),
        // Flux: superseded by the GA APIs (Flux 2.0–2.3); later Flux releases stop serving them.
        Entry(apiVersion: "helm.toolkit.fluxcd.io/v2beta1", kinds: ["HelmRelease"], deprecatedIn: nil, removedIn: nil,
              replacement: "helm.toolkit.fluxcd.io/v2"),
        Entry(apiVersion: "helm.toolkit.fluxcd.io/v2beta2", kinds: ["HelmRelease"], deprecatedIn: nil, removedIn: nil,
              replacement: "helm.toolkit.fluxcd.io/v2"),
        Entry(apiVersion: "kustomize.toolkit.fluxcd.io/v1beta1", kinds: ["Kustomization"], deprecatedIn: nil, removedIn: nil,
              replacement: "kustomize.toolkit.fluxcd.io/v1"),
        Entry(apiVersion: "kustomize.toolkit.fluxcd.io/v1beta2", kinds: ["Kustomization"], deprecatedIn: nil, removedIn: nil,
              replacement: "kustomize.toolkit.fluxcd.io/v1"),
        Entry(apiVersion: "source.toolkit.fluxcd.io/v1beta1", kinds: ["GitRepository", "HelmRepository", "HelmChart", "Bucket"],
              deprecatedIn: nil, removedIn: nil, replacement: "source.toolkit.fluxcd.io/v1"),
        Entry(apiVersion: "source.toolkit.fluxcd.io/v1beta2", kinds: ["GitRepository", "HelmRepository", "HelmChart", "Bucket"],
              deprecatedIn: nil, removedIn: nil, replacement: "source.toolkit.fluxcd.io/v1"),
        Entry(apiVersion: "image.toolkit.fluxcd.io/v1beta1", kinds: ["ImageRepository", "ImagePolicy", "ImageUpdateAutomation"],
              deprecatedIn: nil, removedIn: nil, replacement: "image.toolkit.fluxcd.io/v1beta2"),
    ]

    private static let index: [String: Entry] = {
        var out: [String: Entry] = [:]
        for e in entries { for k in e.kinds { out[e.apiVersion + " " + k] = e } }
        return out
    }()

    static func entry(apiVersion: String, kind: String) -> Entry? { index[apiVersion + " " + kind] }
}
