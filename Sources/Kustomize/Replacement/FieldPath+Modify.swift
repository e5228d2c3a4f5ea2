import YAML

// MARK: writing (kyaml PathMatcher)

extension FieldPath {
    /// Calls `body` on every node this path matches (kyaml `PathMatcher`) and returns how
    /// many there were. With `create`, missing fields and list elements are added on the
    /// way, the last one of kind `create` (an empty node the body fills in).
    @discardableResult
    public func modify(in node: inout Node, create: Node.Kind? = nil, _ body: (inout Node) throws -> Void) throws -> Int {
        try visit(&node, segments[...], create: create, body)
    }

    /// Sets every matched field to `value` the way replacements do: a scalar field keeps its
    /// tag and style and takes the text, anything else is replaced. Returns the count.
    @discardableResult
    public func set(_ value: Node, in node: inout Node, create: Bool = false) throws -> Int {
        do {
            return try modify(in: &node, create: create ? value.kind : nil) { field in
                if field.kind == .scalar { field.value = value.value } else { field = value }
            }
        } catch let f as FieldPathFailure {
            throw PatchError(f.text, at: value.mark)
        }
    }

    private func visit(_ node: inout Node, _ path: ArraySlice<Segment>, create: Node.Kind?,
                       _ body: (inout Node) throws -> Void) throws -> Int {
        if node.kind == .document || node.kind == .alias {
            guard !node.children.isEmpty else { return 0 }
            return try visit(&node.children[0], path, create: create, body)
        }
        guard let seg = path.first else {
            try body(&node)
            return 1
        }
        let rest = path.dropFirst()
        switch seg {
        case .index(let i):
            guard node.kind == .sequence else { throw FieldPathFailure(text: wrongKind("SequenceNode", node)) }
            if node.children.count == i, let create {
                node.children.append(Self.emptyNode(kind: Self.kindFor(next: rest.first, last: create)))
            }
            guard i < node.children.count else {
                throw FieldPathFailure(text: "index \(i) specified but only \(node.children.count) elements found")
            }
            return try visit(&node.children[i], rest, create: create, body)
        case .wildcard:
            guard node.kind == .sequence else { throw FieldPathFailure(text: wrongKind("SequenceNode", node)) }
            var count = 0
            for i in node.children.indices { count += try visit(&node.children[i], rest, create: create, body) }
            return count
        case .last:
            // kyaml's PathMatcher reads "-" as a field name.
            return try visitField("-", &node, rest, create: create, body)
        case .badMatch:
            throw FieldPathFailure(text: "list path element must contain fieldName=fieldValue for element to match")
        case .match(let key, let pattern):
            guard node.kind == .sequence else { throw FieldPathFailure(text: wrongKind("SequenceNode", node)) }
            let matcher = try UnanchoredPattern(pattern)
            func matches(_ e: Node) -> Bool {
                let target: Node?
                if key.isEmpty { target = e } else { target = e.kind == .mapping ? e[key]?.resolved : nil }
                guard let t = target else { return false }
                return matcher.matches(Self.encodedScalar(t))
            }
            var count = 0
            var matched = false
            for i in node.children.indices where matches(node.children[i].resolved) {
                matched = true
                count += try visit(&node.children[i], rest, create: create, body)
            }
            if !matched, create != nil {
                var value = Node.scalar(pattern)
                value.tag = "!!str"
                node.children.append(key.isEmpty ? value : Node(kind: .mapping, children: [.scalar(key), value]))
                return try visit(&node, path, create: create, body)
            }
            return count
        case .field(let name):
            return try visitField(name, &node, rest, create: create, body)
        }
    }

    private func visitField(_ name: String, _ node: inout Node, _ rest: ArraySlice<Segment>, create: Node.Kind?,
                            _ body: (inout Node) throws -> Void) throws -> Int {
        if node.isNullScalar && create == nil { return 0 }
        guard node.kind == .mapping else {
            if node.isNullScalar { return 0 }
            throw FieldPathFailure(text: wrongKind("MappingNode", node))
        }
        if let idx = node.valueIndex(forKey: name) {
            return try visit(&node.children[idx], rest, create: create, body)
        }
        guard let create else { return 0 }
        node.children.append(.scalar(name))
        node.children.append(Self.emptyNode(kind: Self.kindFor(next: rest.first, last: create)))
        return try visit(&node.children[node.children.count - 1], rest, create: create, body)
    }

    /// kyaml `getPathPartKind`: a list when the next part indexes one.
    private static func kindFor(next: Segment?, last: Node.Kind) -> Node.Kind {
        switch next {
        case nil: return last
        case .match?, .index?, .badMatch?: return .sequence
        default: return .mapping
        }
    }

    /// A node as kyaml creates it: no tag, so its type is read from its text later.
    private static func emptyNode(kind: Node.Kind) -> Node {
        Node(kind: kind)
    }

    /// The text kyaml matches `[key=regex]` against: the value's YAML encoding, trimmed.
    private static func encodedScalar(_ n: Node) -> String {
        guard n.kind == .scalar else { return "" }
        if n.style.contains(.doubleQuoted) { return "\"\(n.value)\"" }
        if n.style.contains(.singleQuoted) { return "'\(n.value)'" }
        return n.value.trimmingSpaces()
    }
}

/// kyaml matches `[key=value]` in targets with `regexp.MatchString`: unanchored, so a plain
/// value matches anywhere in the text (`[name=nginx]` also selects `nginx-sidecar`).
/// Plain values skip the regex engine.
private struct UnanchoredPattern {
    private let literal: String?
    private let regex: Regex<AnyRegexOutput>?

    init(_ pattern: String) throws {
        if !pattern.contains(where: { "\\.+*?()|[]{}^$".contains($0) }) {
            literal = pattern
            regex = nil
        } else {
            literal = nil
            do { regex = try Regex(pattern) } catch {
                throw FieldPathFailure(text: "error parsing regexp: invalid pattern `\(pattern)`")
            }
        }
    }

    func matches(_ s: String) -> Bool {
        if let literal { return literal.isEmpty || s.contains(literal) }
        guard let regex else { return false }
        return (try? regex.firstMatch(in: s)) != nil
    }
}
