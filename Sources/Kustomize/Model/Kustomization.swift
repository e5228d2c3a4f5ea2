import Diagnostics
import YAML

/// A kustomization file, decoded (kustomize `types.Kustomization`). Patch and replacement
/// bodies stay `Node`s for the patch engine.
struct Kustomization {
    var apiVersion = ""
    var kind = ""
    var openAPI: [(key: String, value: String)] = []
    var namePrefix = ""
    var nameSuffix = ""
    var namespace = ""
    var commonLabels: [(key: String, value: String)]?
    var labels: [LabelArgs] = []
    var commonAnnotations: [(key: String, value: String)] = []
    var patchesStrategicMerge: [Entry]?
    var patchesJson6902: [PatchArgs]?
    var patches: [PatchArgs] = []
    var images: [ImageArgs] = []
    var imageTags: [ImageArgs]?
    var replacements: [Node] = []
    var replicas: [ReplicaArgs] = []
    var vars: [VarArgs]?
    var sortOptions: SortOptions?
    var resources: [Entry] = []
    var components: [Entry] = []
    var crds: [Entry] = []
    var bases: [Entry]?
    var configMapGenerator: [GeneratorArgs] = []
    var secretGenerator: [GeneratorArgs] = []
    var usesHelm = false
    var generatorOptions: GeneratorOptions?
    var configurations: [Entry] = []
    var generators: [Entry] = []
    var transformers: [Entry] = []
    var validators: [Entry] = []
    var buildMetadata: [String] = []
    /// Whether any field besides apiVersion/kind was given (kustomize `CheckEmpty`).
    var isEmpty = true

    /// A string list item with where it was written.
    struct Entry {
        var value: String
        var location: SourceLocation?
    }

    struct LabelArgs {
        var pairs: [(key: String, value: String)]
        var includeSelectors = false
        var includeTemplates = false
        var fields: [FieldSpec] = []
    }

    struct PatchArgs {
        var path: String?
        var patch: String?
        var target: Node?
        var options: [String: Bool] = [:]
        var location: SourceLocation?
    }

    struct ImageArgs {
        var name = ""
        var newName: String?
        var newTag: String?
        var digest: String?
        var tagSuffix: String?
    }

    struct ReplicaArgs {
        var name = ""
        var count: Node = .null
    }

    struct VarArgs {
        var name = ""
        var objRef = ObjRef()
        var fieldPath = "metadata.name"
        var location: SourceLocation?
        struct ObjRef: Equatable {
            var group = ""
            var version = ""
            var kind = ""
            var name = ""
            var namespace = ""
            var gvk: Gvk { Gvk(group: group, version: version, kind: kind) }
        }
    }

    struct SortOptions {
        var order: String?
        var orderFirst: [String]?
        var orderLast: [String]?
        var hasLegacyOptions = false
    }

    struct GeneratorOptions {
        var labels: [(key: String, value: String)] = []
        var annotations: [(key: String, value: String)] = []
        var disableNameSuffixHash: Bool?
        var immutable: Bool?
    }

    struct GeneratorArgs {
        var name = ""
        var namespace = ""
        var behavior = ""
        var literals: [String] = []
        var files: [String] = []
        var envs: [String] = []
        var type = ""
        var options: GeneratorOptions?
        var location: SourceLocation?
    }

    /// Legacy fields folded into their replacements (kustomize `FixKustomization`).
    mutating func fix() {
        if kind.isEmpty { kind = "Kustomization" }
        if apiVersion.isEmpty {
            apiVersion = kind == "Component" ? "kustomize.config.k8s.io/v1alpha1" : "kustomize.config.k8s.io/v1beta1"
        }
        resources += bases ?? []
        images += imageTags ?? []
    }

    /// The deprecation warnings kustomize prints on stderr (`CheckDeprecatedFields`), without
    /// its `# Warning: ` prefix: bbctl renders them as located diagnostics.
    var deprecationWarnings: [String] {
        var w: [String] = []
        if bases != nil {
            w.append("'bases' is deprecated. Please use 'resources' instead. Run 'kustomize edit fix' to update your Kustomization automatically.")
        }
        if commonLabels != nil {
            w.append("'commonLabels' is deprecated. Please use 'labels' instead. Run 'kustomize edit fix' to update your Kustomization automatically.")
        }
        if imageTags != nil {
            w.append("'imageTags' is deprecated. Please use 'images' instead. Run 'kustomize edit fix' to update your Kustomization automatically.")
        }
        if patchesJson6902 != nil {
            w.append("'patchesJson6902' is deprecated. Please use 'patches' instead. Run 'kustomize edit fix' to update your Kustomization automatically.")
        }
        if patchesStrategicMerge != nil {
            w.append("'patchesStrategicMerge' is deprecated. Please use 'patches' instead. Run 'kustomize edit fix' to update your Kustomization automatically.")
        }
        if vars != nil {
            w.append("'vars' is deprecated. Please use 'replacements' instead. [EXPERIMENTAL] Run 'kustomize edit fix' to update your Kustomization automatically.")
        }
        return w
    }

    /// kustomize `EnforceFields`.
    var fieldErrors: [String] {
        var errs: [String] = []
        if !kind.isEmpty, kind != "Kustomization", kind != "Component" {
            errs.append("kind should be Kustomization or Component")
        }
        let required = kind == "Component" ? "kustomize.config.k8s.io/v1alpha1" : "kustomize.config.k8s.io/v1beta1"
        if !apiVersion.isEmpty, apiVersion != required {
            errs.append("apiVersion for \(kind) should be \(required)")
        }
        return errs
    }
}
