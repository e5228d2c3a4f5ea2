import Foundation
import YAML

/// The ConfigMaps and Secrets of a resource list, as the API server would hold them:
/// ConfigMap `data`, Secret `data` base64-decoded with `stringData` written over it.
/// Looked up by kind, namespace and name — how helm-controller and kustomize-controller
/// `Get` them. A resource without a namespace matches an empty namespace.
struct DataObjectIndex {
    struct Key: Hashable {
        var kind: String
        var namespace: String
        var name: String
    }

    /// One object's data, or why it cannot be read.
    enum Entry {
        case data([String: String])
        case malformed(String)
    }

    private var objects: [Key: Entry] = [:]

    init(_ resources: [Node]) {
        for resource in resources {
            let node = resource.resolved
            guard node.kind == .mapping, let kind = node.string(at: "kind"), kind == "ConfigMap" || kind == "Secret",
                  let apiVersion = node.string(at: "apiVersion"), apiVersion == "v1",
                  let name = node.string(at: "metadata", "name") else { continue }
            let key = Key(kind: kind, namespace: node.string(at: "metadata", "namespace") ?? "", name: name)
            if objects[key] == nil { objects[key] = Self.entry(node, kind: kind) }
        }
    }

    func lookup(kind: String, namespace: String?, name: String) -> Entry? {
        objects[Key(kind: kind, namespace: namespace ?? "", name: name)]
    }

    private static func entry(_ node: Node, kind: String) -> Entry {
        var data: [String: String] = [:]
        if let d = node["data"]?.resolved, !d.isNullScalar {
            guard d.kind == .mapping else { return .malformed("data is not a mapping") }
            for (k, v) in d.pairs {
                let v = v.resolved
                guard v.kind == .scalar else { return .malformed("data.\(k.value) is not a string") }
                let text = v.isNullScalar ? "" : v.value
                if kind == "Secret" {
                    guard let decoded = base64(text) else {
                        return .malformed("data.\(k.value): illegal base64 data")
                    }
                    data[k.value] = decoded
                } else {
                    data[k.value] = text
                }
            }
        }
        if kind == "Secret", let s = node["stringData"]?.resolved, !s.isNullScalar {
            guard s.kind == .mapping else { return .malformed("stringData is not a mapping") }
            for (k, v) in s.pairs {
                let v = v.resolved
                guard v.kind == .scalar else { return .malformed("stringData.\(k.value) is not a string") }
                data[k.value] = v.isNullScalar ? "" : v.value
            }
        }
        return .data(data)
    }

    /// Go's `base64.StdEncoding` as encoding/json applies it to `[]byte`: padded, with
    /// carriage returns and newlines ignored.
    private static func base64(_ text: String) -> String? {
        var clean = text
        if clean.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            clean.removeAll { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        }
        guard let data = Data(base64Encoded: clean) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
