import Foundation
import YAML

/// Keeps Secret values out of every diff format. Both sides are masked together so the
/// placeholder still tells equal from changed: a value equal on both sides becomes
/// `<redacted>` on both, a changed one `<redacted>` on side A and `<redacted-changed>` on
/// side B. Nothing derived from the value (length, hash) is shown.
enum SecretMasker {
    static let hidden = "<redacted>"
    static let hiddenChanged = "<redacted-changed>"
    /// The fields of a Secret that hold values.
    static let secretFields = ["data", "stringData"]

    static func isPlaceholder(_ value: Value?) -> Bool {
        guard case .string(let s)? = value else { return false }
        return s == hidden || s == hiddenChanged
    }

    /// A core/v1 Secret (the only kind whose values are secret by definition).
    static func isSecret(_ root: Node) -> Bool {
        root.string(at: "kind") == "Secret" && (root.string(at: "apiVersion") ?? "v1") == "v1"
    }

    /// A SOPS-encrypted document: its `sops` metadata is still in place.
    static func isEncrypted(_ root: Node) -> Bool {
        root["sops"]?.resolved.isMapping ?? false
    }

    /// Both sides of one Secret with every `data`/`stringData` value replaced.
    static func mask(_ a: Node?, _ b: Node?) -> (Node?, Node?) {
        var a = a, b = b
        for field in secretFields {
            let mapA = a?[field]?.resolved, mapB = b?[field]?.resolved
            let valuesA = Dictionary(mapA?.pairs.map { ($0.key.value, $0.value.resolved.value) } ?? [], uniquingKeysWith: { _, last in last })
            if let mapA, mapA.isMapping {
                a?[field] = replacingValues(mapA) { _ in hidden }
            }
            if let mapB, mapB.isMapping {
                b?[field] = replacingValues(mapB) { pair in
                    guard let old = valuesA[pair.key.value] else { return hidden }
                    return old == pair.value.resolved.value ? hidden : hiddenChanged
                }
            }
        }
        return (a, b)
    }

    private static func replacingValues(_ mapping: Node, _ placeholder: ((key: Node, value: Node)) -> String) -> Node {
        var out = mapping
        out.children = []
        for pair in mapping.pairs {
            out.children.append(pair.key)
            out.children.append(.scalar(placeholder(pair)))
        }
        return out
    }

    /// A Secret's content with `data` values base64-decoded (when they decode to UTF-8
    /// text), so `--show-secrets` diffs a secret `values.yaml` like a ConfigMap's.
    static func decodingData(_ value: Value) -> Value {
        guard case .map(var root) = value, case .map(var data)? = root["data"] else { return value }
        for (key, item) in data {
            guard case .string(let encoded) = item,
                  let bytes = Data(base64Encoded: encoded.filter { !$0.isWhitespace }),
                  let text = String(data: bytes, encoding: .utf8) else { continue }
            data[key] = .string(text)
        }
        root["data"] = .map(data)
        return .map(root)
    }

    /// Both sides of a release's values with the leaves that came from Secrets (leaf paths
    /// in `ValueOrigin` notation, `a.b[0].c`) replaced.
    static func maskValues(_ a: Value?, _ b: Value?, secretA: Set<String>, secretB: Set<String>) -> (Value?, Value?) {
        if secretA.isEmpty && secretB.isEmpty { return (a, b) }
        return maskPair(a, b, path: "", secret: secretA.union(secretB), depth: 0)
    }

    private static func maskPair(_ a: Value?, _ b: Value?, path: String, secret: Set<String>, depth: Int) -> (Value?, Value?) {
        if secret.contains(path) || depth > 200 {
            let changed = a != b
            return (a.map { _ in .string(hidden) }, b.map { _ in .string(changed && a != nil ? hiddenChanged : hidden) })
        }
        let mapA = a?.mapValue, mapB = b?.mapValue
        if mapA != nil || mapB != nil {
            var outA: [String: Value] = [:], outB: [String: Value] = [:]
            for key in Set(mapA?.keys.map { $0 } ?? []).union(mapB?.keys.map { $0 } ?? []) {
                let (x, y) = maskPair(mapA?[key], mapB?[key], path: join(path, key), secret: secret, depth: depth + 1)
                if let x { outA[key] = x }
                if let y { outB[key] = y }
            }
            return (mapA == nil ? maskAlone(a, path, secret, depth) : .map(outA),
                    mapB == nil ? maskAlone(b, path, secret, depth) : .map(outB))
        }
        let listA = a?.listValue, listB = b?.listValue
        if listA != nil || listB != nil {
            var outA: [Value] = [], outB: [Value] = []
            for i in 0..<max(listA?.count ?? 0, listB?.count ?? 0) {
                let x = listA.flatMap { i < $0.count ? $0[i] : nil }, y = listB.flatMap { i < $0.count ? $0[i] : nil }
                let (mx, my) = maskPair(x, y, path: path + "[\(i)]", secret: secret, depth: depth + 1)
                if let mx { outA.append(mx) }
                if let my { outB.append(my) }
            }
            return (listA == nil ? maskAlone(a, path, secret, depth) : .list(outA),
                    listB == nil ? maskAlone(b, path, secret, depth) : .list(outB))
        }
        return (a, b)
    }

    /// One side masked on its own (the other side has a different shape here).
    private static func maskAlone(_ v: Value?, _ path: String, _ secret: Set<String>, _ depth: Int) -> Value? {
        maskPair(v, nil, path: path, secret: secret, depth: depth + 1).0
    }

    /// `ValueOrigin`'s leaf-path notation: keys joined by dots, dots inside keys escaped.
    private static func join(_ prefix: String, _ key: String) -> String {
        let escaped = key.replacingOccurrences(of: ".", with: "\\.")
        return prefix.isEmpty ? escaped : prefix + "." + escaped
    }
}
