/// A YAML node as yaml.v3 models it (and so kyaml, kustomize's node layer): documents,
/// sequences, mappings, scalars and aliases, keeping tags, styles, anchors and comments so a
/// tree can be re-emitted the way kustomize does.
///
/// Mappings keep their pairs flat in `children` — key, value, key, value — exactly like
/// yaml.v3's `Content`, which keeps key order and duplicate keys visible to callers.
public struct Node: Hashable, Sendable {
    public enum Kind: UInt8, Sendable, Hashable {
        case document, sequence, mapping, scalar, alias
    }

    /// yaml.v3's `Style` bits. Collections use `.flow`; scalars one of the quoting styles.
    public struct Style: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let tagged = Style(rawValue: 1 << 0)
        public static let doubleQuoted = Style(rawValue: 1 << 1)
        public static let singleQuoted = Style(rawValue: 1 << 2)
        public static let literal = Style(rawValue: 1 << 3)
        public static let folded = Style(rawValue: 1 << 4)
        public static let flow = Style(rawValue: 1 << 5)
    }

    /// Where the node started in its source (1-based line and column, 0-based byte offset).
    public struct Mark: Hashable, Sendable {
        public var line: Int
        public var column: Int
        public var offset: Int
        public init(line: Int = 0, column: Int = 0, offset: Int = 0) {
            self.line = line
            self.column = column
            self.offset = offset
        }
    }

    public var kind: Kind
    public var style: Style
    /// The explicit or resolved tag in short form (`!!str`, `!!map`, `!!int`, a custom `!Foo`),
    /// or empty when unknown.
    public var tag: String
    /// Scalar text (after unescaping), or the anchor name an alias refers to.
    public var value: String
    public var anchor: String
    /// Sequence items; mapping key/value pairs flattened; a document's single root; an
    /// alias's expanded target (one element).
    public var children: [Node]
    public var headComment: String
    public var lineComment: String
    public var footComment: String
    public var mark: Mark
    /// Where the node ended in its source (just past a scalar's last character, or where
    /// libyaml closed a collection); zero when the node was not parsed. With `mark` it gives
    /// the byte range to rewrite in place.
    public var endMark: Mark = Mark()

    public init(kind: Kind, style: Style = [], tag: String = "", value: String = "", anchor: String = "",
                children: [Node] = [], headComment: String = "", lineComment: String = "",
                footComment: String = "", mark: Mark = Mark()) {
        self.kind = kind
        self.style = style
        self.tag = tag
        self.value = value
        self.anchor = anchor
        self.children = children
        self.headComment = headComment
        self.lineComment = lineComment
        self.footComment = footComment
        self.mark = mark
    }

    public static func scalar(_ value: String, tag: String = "!!str", style: Style = []) -> Node {
        Node(kind: .scalar, style: style, tag: tag, value: value)
    }

    public static func mapping(_ pairs: [(String, Node)] = []) -> Node {
        var n = Node(kind: .mapping, tag: "!!map")
        for (k, v) in pairs { n.children.append(.scalar(k)); n.children.append(v) }
        return n
    }

    public static func sequence(_ items: [Node] = []) -> Node {
        Node(kind: .sequence, tag: "!!seq", children: items)
    }

    public static var null: Node { .scalar("null", tag: "!!null") }
}

extension Node {
    public var isScalar: Bool { kind == .scalar }
    public var isMapping: Bool { kind == .mapping }
    public var isSequence: Bool { kind == .sequence }

    /// The node itself, or for a document its root and for an alias its target.
    public var resolved: Node {
        switch kind {
        case .document, .alias: return children.first?.resolved ?? .null
        default: return self
        }
    }

    /// Whether this scalar is YAML null (`null`, `~`, empty plain, or tagged `!!null`).
    public var isNullScalar: Bool {
        guard kind == .scalar else { return false }
        if tag == "!!null" { return true }
        if !style.isDisjoint(with: [.doubleQuoted, .singleQuoted, .literal, .folded]) { return false }
        return tag.isEmpty && (value == "" || value == "~" || value == "null" || value == "Null" || value == "NULL")
    }

    /// Mapping pairs in order (keys and values), for reading.
    public var pairs: [(key: Node, value: Node)] {
        guard kind == .mapping else { return [] }
        var out: [(Node, Node)] = []
        out.reserveCapacity(children.count / 2)
        var i = 0
        while i + 1 < children.count {
            out.append((children[i], children[i + 1]))
            i += 2
        }
        return out
    }

    /// Index in `children` of the value for `key` (the last one wins on duplicates, as
    /// kyaml's `Field` lookup finds the first — callers needing that use `firstValueIndex`).
    public func valueIndex(forKey key: String) -> Int? {
        guard kind == .mapping else { return nil }
        var i = 0
        while i + 1 < children.count {
            if children[i].kind == .scalar, children[i].value == key { return i + 1 }
            i += 2
        }
        return nil
    }

    /// The value of a mapping key, or nil.
    public subscript(key: String) -> Node? {
        get { valueIndex(forKey: key).map { children[$0] } }
        set {
            if let idx = valueIndex(forKey: key) {
                if let nv = newValue { children[idx] = nv } else { children.removeSubrange((idx - 1)...idx) }
            } else if let nv = newValue, kind == .mapping {
                children.append(.scalar(key))
                children.append(nv)
            }
        }
    }

    /// Follows a path of mapping keys.
    public func lookup(_ path: [String]) -> Node? {
        var cur = self
        for k in path {
            guard let next = cur[k] else { return nil }
            cur = next
        }
        return cur
    }

    /// The string value of a scalar at a path, or nil.
    public func string(at path: String...) -> String? {
        guard let n = lookup(path), n.kind == .scalar else { return nil }
        return n.value
    }
}
