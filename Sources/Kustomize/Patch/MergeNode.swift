import YAML

/// A mutable, shared-by-reference copy of a `Node` tree for the strategic merge.
///
/// kyaml's merge walks `*yaml.Node` pointers: the destination is edited in place, elements of
/// lists are found again by identity, and a merged element placed in two lists is one node.
/// Reproducing its results (element order in particular) is simplest with the same sharing,
/// so the merge converts to this class tree, works, and converts back.
final class MergeNode {
    var kind: Node.Kind
    var style: Node.Style
    var tag: String
    var value: String
    var anchor: String
    var content: [MergeNode]
    var headComment: String
    var lineComment: String
    var footComment: String
    var mark: Node.Mark
    /// A null that must survive `FieldSetter` (kyaml `MakePersistentNullNode`).
    var keepNull = false

    init(kind: Node.Kind, style: Node.Style = [], tag: String = "", value: String = "", content: [MergeNode] = []) {
        self.kind = kind
        self.style = style
        self.tag = tag
        self.value = value
        self.anchor = ""
        self.content = content
        self.headComment = ""
        self.lineComment = ""
        self.footComment = ""
        self.mark = Node.Mark()
    }

    /// Deep copy of a node; documents become their root and aliases their target, as kyaml
    /// resources never hold either.
    init(_ node: Node) {
        let n = (node.kind == .document || node.kind == .alias) ? node.resolved : node
        kind = n.kind
        style = n.style
        tag = n.tag
        value = n.value
        anchor = n.anchor
        content = n.children.map(MergeNode.init)
        headComment = n.headComment
        lineComment = n.lineComment
        footComment = n.footComment
        mark = n.mark
    }

    var node: Node {
        Node(kind: kind, style: style, tag: tag, value: value, anchor: anchor, children: content.map(\.node),
             headComment: headComment, lineComment: lineComment, footComment: footComment, mark: mark)
    }

    static func scalar(_ value: String) -> MergeNode { MergeNode(kind: .scalar, tag: "!!str", value: value) }
    static func list() -> MergeNode { MergeNode(kind: .sequence, tag: "!!seq") }

    /// Tagged `!!null`, or an untagged plain null (kyaml `IsTaggedNull`; yaml.v3 tags plain
    /// nulls on parse).
    var isTaggedNull: Bool {
        guard kind == .scalar else { return false }
        if tag == "!!null" { return true }
        guard tag.isEmpty, style.isDisjoint(with: [.doubleQuoted, .singleQuoted, .literal, .folded]) else { return false }
        return value == "" || value == "~" || value == "null" || value == "Null" || value == "NULL"
    }

    var isEmptyMap: Bool { kind == .mapping && content.isEmpty }

    /// kyaml `IsYNodeNilOrEmpty`-like: null, an empty collection or an empty plain scalar.
    var isNilOrEmpty: Bool {
        if isTaggedNull { return true }
        switch kind {
        case .mapping, .sequence: return content.isEmpty
        case .scalar: return value.isEmpty && style.isEmpty
        default: return false
        }
    }

    /// The key node and value of the first field with this name (kyaml `Field`).
    func field(_ name: String) -> (key: MergeNode, value: MergeNode)? {
        guard kind == .mapping else { return nil }
        var i = 0
        while i + 1 < content.count {
            if content[i].value == name { return (content[i], content[i + 1]) }
            i += 2
        }
        return nil
    }

    /// Field names in order.
    var fieldNames: [String] {
        guard kind == .mapping else { return [] }
        return stride(from: 0, to: content.count - 1, by: 2).map { content[$0].value }
    }

    func removeField(_ name: String) {
        guard kind == .mapping else { return }
        var i = 0
        while i + 1 < content.count {
            if content[i].value == name { content.removeSubrange(i...(i + 1)) } else { i += 2 }
        }
    }

    /// Replaces this node's contents with another's (Go `*rn.value = *other`).
    func assign(from other: MergeNode) {
        kind = other.kind
        style = other.style
        tag = other.tag
        value = other.value
        anchor = other.anchor
        content = other.content
        headComment = other.headComment
        lineComment = other.lineComment
        footComment = other.footComment
        mark = other.mark
        keepNull = other.keepNull
    }
}

func isMissingOrNull(_ n: MergeNode?) -> Bool {
    guard let n else { return true }
    return n.isTaggedNull
}

func isMissingOrEmptyMap(_ n: MergeNode?) -> Bool {
    guard let n else { return true }
    return n.isTaggedNull || n.isEmptyMap
}
