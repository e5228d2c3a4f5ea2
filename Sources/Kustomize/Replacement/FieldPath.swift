import YAML

/// A kyaml field path such as `spec.template.spec.containers.[name=nginx].image`,
/// `metadata.labels.[app.kubernetes.io/name]`, `spec.ports.0.port` or `spec.list.*.x`,
/// split as kyaml's `SmarterPathSplitter` splits it (`\.` escapes a dot; a bracketed part
/// may hold dots; `[key]` without `=` is a plain field name).
///
/// `get` follows kyaml `PathGetter` (replacement sources, first match, exact `[k=v]`);
/// `modify` follows kyaml `PathMatcher` (replacement targets: every match, `[k=v]` values
/// are unanchored regular expressions, `*` visits every element, optional creation).
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    public enum Segment: Hashable, Sendable {
        case field(String)
        case index(Int)
        /// `[key=value]`, or `[=value]` for a list of scalars.
        case match(key: String, value: String)
        case wildcard
        /// `-`: the last element (sources only).
        case last
        /// `[…]` without `=`, an error wherever it is used as a list selector.
        case badMatch(String)
    }

    public let text: String
    public let segments: [Segment]

    public init(_ text: String) {
        self.text = text
        segments = Self.split(text).map(Self.segment)
    }

    public var description: String { text }

    /// kyaml `SmarterPathSplitter(path, ".")`.
    static func split(_ path: String) -> [String] {
        var parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 1, parts[0].isEmpty { parts.removeFirst() }
        var unescaped: [String] = []
        for p in parts {
            if let last = unescaped.last, last.hasSuffix("\\") {
                unescaped[unescaped.count - 1] = String(last.dropLast()) + "." + p
            } else {
                unescaped.append(p)
            }
        }
        var result: [String] = []
        var i = 0
        while i < unescaped.count {
            let elem = unescaped[i]
            if elem.hasPrefix("["), !elem.hasSuffix("]") {
                var bracketed = [elem]
                while i < unescaped.count - 1 {
                    i += 1
                    bracketed.append(unescaped[i])
                    if unescaped[i].hasSuffix("]") { break }
                }
                let joined = bracketed.joined(separator: ".")
                result.append(joined.contains("=") ? joined : String(joined.trimmingBrackets()))
            } else {
                result.append(elem)
            }
            i += 1
        }
        return result
    }

    private static func segment(_ part: String) -> Segment {
        if part == "*" { return .wildcard }
        if part == "-" { return .last }
        if let i = Int(part), i >= 0, part.first != "+" { return .index(i) }
        if part.hasPrefix("["), part.hasSuffix("]"), part.count >= 2 {
            let inner = part.dropFirst().dropLast()
            guard let eq = inner.firstIndex(of: "=") else { return .badMatch(part) }
            return .match(key: String(inner[..<eq]), value: String(inner[inner.index(after: eq)...]))
        }
        return .field(part)
    }
}

extension String {
    /// Go `strings.Trim(s, "[]")`.
    fileprivate func trimmingBrackets() -> Substring {
        var s = Substring(self)
        while let f = s.first, f == "[" || f == "]" { s = s.dropFirst() }
        while let l = s.last, l == "[" || l == "]" { s = s.dropLast() }
        return s
    }
}

/// A failure following a field path, in kyaml's words.
struct FieldPathFailure: Error { var text: String }

// MARK: reading (kyaml PathGetter)

extension FieldPath {
    /// The node at this path, or nil when some part is missing.
    public func get(in node: Node) throws -> Node? {
        var cur = node.resolved
        // kyaml `cleanPath`: parts are trimmed and empty ones dropped.
        for seg in segments {
            if case .field(let f) = seg, f.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            switch seg {
            case .index(let i):
                guard cur.kind == .sequence else { throw FieldPathFailure(text: wrongKind("SequenceNode", cur)) }
                guard i < cur.children.count else { return nil }
                cur = cur.children[i].resolved
            case .last:
                guard cur.kind == .sequence else { throw FieldPathFailure(text: wrongKind("SequenceNode", cur)) }
                guard let l = cur.children.last else { return nil }
                cur = l.resolved
            case .wildcard:
                throw FieldPathFailure(text: "wildcard is not supported in PathGetter")
            case .badMatch:
                throw FieldPathFailure(text: "list path element must contain fieldName=fieldValue for element to match")
            case .match(let key, let value):
                guard cur.kind == .sequence else { throw FieldPathFailure(text: wrongKind("SequenceNode", cur)) }
                let found = cur.children.map(\.resolved).first { e in
                    if key.isEmpty { return e.kind == .scalar && e.value == value }
                    return e.kind == .mapping && e[key]?.resolved.value == value
                }
                guard let found else { return nil }
                cur = found
            case .field(let name):
                let name = name.trimmingSpaces()
                if cur.isNullScalar { return nil }
                guard cur.kind == .mapping else { throw FieldPathFailure(text: wrongKind("MappingNode", cur)) }
                guard let next = cur[name] else { return nil }
                cur = next.resolved
            }
        }
        return cur
    }
}

/// kyaml's `wrong node kind` message; the node contents are shown for scalars only.
func wrongKind(_ expected: String, _ n: Node) -> String {
    let got: String
    switch n.kind {
    case .mapping: got = "MappingNode"
    case .sequence: got = "SequenceNode"
    case .scalar: got = "ScalarNode"
    case .document: got = "DocumentNode"
    case .alias: got = "AliasNode"
    }
    let contents = n.kind == .scalar ? ": node contents:\n\(n.value)\n" : ""
    return "wrong node kind: expected \(expected) but got \(got)\(contents)"
}

extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
