import Diagnostics
import YAML

/// The YAML entry points Helm uses, in one place: values files are read the way
/// sigs.k8s.io/yaml reads them (numbers become float64, YAML 1.1 booleans), Chart.yaml
/// through the node tree so string fields keep their text.
enum HelmYAML {
    /// A values file (`loader.LoadValues`): documents merged, an empty file is an empty map.
    static func decodeValues(_ file: SourceFile) throws -> Value {
        .map(try YAMLBridge.decodeValuesFile(file))
    }

    /// The first document's root node, nil for an empty file.
    static func parseSingleDocument(_ file: SourceFile) throws -> Node? {
        let docs: [Node]
        do {
            docs = try YAMLBridge.parseNodes(file)
        } catch {
            let d = error.asDiagnostic
            throw HelmError.load(message: d.message, path: file.path)
        }
        guard let doc = docs.first else { return nil }
        if doc.kind == .document { return doc.children.first }
        return doc
    }

    /// A node as a plain value (scalars resolved as YAML 1.1 does for the common cases).
    static func plainValue(_ node: Node) -> Value {
        switch node.kind {
        case .alias: return node.children.first.map(plainValue) ?? .null
        case .document: return node.children.first.map(plainValue) ?? .null
        case .sequence: return .list(node.children.map(plainValue))
        case .mapping:
            var m: [String: Value] = [:]
            var i = 0
            while i + 1 < node.children.count {
                m[node.children[i].value] = plainValue(node.children[i + 1])
                i += 2
            }
            return .map(m)
        case .scalar:
            switch node.tag {
            case "!!null": return .null
            case "!!bool": return .bool(["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y"].contains(node.value))
            case "!!int", "!!float": return Double(node.value).map(Value.float) ?? .string(node.value)
            default: return .string(node.value)
            }
        }
    }
}

extension Value {
    /// The Go JSON kind name used in unmarshal errors.
    var goJSONKind: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .int, .float: return "number"
        case .string: return "string"
        case .list: return "array"
        case .map: return "object"
        }
    }
}
