/// The builtin transformers a kustomization configures, in kustomize's fixed order
/// (api/internal/target/kusttarget_configplugin.go `configureBuiltinTransformers`).
enum BuiltinTransformers {
    static func configure(_ kt: KustTarget, config tc: TransformerConfig) throws -> [(Origin?, ResourceTransformer)] {
        let k = kt.kustomization
        var out: [(Origin?, ResourceTransformer)] = []
        func add(_ kind: String, _ t: ResourceTransformer) { out.append((kt.builtinOrigin(kind), t)) }

        if let smp = k.patchesStrategicMerge, !smp.isEmpty {
            add("PatchStrategicMergeTransformer", try PatchTransformers.strategicMerge(smp, loader: kt.loader, context: kt.context))
        }
        for p in k.patches {
            add("PatchTransformer", try PatchTransformers.patch(p, loader: kt.loader, context: kt.context))
        }
        if !k.namespace.isEmpty {
            add("NamespaceTransformer", NamespaceTransformer(namespace: k.namespace, fieldSpecs: tc.namespace))
        }
        if !k.namePrefix.isEmpty {
            add("PrefixTransformer", PrefixSuffixTransformer(affix: .prefix, value: k.namePrefix, fieldSpecs: tc.namePrefix))
        }
        if !k.nameSuffix.isEmpty {
            add("SuffixTransformer", PrefixSuffixTransformer(affix: .suffix, value: k.nameSuffix, fieldSpecs: tc.nameSuffix))
        }
        if !k.labels.isEmpty || !(k.commonLabels ?? []).isEmpty {
            for label in k.labels {
                var specs = try label.fields.mergingAll(tc.labels)
                if label.includeSelectors {
                    specs = try specs.mergingAll(tc.commonLabels)
                } else {
                    if label.includeTemplates { specs = try specs.mergingAll(tc.templateLabels) }
                    specs = try specs.mergingOne(FieldSpec(path: "metadata/labels", create: true))
                }
                add("LabelTransformer", LabelTransformer(labels: label.pairs, fieldSpecs: specs))
            }
            add("LabelTransformer", LabelTransformer(labels: k.commonLabels ?? [], fieldSpecs: tc.commonLabels))
        }
        if !k.commonAnnotations.isEmpty {
            add("AnnotationsTransformer", AnnotationsTransformer(annotations: k.commonAnnotations, fieldSpecs: tc.commonAnnotations))
        }
        for p in k.patchesJson6902 ?? [] {
            add("PatchJson6902Transformer", try PatchTransformers.json6902(p, loader: kt.loader))
        }
        for r in k.replicas {
            add("ReplicaCountTransformer", ReplicaCountTransformer(replica: r, fieldSpecs: tc.replicas))
        }
        for image in k.images {
            add("ImageTagTransformer", ImageTagTransformer(image: image, fieldSpecs: tc.images))
        }
        if !k.replacements.isEmpty {
            add("ReplacementTransformer", try PatchTransformers.replacements(k.replacements, loader: kt.loader))
        }
        return out
    }
}
