import Diagnostics
import YAML

/// A configured plugin from the `generators:` or `transformers:` fields.
protocol ResourceGenerator {
    func generate() throws -> [Resource]
}

/// Reads `generators:`/`transformers:` entries — inline YAML configs, files, or
/// kustomization directories producing configs — and builds the builtin plugin each config
/// names (kustomize `configureExternalTransformers` + `plugins/loader`). Only builtin
/// plugins exist here; exec, container and Go plugins are refused as kubectl refuses them.
struct PluginConfigLoader {
    let target: KustTarget

    enum Role { case generator, transformer }

    func load(_ entries: [Kustomization.Entry], role: Role) throws -> [(Origin?, ResourceTransformer & ResourceGenerator)] {
        if entries.isEmpty { return [] }
        var configs: [Resource] = []
        for entry in entries {
            let inline = SourceFile(path: entry.location?.path ?? "kustomization.yaml", text: entry.value)
            if let rs = try? ResourceReader.resources(from: inline), !rs.isEmpty {
                if let origin = target.origin {
                    let o = origin.appending(target.kustFileName, remote: nil)
                    for r in rs { r.setAnnotation(OriginAnnotation.key, o.annotationText) }
                }
                configs += rs
                continue
            }
            configs += try loadPath(entry)
        }
        return try configs.map { res in
            let origin = Origin(annotation: res.annotation(OriginAnnotation.key) ?? "").flatMap { o -> Origin? in
                guard res.annotation(OriginAnnotation.key) != nil else { return nil }
                var p = Origin()
                p.repo = o.repo
                p.ref = o.ref
                p.configuredIn = o.path
                p.configuredBy = (res.apiVersion, res.kind, res.name, res.namespace)
                return p
            }
            return (origin, try BuiltinPlugin(config: res, loader: target.loader, role: role))
        }
    }

    /// A file of configs, or a directory whose build output is the configs.
    private func loadPath(_ entry: Kustomization.Entry) throws -> [Resource] {
        let loader = target.loader
        let abs = loader.absolute(entry.value)
        if !loader.fs.isDirectory(abs) {
            let file = try loader.load(entry.value)
            let rs = try ResourceReader.resources(from: file)
            if let origin = target.origin {
                let text = origin.appending(entry.value, remote: nil).annotationText
                for r in rs { r.setAnnotation(OriginAnnotation.key, text) }
            }
            return rs
        }
        let child = try loader.child(entry.value)
        let sub = try KustTarget.load(child, context: target.context)
        sub.kustomization.buildMetadata = target.kustomization.buildMetadata
        sub.origin = target.origin?.appending(entry.value, remote: child.remoteURL)
        return try sub.accumulateTarget(ResourceAccumulator()).resources
    }
}

/// A builtin generator or transformer configured from a KRM-style config object.
struct BuiltinPlugin: ResourceTransformer, ResourceGenerator {
    private let transformer: ResourceTransformer?
    private let generator: (() throws -> [Resource])?

    init(config res: Resource, loader: FileLoader, role: PluginConfigLoader.Role) throws {
        let c = res.node
        let gvk = res.gvk
        guard gvk.group.isEmpty, gvk.version == "builtin" else {
            throw KustomizeError.message("external plugins disabled; unable to load external plugin '\(gvk.kind)'")
        }
        func specs(_ key: String = "fieldSpecs") -> [FieldSpec] {
            TransformerConfig.decodeSpecs(c[key] ?? .null, "")
        }
        var transformer: ResourceTransformer?
        var generator: (() throws -> [Resource])?
        switch gvk.kind {
        case "AnnotationsTransformer":
            transformer = AnnotationsTransformer(annotations: c["annotations"]?.stringMap ?? [], fieldSpecs: specs())
        case "LabelTransformer":
            transformer = LabelTransformer(labels: c["labels"]?.stringMap ?? [], fieldSpecs: specs())
        case "NamespaceTransformer":
            var t = NamespaceTransformer(namespace: c["metadata"]?.scalarValue("namespace") ?? "", fieldSpecs: specs())
            t.unsetOnly = c.scalarValue("unsetOnly") == "true"
            if let mode = c.scalarValue("setRoleBindingSubjects"), !mode.isEmpty {
                guard let m = NamespaceTransformer.SubjectMode(rawValue: mode) else {
                    throw KustomizeError.message("invalid value \"\(mode)\" for setRoleBindingSubjects: must be one of \"defaultOnly\", \"none\" or \"allServiceAccounts\"")
                }
                t.subjects = m
            }
            transformer = t
        case "PrefixTransformer":
            transformer = PrefixSuffixTransformer(affix: .prefix, value: c.scalarValue("prefix") ?? "", fieldSpecs: specs())
        case "SuffixTransformer":
            transformer = PrefixSuffixTransformer(affix: .suffix, value: c.scalarValue("suffix") ?? "", fieldSpecs: specs())
        case "PrefixSuffixTransformer":
            transformer = Sequence2(
                first: PrefixSuffixTransformer(affix: .prefix, value: c.scalarValue("prefix") ?? "", fieldSpecs: specs()),
                second: PrefixSuffixTransformer(affix: .suffix, value: c.scalarValue("suffix") ?? "", fieldSpecs: specs()))
        case "ImageTagTransformer":
            let i = c["imageTag"] ?? .null
            var image = Kustomization.ImageArgs()
            image.name = i.scalarValue("name") ?? ""
            image.newName = i.scalarValue("newName")
            image.newTag = i.scalarValue("newTag")
            image.digest = i.scalarValue("digest")
            image.tagSuffix = i.scalarValue("tagSuffix")
            transformer = ImageTagTransformer(image: image, fieldSpecs: specs())
        case "ReplicaCountTransformer":
            let r = c["replica"] ?? .null
            transformer = ReplicaCountTransformer(replica: .init(name: r.scalarValue("name") ?? "", count: r["count"] ?? .null),
                                                  fieldSpecs: specs())
        case "PatchTransformer":
            var p = Kustomization.PatchArgs(location: res.location)
            p.path = c.scalarValue("path")
            p.patch = c.scalarValue("patch")
            p.target = c["target"]
            for (k, v) in c["options"]?.pairs ?? [] { p.options[k.value] = v.value == "true" }
            transformer = try PatchTransformers.patch(p, loader: loader)
        case "PatchStrategicMergeTransformer":
            var entries = (c["paths"]?.children ?? []).map { Kustomization.Entry(value: $0.value, location: res.location) }
            if let inline = c.scalarValue("patches"), !inline.isEmpty { entries.append(.init(value: inline, location: res.location)) }
            if entries.isEmpty { throw KustomizeError.message("empty file path and empty patch content") }
            transformer = try PatchTransformers.strategicMerge(entries, loader: loader)
        case "PatchJson6902Transformer":
            var p = Kustomization.PatchArgs(location: res.location)
            p.path = c.scalarValue("path")
            p.patch = c.scalarValue("jsonOp")
            p.target = c["target"]
            transformer = try PatchTransformers.json6902(p, loader: loader)
        case "ReplacementTransformer":
            transformer = try PatchTransformers.replacements((c["replacements"]?.children ?? []).map(\.resolved), loader: loader)
        case "HashTransformer":
            transformer = HashTransformer()
        case "ConfigMapGenerator", "SecretGenerator":
            let args = BuiltinPlugin.generatorArgs(c, res)
            let g = DataGenerator(loader: loader, globalOptions: nil)
            let secret = gvk.kind == "SecretGenerator"
            generator = { [try g.generate(args, secret: secret)] }
        case "IAMPolicyGenerator":
            generator = { [try BuiltinPlugin.iamPolicy(c)] }
        case "HelmChartInflationGenerator":
            throw KustomizeError.message("helm charts are not supported by bbctl build (kustomize --enable-helm)")
        default:
            throw KustomizeError.message("unable to load builtin \(gvk)")
        }
        if role == .generator, generator == nil, transformer != nil {
            // kustomize lets a transformer config sit in `generators:`; it then transforms nothing.
        }
        self.transformer = transformer
        self.generator = generator
    }

    func transform(_ ra: ResourceAccumulator) throws {
        if let transformer { try transformer.transform(ra) }
        if let generator { try ra.absorb(try generator()) }
    }

    func generate() throws -> [Resource] { try generator?() ?? [] }

    /// kustomize `IAMPolicyGenerator` (GKE only): a ServiceAccount bound to a cloud account.
    static func iamPolicy(_ c: Node) throws -> Resource {
        let cloud = c.scalarValue("cloud") ?? ""
        guard cloud == "gke" else { throw KustomizeError.message("cloud provider \(cloud) not supported yet") }
        let ks = c["kubernetesService"] ?? .null, sa = c["serviceAccount"] ?? .null
        let account = "\(sa.scalarValue("name") ?? "")@\(sa.scalarValue("projectId") ?? "").iam.gserviceaccount.com"
        var meta = Node.mapping([("annotations", .stringMapping([("iam.gke.io/gcp-service-account", account)])),
                                 ("name", .string(ks.scalarValue("name") ?? ""))])
        if let ns = ks.scalarValue("namespace"), !ns.isEmpty { meta.set("namespace", .string(ns)) }
        return Resource(node: .mapping([("apiVersion", .string("v1")), ("kind", .string("ServiceAccount")), ("metadata", meta)]))
    }

    static func generatorArgs(_ c: Node, _ res: Resource) -> Kustomization.GeneratorArgs {
        var g = Kustomization.GeneratorArgs(location: res.location)
        g.name = c.scalarValue("name") ?? c["metadata"]?.scalarValue("name") ?? ""
        g.namespace = c.scalarValue("namespace") ?? c["metadata"]?.scalarValue("namespace") ?? ""
        g.behavior = c.scalarValue("behavior") ?? ""
        g.literals = (c["literals"]?.children ?? []).map(\.value)
        g.files = (c["files"]?.children ?? []).map(\.value)
        g.envs = (c["envs"]?.children ?? []).map(\.value)
        if let e = c.scalarValue("env"), !e.isEmpty { g.envs.append(e) }
        g.type = c.scalarValue("type") ?? ""
        if let o = c["options"], o.kind == .mapping {
            var opts = Kustomization.GeneratorOptions()
            opts.labels = o["labels"]?.stringMap ?? []
            opts.annotations = o["annotations"]?.stringMap ?? []
            opts.disableNameSuffixHash = o.scalarValue("disableNameSuffixHash") == "true"
            opts.immutable = o.scalarValue("immutable") == "true"
            g.options = opts
        }
        return g
    }
}

/// Two transformers run one after the other (kustomize's legacy `PrefixSuffixTransformer`).
struct Sequence2: ResourceTransformer {
    var first: ResourceTransformer
    var second: ResourceTransformer
    func transform(_ ra: ResourceAccumulator) throws {
        try first.transform(ra)
        try second.transform(ra)
    }
}
