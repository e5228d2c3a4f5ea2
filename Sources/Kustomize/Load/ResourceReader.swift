import Diagnostics
import YAML

/// Turns YAML text into resources the way kustomize's resource factory does: empty
/// documents dropped, `*List` kinds expanded (their items queued after the remaining
/// documents), and each object checked for kind and name.
enum ResourceReader {
    /// Parses a file into YAML document roots.
    static func documents(_ file: SourceFile) throws -> [Node] {
        do {
            return try YAMLParser.parse(file).map(\.expandingAliases)
        } catch {
            throw KustomizeError.wrap(error, "MalformedYAMLError")
        }
    }

    static func resources(from file: SourceFile) throws -> [Resource] {
        try resources(from: documents(file), file: file)
    }

    static func resources(from roots: [Node], file: SourceFile?) throws -> [Resource] {
        var queue = roots[...]
        var out: [Resource] = []
        while let n = queue.popFirst() {
            if n.isNullScalar || (n.kind == .mapping && n.children.isEmpty) { continue }
            let loc = file.map { SourceLocation(path: $0.path, line: max(n.mark.line, 1), column: max(n.mark.column, 1), file: $0) }
            guard n.kind == .mapping else {
                throw located("wrong node kind: expected MappingNode but got \(kindName(n))", loc)
            }
            let kind = n.scalarValue("kind") ?? ""
            if kind.hasSuffix("List") {
                guard let items = n["items"] else {
                    // A `*List` kind without items is an ordinary object.
                    out.append(Resource(node: n, location: loc))
                    continue
                }
                if items.isNullScalar { continue }
                guard items.kind == .sequence else {
                    throw located("expected array in \(kind)/items, but found \(items.jsonType)", loc)
                }
                queue.append(contentsOf: items.children.map(\.resolved))
                continue
            }
            if kind.isEmpty { throw located("missing kind in object", loc) }
            if (n["metadata"]?.scalarValue("name") ?? "").isEmpty {
                throw located("missing metadata.name in object {\(n.scalarValue("apiVersion") ?? "") \(kind)}", loc)
            }
            if let dup = duplicateKey(n) {
                let dupLoc = file.map { SourceLocation(path: $0.path, line: max(dup.1.mark.line, 1), column: max(dup.1.mark.column, 1), file: $0) }
                throw located("map[string]interface {}(nil): yaml: unmarshal errors:\n  line \(dup.1.mark.line): mapping key \"\(dup.1.value)\" already defined at line \(dup.0.mark.line)", dupLoc ?? loc)
            }
            out.append(Resource(node: n, location: loc))
        }
        return out
    }

    /// The first repeated mapping key anywhere in the object (kustomize fails converting it
    /// to a map): the original key and the repeat.
    static func duplicateKey(_ n: Node) -> (Node, Node)? {
        switch n.kind {
        case .mapping:
            var seen: [String: Node] = [:]
            var i = 0
            while i + 1 < n.children.count {
                let k = n.children[i]
                if let first = seen[k.value] { return (first, k) }
                seen[k.value] = k
                if let d = duplicateKey(n.children[i + 1]) { return d }
                i += 2
            }
        case .sequence:
            for c in n.children { if let d = duplicateKey(c) { return d } }
        default: break
        }
        return nil
    }

    private static func located(_ msg: String, _ loc: SourceLocation?) -> KustomizeError {
        loc.map { .located(msg, $0) } ?? .message(msg)
    }

    private static func kindName(_ n: Node) -> String {
        switch n.kind {
        case .sequence: return "SequenceNode"
        case .scalar: return "ScalarNode"
        default: return "MappingNode"
        }
    }
}
