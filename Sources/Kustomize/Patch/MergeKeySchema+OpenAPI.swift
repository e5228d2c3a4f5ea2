import YAML

extension MergeKeySchema {
    /// The schema of a kustomization's `openapi: {path: …}` file (Swagger 2 `definitions`,
    /// JSON or YAML). kustomize then uses it *instead of* the built-in Kubernetes schema
    /// (kyaml `openapi.SetSchema` with a custom schema), so kinds it does not define get
    /// lists replaced. Definitions reach their kinds through `x-kubernetes-group-version-kind`;
    /// `$ref`s point at `#/definitions/<name>`; inline object schemas are followed too.
    public init(openAPI document: Node) throws {
        let doc = document.resolved
        guard doc.kind == .mapping else { throw PatchError("invalid schema file: not a mapping", at: doc.mark) }
        var builder = OpenAPISchemaBuilder()
        for (name, schema) in doc["definitions"]?.resolved.pairs ?? [] {
            let typeName = name.resolved.value
            builder.addType(typeName, schema.resolved)
            for gvk in schema.resolved["x-kubernetes-group-version-kind"]?.resolved.children ?? [] {
                let g = gvk.resolved.string(at: "group") ?? ""
                let v = gvk.resolved.string(at: "version") ?? ""
                let k = gvk.resolved.string(at: "kind") ?? ""
                builder.roots[(g.isEmpty ? v : g + "/" + v) + " " + k] = typeName
            }
        }
        self.init(types: builder.types, roots: builder.roots)
    }
}

/// Flattens Swagger schemas into the field tables `MergeKeySchema` walks.
private struct OpenAPISchemaBuilder {
    var types: [String: [String: MergeKeySchema.Field]] = [:]
    var roots: [String: String] = [:]

    mutating func addType(_ name: String, _ schema: Node) {
        guard types[name] == nil else { return }
        types[name] = [:]
        var fields: [String: MergeKeySchema.Field] = [:]
        for (key, property) in schema["properties"]?.resolved.pairs ?? [] {
            let fieldName = key.resolved.value
            let p = property.resolved
            let strategy = p.string(at: "x-kubernetes-patch-strategy") ?? ""
            var keys = p["x-kubernetes-list-map-keys"]?.resolved.children.map { $0.resolved.value } ?? []
            if keys.isEmpty, let k = p.string(at: "x-kubernetes-patch-merge-key") { keys = [k] }
            if p.string(at: "type") == "array" || p["items"] != nil {
                let element = p["items"].map { typeOf($0.resolved, inline: "\(name)/\(fieldName)[]") } ?? nil
                fields[fieldName] = .init(type: element, isList: true, strategy: strategy, keys: strategy.isEmpty ? [] : keys)
            } else {
                fields[fieldName] = .init(type: typeOf(p, inline: "\(name)/\(fieldName)"), isList: false, strategy: strategy, keys: [])
            }
        }
        types[name] = fields
    }

    /// The type a property schema names: its `$ref` target, or an inline object.
    private mutating func typeOf(_ schema: Node, inline name: String) -> String? {
        if let ref = schema.string(at: "$ref") {
            let prefix = "#/definitions/"
            return ref.hasPrefix(prefix) ? String(ref.dropFirst(prefix.count)) : nil
        }
        guard schema["properties"] != nil else { return nil }
        addType(name, schema)
        return name
    }
}
