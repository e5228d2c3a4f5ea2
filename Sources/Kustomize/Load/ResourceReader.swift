import Diagnostics
import YAML

/// Turns YAML text into resources the way kustomize's resource factory does: empty
/// documents dropped, `*List` kinds expanded (their items queued after the remaining
/// documents), and each object checked for kind and name.
enum ResourceReader {
    /// Parses a file into YAML document roots.
    static func documents(_ file: SourceFile) throws -> [Node] {
        do {
            return try YAMLParser.parse(file).map(\.resolved)
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
                guard let items = n["items"], !items.isNullScalar else { continue }
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
            out.append(Resource(node: n, location: loc))
        }
        return out
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
