import Crypto
import YAML

/// The name-suffix hash of generated objects (kustomize `api/hasher`): a ConfigMap or
/// Secret is encoded as a small JSON object, hashed with SHA-256, and the first ten hex
/// digits are kept with `0 1 3 a e` swapped for `g h k m t` (no vowels, no look-alikes).
enum ContentHasher {
    static func hash(_ node: Node) -> String {
        var json: [UInt8] = []
        switch node.scalarValue("kind") ?? "" {
        case "ConfigMap":
            json = encode(["kind": .string("ConfigMap"), "name": nameValue(node), "data": value(node, "data")],
                          optionalMap: ("binaryData", node["binaryData"]))
        case "Secret":
            json = encode(["kind": .string("Secret"), "type": value(node, "type"), "name": nameValue(node),
                           "data": value(node, "data")],
                          optionalMap: ("stringData", node["stringData"]))
        default:
            GoJSON.append(node, to: &json)
        }
        return encode(hex: sha256Hex(json))
    }

    private static let hexDigits = (0..<16).map { String($0, radix: 16) }

    /// Lower-case hex SHA-256 (swift-crypto), as Go's `fmt.Sprintf("%x", sha256.Sum256(...))`.
    static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { hexDigits[Int($0 >> 4)] + hexDigits[Int($0 & 0xF)] }.joined()
    }

    /// kustomize looks the name up with the single key "metadata/name", which never
    /// exists, so the name always hashes as "".
    private static func nameValue(_ node: Node) -> Node { .string("") }

    private static func value(_ node: Node, _ key: String) -> Node {
        guard let v = node[key] else { return .string("") }
        if v.kind == .scalar { return .string(v.value) }
        return v
    }

    private static func encode(_ fields: [String: Node], optionalMap: (String, Node?)) -> [UInt8] {
        var m = Node(kind: .mapping, tag: "!!map")
        var all = fields
        if let v = optionalMap.1, v.kind == .mapping { all[optionalMap.0] = v }
        for k in all.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            m.children.append(.string(k))
            m.children.append(all[k] ?? .null)
        }
        var out: [UInt8] = []
        GoJSON.append(m, to: &out)
        return out
    }

    static func encode(hex: String) -> String {
        String(hex.prefix(10).map { c -> Character in
            switch c {
            case "0": return "g"
            case "1": return "h"
            case "3": return "k"
            case "a": return "m"
            case "e": return "t"
            default: return c
            }
        })
    }
}
