import YAML

/// The field specs each builtin transformer uses (kustomize `builtinconfig.TransformerConfig`).
/// Starts from kustomize's defaults; `configurations:` files and CRDs merge into it.
struct TransformerConfig {
    var namePrefix: [FieldSpec] = []
    var nameSuffix: [FieldSpec] = []
    var namespace: [FieldSpec] = []
    var commonLabels: [FieldSpec] = []
    var labels: [FieldSpec] = []
    var templateLabels: [FieldSpec] = []
    var commonAnnotations: [FieldSpec] = []
    var nameReference: [NameBackReference] = []
    var varReference: [FieldSpec] = []
    var images: [FieldSpec] = []
    var replicas: [FieldSpec] = []

    static let defaults: TransformerConfig = {
        var t = TransformerConfig()
        let rows = { (r: [String]) in r.map(FieldSpec.init(row:)) }
        t.namePrefix = rows(BuiltinFieldSpecs.namePrefix)
        t.nameSuffix = rows(BuiltinFieldSpecs.nameSuffix)
        t.namespace = rows(BuiltinFieldSpecs.namespace)
        t.commonLabels = rows(BuiltinFieldSpecs.commonLabels)
        t.templateLabels = rows(BuiltinFieldSpecs.templateLabels)
        t.commonAnnotations = rows(BuiltinFieldSpecs.commonAnnotations)
        t.varReference = rows(BuiltinFieldSpecs.varReference)
        t.images = rows(BuiltinFieldSpecs.images)
        t.replicas = rows(BuiltinFieldSpecs.replicas)
        t.nameReference = BuiltinFieldSpecs.nameReference.map { target, specs in
            let f = target.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            return NameBackReference(gvk: Gvk(group: f[1], version: f[2], kind: f[0]), referrers: rows(specs))
        }
        return t
    }()

    /// kustomize `TransformerConfig.Merge` (union, then sorted by Gvk).
    func merged(with o: TransformerConfig) throws -> TransformerConfig {
        var m = TransformerConfig()
        m.namePrefix = try namePrefix.mergingAll(o.namePrefix).sortedByGvk()
        m.nameSuffix = try nameSuffix.mergingAll(o.nameSuffix).sortedByGvk()
        m.namespace = try namespace.mergingAll(o.namespace).sortedByGvk()
        m.commonAnnotations = try commonAnnotations.mergingAll(o.commonAnnotations).sortedByGvk()
        m.commonLabels = try commonLabels.mergingAll(o.commonLabels).sortedByGvk()
        m.labels = try labels.mergingAll(o.labels).sortedByGvk()
        m.templateLabels = try templateLabels.mergingAll(o.templateLabels).sortedByGvk()
        m.varReference = try varReference.mergingAll(o.varReference).sortedByGvk()
        m.images = try images.mergingAll(o.images).sortedByGvk()
        m.replicas = try replicas.mergingAll(o.replicas).sortedByGvk()
        var refs = nameReference
        for other in o.nameReference {
            if let i = refs.firstIndex(where: { $0.gvk == other.gvk }) {
                refs[i].referrers = try refs[i].referrers.mergingAll(other.referrers)
            } else {
                refs.append(other)
            }
        }
        m.nameReference = refs.enumerated().sorted { a, b in
            if a.element.gvk.isLess(than: b.element.gvk) { return true }
            if b.element.gvk.isLess(than: a.element.gvk) { return false }
            return a.offset < b.offset
        }.map(\.element)
        return m
    }

    /// Reads a `configurations:` file's mapping (keys as kustomize's JSON tags).
    static func decode(_ root: Node, file: String) throws -> TransformerConfig {
        var t = TransformerConfig()
        for (k, v) in root.pairs {
            switch k.value {
            case "namePrefix": t.namePrefix = decodeSpecs(v, file)
            case "nameSuffix": t.nameSuffix = decodeSpecs(v, file)
            case "namespace": t.namespace = decodeSpecs(v, file)
            case "commonLabels": t.commonLabels = decodeSpecs(v, file)
            case "labels": t.labels = decodeSpecs(v, file)
            case "templateLabels": t.templateLabels = decodeSpecs(v, file)
            case "commonAnnotations": t.commonAnnotations = decodeSpecs(v, file)
            case "varReference": t.varReference = decodeSpecs(v, file)
            case "images": t.images = decodeSpecs(v, file)
            case "replicas": t.replicas = decodeSpecs(v, file)
            case "nameReference":
                for item in v.children where item.kind == .mapping {
                    let gvk = Gvk(group: item.scalarValue("group") ?? "", version: item.scalarValue("version") ?? "",
                                  kind: item.scalarValue("kind") ?? "")
                    t.nameReference.append(NameBackReference(gvk: gvk, referrers: decodeSpecs(item["fieldSpecs"] ?? .null, file)))
                }
            default:
                // kustomize decodes these files leniently (yaml.Unmarshal, not strict).
                continue
            }
        }
        return t
    }

    static func decodeSpecs(_ seq: Node, _ file: String) -> [FieldSpec] {
        guard seq.kind == .sequence else { return [] }
        return seq.children.compactMap { item in
            guard item.kind == .mapping else { return nil }
            let gvk = Gvk(group: item.scalarValue("group") ?? "", version: item.scalarValue("version") ?? "",
                          kind: item.scalarValue("kind") ?? "")
            return FieldSpec(gvk: gvk, path: item.scalarValue("path") ?? "", create: item.scalarValue("create") == "true")
        }
    }
}
