import YAML

/// Walks one object against `KubernetesSchema`: wrong types and missing required fields are
/// errors (the API server rejects them); unknown fields are warnings, since the table is
/// Kubernetes v1.21's and newer releases added fields.
struct KubernetesSchemaChecker {
    struct Problem {
        enum Severity { case error, warning }
        var severity: Severity
        var message: String
        var node: Node
    }

    let schema: KubernetesSchema
    private(set) var problems: [Problem] = []
    /// The innermost node being walked that has a source mark: where problems about nodes a
    /// patch or generator created (no marks) are reported instead.
    private var nearestMarked: Node?

    init(schema: KubernetesSchema = .shared) { self.schema = schema }

    mutating func check(_ root: Node, definition: KubernetesSchema.Definition) {
        nearestMarked = root.resolved.mark.line > 0 ? root.resolved : nil
        checkObject(root.resolved, definition, path: "", depth: 0, key: nil)
    }

    /// `key` is the mapping key that holds `node`: missing fields are reported there.
    private mutating func check(_ node: Node, _ type: KubernetesSchema.FieldType, path: String, depth: Int, key: Node?) {
        let n = node.resolved
        guard depth < 200, !n.isNullScalar else { return }
        let outer = nearestMarked
        if n.mark.line > 0 { nearestMarked = n }
        defer { nearestMarked = outer }
        switch type {
        case .any:
            return
        case .string, .integer, .number, .boolean, .intOrString:
            let got = ScalarType(n)
            if !got.fits(type) {
                report(.error, "\(path): expected \(Self.name(type)), got \(got.description(of: n))", n)
            }
        case .list(let item):
            guard n.isSequence else { return mismatch(n, type, path) }
            for (i, child) in n.children.enumerated() { check(child, item, path: "\(path)[\(i)]", depth: depth + 1, key: nil) }
        case .map(let value):
            guard n.isMapping else { return mismatch(n, type, path) }
            for (k, v) in n.pairs { check(v, value, path: "\(path).\(k.value)", depth: depth + 1, key: k) }
        case .object(let index):
            guard n.isMapping else { return mismatch(n, type, path) }
            guard let def = schema.definition(index) else { return }
            checkObject(n, def, path: path, depth: depth + 1, key: key)
        }
    }

    private mutating func checkObject(_ n: Node, _ def: KubernetesSchema.Definition, path: String, depth: Int, key: Node?) {
        let prefix = path.isEmpty ? "" : path + "."
        var present = Set<String>()
        for (k, v) in n.pairs {
            present.insert(k.value)
            if let type = def.fields[k.value] {
                check(v, type, path: prefix + k.value, depth: depth, key: k)
            } else {
                report(.warning, "unknown field \"\(prefix + k.value)\"", k)
            }
        }
        for field in def.required where !present.contains(field) {
            report(.error, "missing required field \"\(prefix + field)\"", key ?? n)
        }
    }

    private mutating func mismatch(_ n: Node, _ type: KubernetesSchema.FieldType, _ path: String) {
        report(.error, "\(path): expected \(Self.name(type)), got \(ScalarType(n).description(of: n))", n)
    }

    private mutating func report(_ severity: Problem.Severity, _ message: String, _ node: Node) {
        let at = node.mark.line > 0 ? node : (nearestMarked ?? node)
        problems.append(Problem(severity: severity, message: message, node: at))
    }

    static func name(_ type: KubernetesSchema.FieldType) -> String {
        switch type {
        case .string: return "string"
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "boolean"
        case .intOrString: return "integer or string"
        case .any: return "any value"
        case .list: return "array"
        case .map, .object: return "object"
        }
    }
}

/// What a YAML node decodes to in JSON terms, resolved as sigs.k8s.io/yaml (YAML 1.1 for
/// booleans) would.
enum ScalarType {
    case string, integer, float, boolean, null, array, object

    init(_ n: Node) {
        switch n.kind {
        case .sequence: self = .array; return
        case .mapping: self = .object; return
        default: break
        }
        var tag = n.tag
        if tag.isEmpty || tag == "!" {
            let quoted = !n.style.isDisjoint(with: [.doubleQuoted, .singleQuoted, .literal, .folded])
            tag = quoted ? "!!str" : TagResolver.resolve(n.value)
        }
        switch tag {
        case "!!int": self = .integer
        case "!!float": self = .float
        case "!!bool": self = .boolean
        case "!!null": self = .null
        default: self = .string
        }
    }

    func fits(_ type: KubernetesSchema.FieldType) -> Bool {
        switch (self, type) {
        case (.null, _), (_, .any): return true
        case (.string, .string), (.integer, .integer), (.boolean, .boolean): return true
        case (.integer, .number), (.float, .number): return true
        case (.string, .intOrString), (.integer, .intOrString), (.float, .intOrString): return true
        case (.array, .list), (.object, .map), (.object, .object): return true
        default: return false
        }
    }

    func description(of n: Node) -> String {
        switch self {
        case .string: return "string \"\(n.value.prefix(40))\""
        case .integer: return "integer \(n.value)"
        case .float: return "number \(n.value)"
        case .boolean: return "boolean \(n.value)"
        case .null: return "null"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
