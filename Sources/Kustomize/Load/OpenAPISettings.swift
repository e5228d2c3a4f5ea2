import YAML

/// The `openapi:` field (kyaml `openapi.SetSchema`): kustomize keeps one schema for the
/// whole build — the first kustomization that names one (the top level first) wins. A named
/// `version` must be the built-in one; a `path` loads a custom OpenAPI document whose
/// definitions add merge keys for strategic-merge patches on top of the built-in schema.
enum OpenAPISettings {
    static let builtinVersion = "v1.21.2"

    static func apply(_ k: Kustomization, loader: FileLoader, context: BuildContext) throws {
        guard !k.openAPI.isEmpty else { return }
        let path = k.openAPI.first { $0.key == "path" }?.value
        let version = k.openAPI.first { $0.key == "version" }?.value
        var schemaFile: [Node]?
        if let path {
            let file = try loader.load(path)
            schemaFile = try ResourceReader.documents(file)
        }
        if context.schemaIsSet { return }
        if let schemaFile {
            if version != nil { throw KustomizeError.message("builtin version and custom schema provided, cannot use both") }
            context.mergeSchema = MergeKeySchema.kubernetes.adding(openAPI: schemaFile.first ?? .null)
            context.schemaIsSet = true
            return
        }
        guard let version, !version.isEmpty else { return }
        if version != builtinVersion { throw KustomizeError.message("the specified OpenAPI version is not built in") }
        context.schemaIsSet = true
    }
}

extension MergeKeySchema {
    /// This schema plus the object definitions of an OpenAPI (swagger) document: each
    /// definition's `$ref` fields and lists with `x-kubernetes-patch-strategy` /
    /// `x-kubernetes-patch-merge-key`, rooted by `x-kubernetes-group-version-kind`.
    func adding(openAPI doc: Node) -> MergeKeySchema {
        var types = self.types
        var roots = self.roots
        let defined = Set((doc["definitions"] ?? .null).pairs.map(\.key.value))
        let builtin = self.types
        /// A `$ref` target; one the document does not define falls back to the built-in
        /// schema's type of that name (ours drop the `io.k8s.api.` prefix).
        func refName(_ n: Node?) -> String? {
            guard let ref = n?.scalarValue("$ref") else { return nil }
            let name = ref.hasPrefix("#/definitions/") ? String(ref.dropFirst("#/definitions/".count)) : ref
            if defined.contains(name) { return name }
            for prefix in ["io.k8s.api.", "io.k8s.apimachinery.pkg.apis.", "io.k8s."] where name.hasPrefix(prefix) {
                let short = String(name.dropFirst(prefix.count))
                if builtin[short] != nil { return short }
            }
            return name
        }
        /// Registers an object schema under `name`; inline object properties get synthetic
        /// names below it so nested fields are reachable.
        func register(_ name: String, _ def: Node, depth: Int) {
            guard depth < 32 else { return }
            var fields: [String: Field] = [:]
            for (prop, spec) in (def["properties"] ?? .null).pairs {
                let strategy = spec.scalarValue("x-kubernetes-patch-strategy") ?? ""
                let keys = spec.scalarValue("x-kubernetes-patch-merge-key").map { [$0] } ?? []
                if spec.scalarValue("type") == "array" {
                    var element = refName(spec["items"])
                    if element == nil, let items = spec["items"], items["properties"] != nil {
                        element = name + "." + prop.value + "[]"
                        register(element ?? "", items, depth: depth + 1)
                    }
                    fields[prop.value] = Field(type: element, isList: true, strategy: strategy, keys: keys)
                } else if let ref = refName(spec) {
                    fields[prop.value] = Field(type: ref, isList: false, strategy: strategy, keys: keys)
                } else if spec["properties"] != nil {
                    let inner = name + "." + prop.value
                    register(inner, spec, depth: depth + 1)
                    fields[prop.value] = Field(type: inner, isList: false, strategy: strategy, keys: keys)
                }
            }
            types[name] = fields
        }
        for (nameNode, def) in (doc["definitions"] ?? .null).pairs {
            let name = nameNode.value
            register(name, def, depth: 0)
            for gvk in (def["x-kubernetes-group-version-kind"] ?? .null).children {
                let group = gvk.scalarValue("group") ?? "", version = gvk.scalarValue("version") ?? ""
                let apiVersion = group.isEmpty ? version : group + "/" + version
                roots[apiVersion + " " + (gvk.scalarValue("kind") ?? "")] = name
            }
        }
        return MergeKeySchema(types: types, roots: roots)
    }
}
