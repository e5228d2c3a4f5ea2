import Diagnostics
import YAML

/// How `render` prints: the YAML stream, or `-o json` as a Kubernetes `List`.
public enum RenderFormat: String, Sendable, CaseIterable {
    case yaml, json
}

extension EnvironmentRender {
    /// The documents as a JSON `v1/List` (Secret values masked unless `showSecrets`).
    public func json(showSecrets: Bool) throws -> String {
        try GoJSONEncoder.encode(try jsonList(showSecrets: showSecrets), escapeHTML: false, indent: "    ") + "\n"
    }

    /// Several environments as one JSON object keyed by environment name.
    public static func json(_ renders: [EnvironmentRender], showSecrets: Bool) throws -> String {
        var map: [String: Value] = [:]
        for r in renders { map[r.environment.name] = try r.jsonList(showSecrets: showSecrets) }
        return try GoJSONEncoder.encode(.map(map), escapeHTML: false, indent: "    ") + "\n"
    }

    func jsonList(showSecrets: Bool) throws -> Value {
        var items: [Value] = []
        for doc in documents where doc.node.isMapping && !doc.node.children.isEmpty {
            let node = !showSecrets && SecretMasking.isSecret(doc.node) ? SecretMasking.masked(doc.node) : doc.node
            items.append(try NodeValues.value(of: node))
        }
        return .map(["apiVersion": .string("v1"), "kind": .string("List"), "items": .list(items)])
    }

    /// Printed text in the chosen format.
    public func formatted(_ format: RenderFormat, showSecrets: Bool) throws -> String {
        switch format {
        case .yaml: return yaml(showSecrets: showSecrets)
        case .json: return try json(showSecrets: showSecrets)
        }
    }
}

/// A node as the dynamic values the Go encoders take (through kustomize's own JSON view, so
/// numbers and strings are typed as kustomize would type them).
enum NodeValues {
    static func value(of node: Node) throws -> Value {
        try SigsYAMLDecoder.decode(SourceFile(path: "<object>", text: KYAMLEmitter.emit(node)))
    }
}
