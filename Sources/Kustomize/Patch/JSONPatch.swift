import Diagnostics
import YAML

/// One RFC 6902 operation as kustomize decodes it (evanphx/json-patch v4 `Operation`).
public struct JSONPatchOperation: Sendable {
    /// `add`, `remove`, `replace`, `move`, `copy`, `test`; "unknown" when absent.
    public var op: String
    public var path: String?
    public var from: String?
    /// The `value` field; nil when absent (an `add` then adds null).
    public var value: Node?
    /// Where the operation is written, for errors.
    public var mark: Node.Mark
    public var file: SourceFile?

    public init(op: String, path: String? = nil, from: String? = nil, value: Node? = nil,
                mark: Node.Mark = Node.Mark(), file: SourceFile? = nil) {
        self.op = op
        self.path = path
        self.from = from
        self.value = value
        self.mark = mark
        self.file = file
    }
}

/// JSON 6902 patches as kustomize v5.7.1 applies them (api/filters/patchjson6902 with
/// evanphx/json-patch v4.12.0), including its round trip through JSON: the patched resource
/// loses comments, anchors and quoting choices, its keys come out sorted, and its numbers
/// are Go float64s again (see `JSONValue.normalizedNumbers`). Errors carry evanphx's words.
public enum JSONPatch {
    /// Reads a patch file: a JSON array when the text starts with `[`, otherwise YAML
    /// (only its first document counts, as in kustomize).
    public static func decode(_ file: SourceFile) throws -> [JSONPatchOperation] {
        guard let first = file.bytes.first else {
            throw PatchError("empty json patch operations", at: Node.Mark(line: 1, column: 1), file: file)
        }
        if first == UInt8(ascii: "[") {
            var reader = JSONTextReader(file)
            return try decode(try reader.read(), file: file)
        }
        return try decode(try parseFirstYAMLDocument(file), file: file)
    }

    /// Reads operations from an already parsed list.
    public static func decode(_ node: Node, file: SourceFile? = nil) throws -> [JSONPatchOperation] {
        let list = node.resolved
        guard list.kind == .sequence else {
            let what = list.kind == .mapping ? "object" : "string"
            throw PatchError("json: cannot unmarshal \(what) into Go value of type jsonpatch.Patch", at: list.mark, file: file)
        }
        return try list.children.map { item in
            let n = item.resolved
            guard n.kind == .mapping else {
                throw PatchError("json: cannot unmarshal \(n.kind == .sequence ? "array" : "string") into Go value of type jsonpatch.Operation",
                                 at: n.mark, file: file)
            }
            func text(_ key: String) -> String? {
                guard let v = n[key]?.resolved, v.kind == .scalar, !v.isNullScalar || v.style.contains(.doubleQuoted) else { return nil }
                return v.value
            }
            return JSONPatchOperation(op: text("op") ?? "unknown", path: text("path"), from: text("from"),
                                      value: n["value"], mark: n.mark, file: file)
        }
    }

    /// Applies the operations in order to a resource.
    public static func apply(_ ops: [JSONPatchOperation], to target: Node) throws -> Node {
        // yaml.v3 applies `<<` merge keys when kyaml turns the resource into JSON.
        var doc = try JSONValue(target.deAnchored(), resolution: .yamlV3)
        for op in ops {
            do {
                try JSONPatchApplier(op: op).apply(to: &doc)
            } catch let message as JSONPatchFailure {
                throw PatchError(message.text, at: op.mark, file: op.file)
            }
        }
        guard case .object = doc else {
            throw PatchError("json: cannot unmarshal array into Go value of type map[string]interface {}",
                             at: ops.last?.mark, file: ops.last?.file)
        }
        return doc.normalizedNumbers.node
    }
}
