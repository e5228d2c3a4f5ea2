/// Helm's `InstallOrder` (pkg/release/v1/util/kind_sorter.go): kinds earlier in the list are
/// installed, and printed by `helm template`, first. Unknown kinds follow, sorted by name.
enum InstallOrder {
    static let kinds: [String] = [
        "PriorityClass",
        "Namespace",
        "NetworkPolicy",
        "ResourceQuota",
        "LimitRange",
        "PodSecurityPolicy",
        "PodDisruptionBudget",
        "ServiceAccount",
        "Secret",
        "SecretList",
        "ConfigMap",
        "StorageClass",
        "PersistentVolume",
        "PersistentVolumeClaim",
        "CustomResourceDefinition",
        "ClusterRole",
        "ClusterRoleList",
        "ClusterRoleBinding",
        "ClusterRoleBindingList",
        "Role",
        "RoleList",
        "RoleBinding",
        "RoleBindingList",
        "Service",
        "DaemonSet",
        "Pod",
        "ReplicationController",
        "ReplicaSet",
        "Deployment",
        "HorizontalPodAutoscaler",
        "StatefulSet",
        "Job",
        "CronJob",
        "IngressClass",
        "Ingress",
        "APIService",
        "MutatingWebhookConfiguration",
        "ValidatingWebhookConfiguration",
    ]

    static let rank: [String: Int] = {
        var r: [String: Int] = [:]
        for (i, k) in kinds.enumerated() { r[k] = i }
        return r
    }()

    /// Matches `lessByKind`: known kinds by rank, then unknown kinds alphabetically.
    static func less(_ a: String, _ b: String) -> Bool {
        switch (rank[a], rank[b]) {
        case let (ra?, rb?): return ra < rb
        case (nil, nil): return a != b && a.utf8.lexicographicallyPrecedes(b.utf8)
        case (nil, _?): return false
        case (_?, nil): return true
        }
    }
}
