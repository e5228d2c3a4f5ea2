import Diagnostics
import YAML

/// Decodes a kustomization file's root mapping strictly, as kustomize does (YAML → JSON →
/// `json.Decoder` with `DisallowUnknownFields`), keeping its error wording and adding the
/// position of the offending key or value.
struct KustomizationDecoder {
    let file: SourceFile

    private func loc(_ n: Node) -> SourceLocation {
        SourceLocation(path: file.path, line: max(n.mark.line, 1), column: max(n.mark.column, 1), file: file)
    }

    private func invalid(_ msg: String, _ n: Node) -> KustomizeError {
        .located("invalid Kustomization: json: " + msg, loc(n))
    }

    private func typeError(_ n: Node, field: String, goType: String) -> KustomizeError {
        invalid("cannot unmarshal \(n.jsonType) into Go struct field \(field) of type \(goType)", n)
    }

    func decode(_ root: Node) throws -> Kustomization {
        var k = Kustomization()
        let root = root.resolved
        if root.isNullScalar { return k }
        guard root.kind == .mapping else {
            throw typeError(root, field: "", goType: "types.Kustomization")
        }
        for (key, value) in root.pairs {
            // Go's encoding/json matches field names case-insensitively.
            let name = KustomizationDecoder.topLevelFields[key.value.lowercased()] ?? key.value
            if value.isNullScalar, name != "apiVersion", name != "kind" { continue }
            if name != "apiVersion", name != "kind" { k.isEmpty = false }
            let f = "Kustomization." + name
            switch name {
            case "apiVersion": k.apiVersion = try string(value, f)
            case "kind": k.kind = try string(value, f)
            case "metadata": guard value.kind == .mapping else { throw typeError(value, field: f, goType: "types.ObjectMeta") }
            case "openapi": k.openAPI = try stringMap(value, f)
            case "namePrefix": k.namePrefix = try string(value, f)
            case "nameSuffix": k.nameSuffix = try string(value, f)
            case "namespace": k.namespace = try string(value, f)
            case "commonLabels": k.commonLabels = try stringMap(value, f)
            case "commonAnnotations": k.commonAnnotations = try stringMap(value, f)
            case "labels": k.labels = try list(value, f, "[]types.Label").map { try label($0) }
            case "patchesStrategicMerge": k.patchesStrategicMerge = try entries(value, f)
            case "patchesJson6902": k.patchesJson6902 = try list(value, f, "[]types.Patch").map { try patch($0, f) }
            case "patches": k.patches = try list(value, f, "[]types.Patch").map { try patch($0, f) }
            case "images": k.images = try list(value, f, "[]types.Image").map { try image($0, f) }
            case "imageTags": k.imageTags = try list(value, f, "[]types.Image").map { try image($0, f) }
            case "replacements": k.replacements = try list(value, f, "[]types.ReplacementField")
            case "replicas": k.replicas = try list(value, f, "[]types.Replica").map { try replica($0, f) }
            case "vars": k.vars = try list(value, f, "[]types.Var").map { try variable($0, f) }
            case "sortOptions": k.sortOptions = try sortOptions(value, f)
            case "resources": k.resources = try entries(value, f)
            case "components": k.components = try entries(value, f)
            case "crds": k.crds = try entries(value, f)
            case "bases": k.bases = try entries(value, f)
            case "configMapGenerator": k.configMapGenerator = try list(value, f, "[]types.ConfigMapArgs").map { try generator($0, f) }
            case "secretGenerator": k.secretGenerator = try list(value, f, "[]types.SecretArgs").map { try generator($0, f) }
            case "helmGlobals", "helmCharts", "helmChartInflationGenerator": k.usesHelm = true
            case "generatorOptions": k.generatorOptions = try generatorOptions(value, f)
            case "configurations": k.configurations = try entries(value, f)
            case "generators": k.generators = try entries(value, f)
            case "transformers": k.transformers = try entries(value, f)
            case "validators": k.validators = try entries(value, f)
            case "buildMetadata": k.buildMetadata = try entries(value, f).map(\.value)
            default: throw invalid("unknown field \"\(name)\"", key)
            }
        }
        return k
    }

    // MARK: primitives

    private func string(_ n: Node, _ field: String) throws -> String {
        if n.isNullScalar { return "" }
        guard n.kind == .scalar, n.isStringScalar else { throw typeError(n, field: field, goType: "string") }
        return n.value
    }

    private func bool(_ n: Node, _ field: String) throws -> Bool {
        if n.isNullScalar { return false }
        guard n.kind == .scalar, n.jsonType == "bool" else { throw typeError(n, field: field, goType: "bool") }
        return ["true", "True", "TRUE"].contains(n.value)
    }

    private func stringMap(_ n: Node, _ field: String) throws -> [(key: String, value: String)] {
        if n.isNullScalar { return [] }
        guard n.kind == .mapping else { throw typeError(n, field: field, goType: "map[string]string") }
        var out: [(key: String, value: String)] = []
        for (k, v) in n.pairs {
            let s = try string(v, field)
            if let i = out.firstIndex(where: { $0.key == k.value }) { out[i].value = s } else { out.append((k.value, s)) }
        }
        return out
    }

    private func list(_ n: Node, _ field: String, _ goType: String) throws -> [Node] {
        if n.isNullScalar { return [] }
        guard n.kind == .sequence else { throw typeError(n, field: field, goType: goType) }
        return n.children.map(\.resolved)
    }

    private func entries(_ n: Node, _ field: String) throws -> [Kustomization.Entry] {
        try list(n, field, "[]string").map { Kustomization.Entry(value: try string($0, field), location: loc($0)) }
    }

    private func strings(_ n: Node, _ field: String) throws -> [String] {
        try list(n, field, "[]string").map { try string($0, field) }
    }

    /// Checks an object's keys against its Go struct's fields (case-insensitively, as Go's
    /// JSON decoder does) and returns it with canonical key spellings, last duplicate winning.
    private func object(_ n: Node, _ field: String, _ goType: String, known: Set<String>) throws -> Node {
        guard n.kind == .mapping else { throw typeError(n, field: field, goType: goType) }
        var canonical: [String: String] = [:]
        for k in known { canonical[k.lowercased()] = k }
        var out = n
        var i = 0
        while i + 1 < out.children.count {
            let k = out.children[i]
            guard let name = known.contains(k.value) ? k.value : canonical[k.value.lowercased()] else {
                throw invalid("unknown field \"\(k.value)\"", k)
            }
            out.children[i].value = name
            i += 2
        }
        return out.lastKeyWins
    }

    static let topLevelFields: [String: String] = {
        let names = ["apiVersion", "kind", "metadata", "openapi", "namePrefix", "nameSuffix", "namespace", "commonLabels",
                     "labels", "commonAnnotations", "patchesStrategicMerge", "patchesJson6902", "patches", "images",
                     "imageTags", "replacements", "replicas", "vars", "sortOptions", "resources", "components", "crds",
                     "bases", "configMapGenerator", "secretGenerator", "helmGlobals", "helmCharts",
                     "helmChartInflationGenerator", "generatorOptions", "configurations", "generators", "transformers",
                     "validators", "buildMetadata"]
        var m: [String: String] = [:]
        for n in names { m[n.lowercased()] = n }
        return m
    }()

    // MARK: structured fields

    private func label(_ n: Node) throws -> Kustomization.LabelArgs {
        let f = "Kustomization.labels"
        let o = try object(n, f, "types.Label", known: ["pairs", "includeSelectors", "includeTemplates", "fields"])
        var l = Kustomization.LabelArgs(pairs: try stringMap(o["pairs"] ?? .null, f + ".pairs"))
        l.includeSelectors = try bool(o["includeSelectors"] ?? .null, f + ".includeSelectors")
        l.includeTemplates = try bool(o["includeTemplates"] ?? .null, f + ".includeTemplates")
        l.fields = try list(o["fields"] ?? .null, f + ".fields", "[]types.FieldSpec").map { fs in
            _ = try object(fs, f + ".fields", "types.FieldSpec", known: ["group", "version", "kind", "path", "create"])
            return FieldSpec(gvk: Gvk(group: try string(fs["group"] ?? .null, f), version: try string(fs["version"] ?? .null, f),
                                      kind: try string(fs["kind"] ?? .null, f)),
                             path: try string(fs["path"] ?? .null, f), create: try bool(fs["create"] ?? .null, f))
        }
        return l
    }

    private func patch(_ n: Node, _ f: String) throws -> Kustomization.PatchArgs {
        let o = try object(n, f, "types.Patch", known: ["path", "patch", "target", "options"])
        var p = Kustomization.PatchArgs(location: loc(n))
        if let v = o["path"], !v.isNullScalar { p.path = try string(v, f + ".path") }
        if let v = o["patch"], !v.isNullScalar { p.patch = try string(v, f + ".patch") }
        if let t = o["target"], !t.isNullScalar {
            guard t.kind == .mapping else { throw typeError(t, field: f + ".target", goType: "types.Selector") }
            p.target = t
        }
        if let opts = o["options"], opts.kind == .mapping {
            for (k, v) in opts.pairs { p.options[k.value] = try bool(v, f + ".options") }
        }
        return p
    }

    private func image(_ n: Node, _ f: String) throws -> Kustomization.ImageArgs {
        let o = try object(n, f, "types.Image", known: ["name", "newName", "newTag", "digest", "tagSuffix"])
        var i = Kustomization.ImageArgs()
        i.name = try string(o["name"] ?? .null, f + ".name")
        if let v = o["newName"], !v.isNullScalar { i.newName = try string(v, f + ".newName") }
        if let v = o["newTag"], !v.isNullScalar {
            // kustomize's Image.NewTag is a string but numeric tags are common; sigs.k8s.io/yaml
            // keeps their text, so we accept any scalar here.
            guard v.kind == .scalar else { throw typeError(v, field: f + ".newTag", goType: "string") }
            i.newTag = v.value
        }
        if let v = o["digest"], !v.isNullScalar { i.digest = try string(v, f + ".digest") }
        if let v = o["tagSuffix"], !v.isNullScalar { i.tagSuffix = try string(v, f + ".tagSuffix") }
        return i
    }

    private func replica(_ n: Node, _ f: String) throws -> Kustomization.ReplicaArgs {
        let o = try object(n, f, "types.Replica", known: ["name", "count"])
        var r = Kustomization.ReplicaArgs()
        r.name = try string(o["name"] ?? .null, f + ".name")
        if let c = o["count"] {
            guard c.kind == .scalar, c.jsonType == "number" || c.isNullScalar else { throw typeError(c, field: f + ".count", goType: "int64") }
            r.count = c
        }
        return r
    }

    private func variable(_ n: Node, _ f: String) throws -> Kustomization.VarArgs {
        let o = try object(n, f, "types.Var", known: ["name", "objref", "fieldref"])
        var v = Kustomization.VarArgs(location: loc(n))
        v.name = try string(o["name"] ?? .null, f + ".name")
        if let raw = o["objref"], raw.kind == .mapping {
            let r = try object(raw, f + ".objref", "types.Target",
                               known: ["apiVersion", "group", "version", "kind", "name", "namespace"])
            v.objRef.kind = try string(r["kind"] ?? .null, f)
            v.objRef.name = try string(r["name"] ?? .null, f)
            v.objRef.namespace = try string(r["namespace"] ?? .null, f)
            let g = Gvk(apiVersion: try string(r["apiVersion"] ?? .null, f), kind: "")
            v.objRef.group = try string(r["group"] ?? .null, f)
            v.objRef.version = try string(r["version"] ?? .null, f)
            if !g.version.isEmpty || !g.group.isEmpty { v.objRef.group = g.group; v.objRef.version = g.version }
        }
        if let raw = o["fieldref"], raw.kind == .mapping {
            let r = try object(raw, f + ".fieldref", "types.FieldSelector", known: ["fieldPath"])
            if let p = r.scalarValue("fieldPath"), !p.isEmpty { v.fieldPath = p }
        }
        return v
    }

    private func sortOptions(_ n: Node, _ f: String) throws -> Kustomization.SortOptions {
        let o = try object(n, f, "types.SortOptions", known: ["order", "legacySortOptions"])
        var s = Kustomization.SortOptions()
        if let v = o["order"], !v.isNullScalar { s.order = try string(v, f + ".order") }
        if let l = o["legacySortOptions"], !l.isNullScalar {
            s.hasLegacyOptions = true
            let lo = try object(l, f, "types.LegacySortOptions", known: ["orderFirst", "orderLast"])
            if let v = lo["orderFirst"] { s.orderFirst = try strings(v, f) }
            if let v = lo["orderLast"] { s.orderLast = try strings(v, f) }
        }
        return s
    }

    private func generatorOptions(_ n: Node, _ f: String) throws -> Kustomization.GeneratorOptions {
        let o = try object(n, f, "types.GeneratorOptions", known: ["labels", "annotations", "disableNameSuffixHash", "immutable"])
        var g = Kustomization.GeneratorOptions()
        g.labels = try stringMap(o["labels"] ?? .null, f + ".labels")
        g.annotations = try stringMap(o["annotations"] ?? .null, f + ".annotations")
        if let v = o["disableNameSuffixHash"], !v.isNullScalar { g.disableNameSuffixHash = try bool(v, f) }
        if let v = o["immutable"], !v.isNullScalar { g.immutable = try bool(v, f) }
        return g
    }

    private func generator(_ n: Node, _ f: String) throws -> Kustomization.GeneratorArgs {
        let o = try object(n, f, "types.GeneratorArgs",
                           known: ["name", "namespace", "behavior", "literals", "files", "envs", "env", "options", "type", "kvSources"])
        var g = Kustomization.GeneratorArgs(location: loc(n))
        g.name = try string(o["name"] ?? .null, f + ".name")
        g.namespace = try string(o["namespace"] ?? .null, f + ".namespace")
        g.behavior = try string(o["behavior"] ?? .null, f + ".behavior")
        g.literals = try strings(o["literals"] ?? .null, f + ".literals")
        g.files = try strings(o["files"] ?? .null, f + ".files")
        g.envs = try strings(o["envs"] ?? .null, f + ".envs")
        if let e = o["env"], !e.isNullScalar { g.envs.append(try string(e, f + ".env")) }
        g.type = try string(o["type"] ?? .null, f + ".type")
        if let opts = o["options"], !opts.isNullScalar { g.options = try generatorOptions(opts, f + ".options") }
        return g
    }
}
