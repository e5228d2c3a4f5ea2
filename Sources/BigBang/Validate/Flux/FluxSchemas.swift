/// The specs of the Flux kinds `flux-schema` checks, written from the Flux v2 API references
/// (source-controller v1, helm-controller v2, kustomize-controller v1,
/// image-reflector/automation v1beta2). Fields are listed so unknown ones can be flagged
/// (as warnings); only what breaks a reconcile is typed strictly.
enum FluxSchemas {
    /// `group` (without version) + kind → the schema of `spec`. Every served version of the
    /// group is checked against it: the older betas differ only in fields flagged as unknown.
    static func spec(group: String, kind: String) -> FluxSchema? {
        table[group + " " + kind]
    }

    static let sourceGroup = "source.toolkit.fluxcd.io"
    static let helmGroup = "helm.toolkit.fluxcd.io"
    static let kustomizeGroup = "kustomize.toolkit.fluxcd.io"
    static let imageGroup = "image.toolkit.fluxcd.io"

    private static let localRef = FluxSchema.object(["name": .string], required: ["name"])
    private static let namespacedRef = FluxSchema.object(["name": .string, "namespace": .string], required: ["name"])
    private static let accessFrom = FluxSchema.object(["namespaceSelectors": .list(.object(["matchLabels": .map(.string)]))])
    private static let selector = FluxSchema.object(["matchLabels": .map(.string), "matchExpressions": .list(.any)])
    private static let common: [String: FluxSchema] = [
        "interval": .duration, "timeout": .duration, "suspend": .boolean, "secretRef": localRef,
        "certSecretRef": localRef, "proxySecretRef": localRef, "insecure": .boolean,
    ]

    private static func merged(_ a: [String: FluxSchema], _ b: [String: FluxSchema]) -> [String: FluxSchema] {
        a.merging(b) { _, new in new }
    }

    static let gitRepository = FluxSchema.object(merged(common, [
        "url": .string,
        "ref": .object(["branch": .string, "tag": .string, "semver": .string, "name": .string, "commit": .string]),
        "verify": .object(["mode": .oneOf(["HEAD", "Tag", "TagAndHEAD", "head"]), "secretRef": localRef], required: ["secretRef"]),
        "provider": .oneOf(["generic", "azure", "github"]),
        "ignore": .string, "recurseSubmodules": .boolean, "sparseCheckout": .list(.string),
        "include": .list(.object(["repository": localRef, "fromPath": .string, "toPath": .string], required: ["repository"])),
        "gitImplementation": .oneOf(["go-git", "libgit2"]), "accessFrom": accessFrom,
    ]), required: ["url", "interval"])

    static let helmRepository = FluxSchema.object(merged(common, [
        "url": .string, "type": .oneOf(["default", "oci"]), "provider": .oneOf(["generic", "aws", "azure", "gcp"]),
        "passCredentials": .boolean, "accessFrom": accessFrom,
    ]), required: ["url"])

    static let ociRepository = FluxSchema.object(merged(common, [
        "url": .string,
        "ref": .object(["digest": .string, "semver": .string, "semverFilter": .string, "tag": .string]),
        "layerSelector": .object(["mediaType": .string, "operation": .oneOf(["extract", "copy"])]),
        "provider": .oneOf(["generic", "aws", "azure", "gcp"]),
        "verify": .object(["provider": .oneOf(["cosign", "notation"]), "secretRef": localRef,
                           "matchOIDCIdentity": .list(.object(["issuer": .string, "subject": .string], required: ["issuer", "subject"]))],
                          required: ["provider"]),
        "serviceAccountName": .string, "ignore": .string,
    ]), required: ["url", "interval"])

    static let bucket = FluxSchema.object(merged(common, [
        "bucketName": .string, "endpoint": .string, "provider": .oneOf(["generic", "aws", "gcp", "azure"]),
        "region": .string, "prefix": .string, "ignore": .string, "accessFrom": accessFrom,
        "sts": .object(["provider": .oneOf(["aws", "ldap"]), "endpoint": .string, "secretRef": localRef, "certSecretRef": localRef],
                       required: ["provider", "endpoint"]),
    ]), required: ["bucketName", "endpoint", "interval"])

    private static let crdsPolicy = FluxSchema.oneOf(["Skip", "Create", "CreateReplace"])
    private static let remediation = FluxSchema.object([
        "retries": .integer, "ignoreTestFailures": .boolean, "remediateLastFailure": .boolean,
        "strategy": .oneOf(["rollback", "uninstall"]),
    ])
    private static let crossNamespaceRef = FluxSchema.object(
        ["apiVersion": .string, "kind": .string, "name": .string, "namespace": .string], required: ["name"])

    static let helmRelease = FluxSchema.object([
        "interval": .duration, "timeout": .duration, "suspend": .boolean,
        "chart": .object([
            "spec": .object([
                "chart": .string, "version": .string, "interval": .duration,
                "sourceRef": .object(["apiVersion": .string, "kind": .oneOf(["HelmRepository", "GitRepository", "Bucket"]),
                                      "name": .string, "namespace": .string], required: ["kind", "name"]),
                "reconcileStrategy": .oneOf(["ChartVersion", "Revision"]), "valuesFiles": .list(.string),
                "valuesFile": .string, "ignoreMissingValuesFiles": .boolean,
                "verify": .object(["provider": .oneOf(["cosign", "notation"]), "secretRef": localRef], required: ["provider"]),
            ], required: ["chart", "sourceRef"]),
            "metadata": .object(["labels": .map(.string), "annotations": .map(.string)]),
        ], required: ["spec"]),
        "chartRef": .object(["apiVersion": .string, "kind": .oneOf(["OCIRepository", "HelmChart"]), "name": .string,
                             "namespace": .string], required: ["kind", "name"]),
        "releaseName": .string, "targetNamespace": .string, "storageNamespace": .string,
        "dependsOn": .list(namespacedRef), "maxHistory": .integer, "serviceAccountName": .string,
        "persistentClient": .boolean, "kubeConfig": .any, "commonMetadata": .any,
        "driftDetection": .object(["mode": .oneOf(["enabled", "warn", "disabled"]), "ignore": .list(.any)]),
        "install": .object(["timeout": .duration, "remediation": remediation, "disableWait": .boolean,
                            "disableWaitForJobs": .boolean, "disableHooks": .boolean, "disableOpenAPIValidation": .boolean,
                            "disableSchemaValidation": .boolean, "replace": .boolean, "skipCRDs": .boolean, "crds": crdsPolicy,
                            "createNamespace": .boolean, "disableTakeOwnership": .boolean, "strategy": .any]),
        "upgrade": .object(["timeout": .duration, "remediation": remediation, "disableWait": .boolean,
                            "disableWaitForJobs": .boolean, "disableHooks": .boolean, "disableOpenAPIValidation": .boolean,
                            "disableSchemaValidation": .boolean, "force": .boolean, "preserveValues": .boolean,
                            "cleanupOnFail": .boolean, "crds": crdsPolicy, "disableTakeOwnership": .boolean, "strategy": .any]),
        "test": .object(["enable": .boolean, "timeout": .duration, "ignoreFailures": .boolean, "filters": .list(.any)]),
        "rollback": .object(["timeout": .duration, "disableWait": .boolean, "disableWaitForJobs": .boolean,
                             "disableHooks": .boolean, "recreate": .boolean, "force": .boolean, "cleanupOnFail": .boolean]),
        "uninstall": .object(["timeout": .duration, "disableHooks": .boolean, "keepHistory": .boolean,
                              "disableWait": .boolean, "deletionPropagation": .oneOf(["background", "foreground", "orphan"])]),
        "valuesFrom": .list(.object(["kind": .oneOf(["Secret", "ConfigMap"]), "name": .string, "valuesKey": .string,
                                     "targetPath": .string, "optional": .boolean], required: ["kind", "name"])),
        "values": .any, "postRenderers": .list(.any),
        "waitStrategy": .object(["name": .oneOf(["poller", "legacy"])], required: ["name"]),
    ], required: ["interval"])

    static let kustomization = FluxSchema.object([
        "interval": .duration, "retryInterval": .duration, "timeout": .duration, "suspend": .boolean,
        "prune": .boolean, "force": .boolean, "wait": .boolean, "path": .string, "targetNamespace": .string,
        "sourceRef": .object(["apiVersion": .string, "kind": .oneOf(["OCIRepository", "GitRepository", "Bucket"]),
                              "name": .string, "namespace": .string], required: ["kind", "name"]),
        "dependsOn": .list(namespacedRef),
        "postBuild": .object(["substitute": .map(.string), "substituteFrom": .list(.object([
            "kind": .oneOf(["Secret", "ConfigMap"]), "name": .string, "optional": .boolean,
        ], required: ["kind", "name"]))]),
        "patches": .list(.object(["patch": .string, "target": .any], required: ["patch"])),
        "patchesStrategicMerge": .list(.any), "patchesJson6902": .list(.any),
        "images": .list(.object(["name": .string, "newName": .string, "newTag": .string, "digest": .string], required: ["name"])),
        "components": .list(.string), "ignoreMissingComponents": .boolean,
        "decryption": .object(["provider": .oneOf(["sops"]), "secretRef": localRef], required: ["provider"]),
        "healthChecks": .list(crossNamespaceRef), "healthCheckExprs": .list(.any), "serviceAccountName": .string,
        "kubeConfig": .any, "commonMetadata": .any, "namePrefix": .string, "nameSuffix": .string,
        "deletionPolicy": .oneOf(["MirrorPrune", "Delete", "WaitForTermination", "Orphan"]),
    ], required: ["interval", "prune", "sourceRef"])

    static let imageRepository = FluxSchema.object(merged(common, [
        "image": .string, "serviceAccountName": .string, "exclusionList": .list(.string),
        "provider": .oneOf(["generic", "aws", "azure", "gcp"]), "accessFrom": accessFrom,
    ]), required: ["image", "interval"])

    static let imagePolicy = FluxSchema.object([
        "imageRepositoryRef": namespacedRef, "interval": .duration,
        "policy": .object([
            "semver": .object(["range": .string], required: ["range"]),
            "alphabetical": .object(["order": .oneOf(["asc", "desc"])]),
            "numerical": .object(["order": .oneOf(["asc", "desc"])]),
        ]),
        "filterTags": .object(["pattern": .string, "extract": .string]),
        "digestReflectionPolicy": .oneOf(["Always", "IfNotPresent", "Never"]), "suspend": .boolean,
    ], required: ["imageRepositoryRef", "policy"])

    static let imageUpdateAutomation = FluxSchema.object([
        "interval": .duration, "suspend": .boolean, "policySelector": selector,
        "sourceRef": .object(["apiVersion": .string, "kind": .oneOf(["GitRepository"]), "name": .string, "namespace": .string],
                             required: ["kind", "name"]),
        "git": .object([
            "checkout": .object(["ref": .object(["branch": .string, "tag": .string, "semver": .string, "name": .string, "commit": .string])]),
            "commit": .object([
                "author": .object(["name": .string, "email": .string], required: ["email"]),
                "signingKey": .object(["secretRef": localRef]), "messageTemplate": .string, "messageTemplateValues": .map(.string),
            ], required: ["author"]),
            "push": .object(["branch": .string, "refspec": .string, "options": .map(.string)]),
        ], required: ["commit"]),
        "update": .object(["path": .string, "strategy": .oneOf(["Setters"])]),
    ], required: ["sourceRef", "interval"])

    private static let table: [String: FluxSchema] = [
        "\(sourceGroup) GitRepository": gitRepository,
        "\(sourceGroup) HelmRepository": helmRepository,
        "\(sourceGroup) OCIRepository": ociRepository,
        "\(sourceGroup) Bucket": bucket,
        "\(helmGroup) HelmRelease": helmRelease,
        "\(kustomizeGroup) Kustomization": kustomization,
        "\(imageGroup) ImageRepository": imageRepository,
        "\(imageGroup) ImagePolicy": imagePolicy,
        "\(imageGroup) ImageUpdateAutomation": imageUpdateAutomation,
    ]
}
