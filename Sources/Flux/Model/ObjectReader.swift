import Diagnostics
import YAML

/// Typed reads from one Kubernetes object node, each failure located at the offending node.
/// `file` is the source the node's marks point into, when the caller has it (objects parsed
/// straight from a file); otherwise locations name the object (`HelmRelease/ns/name`).
struct ObjectReader {
    let root: Node
    let file: SourceFile?
    /// `Kind/namespace/name`, for messages.
    let description: String
    /// The field path of `root` within the object (`spec.valuesFrom[0]`), empty at the top.
    let prefix: String

    init(_ node: Node, file: SourceFile?) {
        root = node.resolved
        self.file = file
        let kind = root.string(at: "kind") ?? "<unknown kind>"
        let name = root.string(at: "metadata", "name") ?? ""
        let namespace = root.string(at: "metadata", "namespace")
        description = namespace.map { "\(kind)/\($0)/\(name)" } ?? "\(kind)/\(name)"
        prefix = ""
    }

    private init(root: Node, file: SourceFile?, description: String, prefix: String) {
        self.root = root
        self.file = file
        self.description = description
        self.prefix = prefix
    }

    /// A reader for a nested node, its messages naming fields from the object's top.
    func scoped(_ node: Node, _ path: String) -> ObjectReader {
        ObjectReader(root: node.resolved, file: file, description: description,
                     prefix: prefix.isEmpty ? path : path.hasPrefix("[") ? prefix + path : prefix + "." + path)
    }

    func location(of node: Node) -> SourceLocation? {
        guard node.mark.line > 0 else { return nil }
        return SourceLocation(path: file?.path ?? description, line: node.mark.line, column: node.mark.column, file: file)
    }

    func invalid(_ field: [String], _ problem: String, at node: Node?) -> FluxError {
        let joined = field.joined(separator: ".")
        let full = prefix.isEmpty ? joined : joined.isEmpty ? prefix : prefix + "." + joined
        return .invalidObject(object: description, field: full, problem: problem,
                       location: location(of: node ?? root))
    }

    /// The node at `path`, nil when absent or null (Kubernetes treats both as unset).
    func node(_ path: [String], in base: Node? = nil) -> Node? {
        var cur = (base ?? root).resolved
        for key in path {
            guard cur.kind == .mapping, let next = cur[key]?.resolved else { return nil }
            cur = next
        }
        return cur.isNullScalar ? nil : cur
    }

    func string(_ path: [String], in base: Node? = nil) throws -> String? {
        guard let n = node(path, in: base) else { return nil }
        guard n.kind == .scalar else { throw invalid(path, "expected a string, found a \(n.kindName)", at: n) }
        return n.value
    }

    func requiredString(_ path: [String], in base: Node? = nil) throws -> String {
        guard let s = try string(path, in: base), !s.isEmpty else {
            throw invalid(path, "required field is missing", at: deepestPresent(path, in: base))
        }
        return s
    }

    /// The last node along `path` that exists, to point at where a missing field belongs.
    private func deepestPresent(_ path: [String], in base: Node?) -> Node {
        var cur = (base ?? root).resolved
        for key in path {
            guard cur.kind == .mapping, let next = cur[key]?.resolved, !next.isNullScalar else { break }
            cur = next
        }
        return cur
    }

    func bool(_ path: [String], in base: Node? = nil) throws -> Bool? {
        guard let n = node(path, in: base) else { return nil }
        guard n.kind == .scalar, n.value == "true" || n.value == "false" else {
            throw invalid(path, "expected a boolean, found \(n.kind == .scalar ? "'\(n.value)'" : "a \(n.kindName)")", at: n)
        }
        return n.value == "true"
    }

    func mapping(_ path: [String], in base: Node? = nil) throws -> Node? {
        guard let n = node(path, in: base) else { return nil }
        guard n.kind == .mapping else { throw invalid(path, "expected a mapping, found a \(n.kindName)", at: n) }
        return n
    }

    func sequence(_ path: [String], in base: Node? = nil) throws -> [Node] {
        guard let n = node(path, in: base) else { return [] }
        guard n.kind == .sequence else { throw invalid(path, "expected a list, found a \(n.kindName)", at: n) }
        return n.children.map(\.resolved)
    }

    func stringList(_ path: [String], in base: Node? = nil) throws -> [String] {
        try sequence(path, in: base).map { item in
            guard item.kind == .scalar else { throw invalid(path, "expected a list of strings", at: item) }
            return item.value
        }
    }

    /// A `map[string]string` field (labels, annotations, postBuild.substitute).
    func stringMap(_ path: [String], in base: Node? = nil) throws -> [String: String] {
        guard let n = try mapping(path, in: base) else { return [:] }
        var out: [String: String] = [:]
        for (k, v) in n.pairs {
            let v = v.resolved
            guard v.kind == .scalar else { throw invalid(path + [k.value], "expected a string, found a \(v.kindName)", at: v) }
            out[k.value] = v.isNullScalar ? "" : v.value
        }
        return out
    }
}

extension Node {
    var kindName: String {
        switch kind {
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .scalar: return "scalar"
        case .document: return "document"
        case .alias: return "alias"
        }
    }
}
