import Foundation
import YAML

/// Leaf paths of values in strvals-like notation (`a.b[0].c`, dots in keys escaped as `\.`),
/// used to key value origins. Empty maps and lists count as leaves.
public enum ValuesPaths {
    static func join(_ prefix: String, key: String) -> String {
        let escaped = key.contains(".") ? key.replacingOccurrences(of: ".", with: "\\.") : key
        return prefix.isEmpty ? escaped : prefix + "." + escaped
    }

    static func join(_ prefix: String, index: Int) -> String { prefix + "[\(index)]" }

    /// Every leaf path of `map`.
    public static func leaves(of map: [String: Value]) -> [String] {
        var out: [String] = []
        for (k, v) in map { collect(v, join("", key: k), into: &out, depth: 0) }
        return out
    }

    private static func collect(_ value: Value, _ path: String, into out: inout [String], depth: Int) {
        guard depth < 1000 else { out.append(path); return }
        switch value {
        case .map(let m) where !m.isEmpty:
            for (k, v) in m { collect(v, join(path, key: k), into: &out, depth: depth + 1) }
        case .list(let l) where !l.isEmpty:
            for (i, v) in l.enumerated() { collect(v, join(path, index: i), into: &out, depth: depth + 1) }
        default:
            out.append(path)
        }
    }

    /// Leaf path → 1-based line for a YAML text, as far as it parses (origins are a
    /// convenience: a text that does not parse here fails composition elsewhere).
    public static func lines(ofYAML text: String) -> [String: Int] {
        guard let docs = try? YAMLParser.parse(text, path: "<values>"), let root = docs.first?.resolved else { return [:] }
        return lines(of: root)
    }

    /// Leaf path → line for a node tree (marks as parsed; zero lines are dropped).
    static func lines(of root: Node) -> [String: Int] {
        var out: [String: Int] = [:]
        walk(root, "", line: root.mark.line, into: &out, depth: 0)
        return out
    }

    private static func walk(_ node: Node, _ path: String, line: Int, into out: inout [String: Int], depth: Int) {
        guard depth < 1000 else { return }
        let node = node.resolved
        switch node.kind {
        case .mapping where !node.children.isEmpty:
            for (k, v) in node.pairs {
                walk(v, join(path, key: k.value), line: k.mark.line, into: &out, depth: depth + 1)
            }
        case .sequence where !node.children.isEmpty:
            for (i, v) in node.children.enumerated() {
                walk(v, join(path, index: i), line: v.mark.line, into: &out, depth: depth + 1)
            }
        default:
            if line > 0, !path.isEmpty { out[path] = line }
        }
    }
}
