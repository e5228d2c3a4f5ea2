import Diagnostics
import YAML

/// SOPS's in-memory tree (`sops.TreeBranch`, `[]interface{}`, `sops.Comment`), built from YAML
/// nodes and turned back into them the way its YAML store does (`stores/yaml/store.go`):
/// comments become items of the mapping or list they sit in, so SOPS encrypts them with that
/// collection's path and hashes values in exactly this order.
indirect enum SOPSTree {
    case mapping([Item])
    case sequence([SOPSTree])
    /// A scalar as parsed (its tag decides the SOPS type); null scalars are `.null`.
    case scalar(Node)
    case null(Node)
    /// A comment line without its `#`; `inline` for line comments.
    case comment(String, inline: Bool)

    struct Item {
        /// The key node, or nil for a comment item.
        var key: Node?
        var comment: (text: String, inline: Bool)?
        var value: SOPSTree

        static func comment(_ text: String, inline: Bool) -> Item {
            Item(key: nil, comment: (text, inline), value: .null(.null))
        }
    }

    // MARK: Loading (SOPS `nodeToTreeValue`, `appendYamlNodeToTreeBranch`)

    /// One document: its root mapping's items (an empty list for an empty document). Errors
    /// point into `file` when it is given.
    static func document(_ node: Node, file: SourceFile? = nil) throws -> [Item] {
        do {
            return try branch(node, into: [], commentsHandled: false)
        } catch let failure as Unsupported {
            throw SOPSError.unsupportedValue(path: failure.path, reason: failure.reason, at: SOPS.location(failure.mark, file))
        }
    }

    /// What SOPS refuses to encrypt, and where.
    struct Unsupported: Error {
        var path: String
        var reason: String
        var mark: Node.Mark
    }

    private static func commentLines(_ comment: String) -> [String] {
        comment.split(separator: "\n", omittingEmptySubsequences: true).map { String($0.dropFirst()) }
    }

    private static func appendComments(_ comment: String, inline: Bool = false, to items: inout [Item]) {
        for line in commentLines(comment) { items.append(.comment(line, inline: inline)) }
    }

    private static func appendComments(_ comment: String, inline: Bool = false, to list: inout [SOPSTree]) {
        for line in commentLines(comment) { list.append(.comment(line, inline: inline)) }
    }

    private static func value(_ node: Node, commentsHandled: Bool) throws -> SOPSTree {
        switch node.kind {
        case .sequence:
            var list: [SOPSTree] = []
            if !commentsHandled {
                appendComments(node.headComment, to: &list)
                appendComments(node.lineComment, to: &list)
            }
            for var item in node.children {
                // The parser hangs a comment above `- key: v` on the key; yaml.v3 on the item,
                // which makes it a comment of the list for SOPS.
                if item.kind == .mapping, item.headComment.isEmpty, let first = item.children.first, !first.headComment.isEmpty {
                    item.headComment = first.headComment
                    item.children[0].headComment = ""
                }
                appendComments(item.headComment, to: &list)
                appendComments(item.lineComment, inline: true, to: &list)
                list.append(try value(item, commentsHandled: true))
                appendComments(item.footComment, to: &list)
            }
            if !commentsHandled { appendComments(node.footComment, to: &list) }
            return .sequence(list)
        case .mapping:
            return .mapping(try branch(node, into: [], commentsHandled: commentsHandled))
        case .scalar:
            return node.isNullScalar ? .null(stripped(node)) : .scalar(stripped(node))
        case .alias, .document:
            return try value(node.children.first ?? .null, commentsHandled: false)
        }
    }

    private static func branch(_ node: Node, into items: [Item], commentsHandled: Bool) throws -> [Item] {
        var items = items
        if !commentsHandled {
            appendComments(node.headComment, to: &items)
            appendComments(node.lineComment, to: &items)
        }
        switch node.kind {
        case .document:
            for child in node.children { items = try branch(child, into: items, commentsHandled: false) }
        case .sequence:
            throw Unsupported(path: "", reason: "YAML documents that are sequences are not supported", mark: node.mark)
        case .mapping:
            var i = 0
            while i + 1 < node.children.count {
                let key = node.children[i], val = node.children[i + 1]
                appendComments(key.headComment, to: &items)
                appendComments(key.lineComment, to: &items)
                let handleValueComments = val.kind == .scalar || val.kind == .alias
                if handleValueComments {
                    appendComments(val.headComment, to: &items)
                    appendComments(val.lineComment, inline: true, to: &items)
                }
                let resolvedKey = key.resolved
                guard resolvedKey.kind == .scalar, resolvedKey.tag.isEmpty || resolvedKey.tag == "!!str" || resolvedKey.tag == "!!merge" else {
                    throw Unsupported(path: key.value, reason: "only string keys are supported (SOPS refuses others)", mark: key.mark)
                }
                items.append(Item(key: stripped(resolvedKey), comment: nil, value: try value(val, commentsHandled: handleValueComments)))
                if handleValueComments { appendComments(val.footComment, to: &items) }
                appendComments(key.footComment, to: &items)
                i += 2
            }
        case .scalar:
            // An empty document (`---` alone) is an empty branch.
            guard node.isNullScalar else {
                throw Unsupported(path: "", reason: "YAML documents that are values are not supported", mark: node.mark)
            }
        case .alias:
            items = try branch(node.children.first ?? .null, into: items, commentsHandled: false)
        }
        if !commentsHandled { appendComments(node.footComment, to: &items) }
        return items
    }

    private static func stripped(_ node: Node) -> Node {
        var out = node
        out.headComment = ""
        out.lineComment = ""
        out.footComment = ""
        out.anchor = ""
        return out
    }

    // MARK: Back to nodes (SOPS `appendTreeBranch`, `appendSequence`)

    var node: Node {
        switch self {
        case let .mapping(items): return Self.mappingNode(items)
        case let .sequence(list): return Self.sequenceNode(list)
        case let .scalar(n), let .null(n): return n
        case let .comment(text, _): return .scalar(text)
        }
    }

    private static func joined(_ comments: [String]) -> String {
        comments.map { "#" + $0 }.joined(separator: "\n")
    }

    private static func addHead(_ comments: inout [String], to node: inout Node) {
        guard !comments.isEmpty else { return }
        node.headComment = node.headComment.isEmpty ? joined(comments) : joined(comments) + "\n" + node.headComment
        comments = []
    }

    private static func addFoot(_ comments: [String], to node: inout Node) {
        guard !comments.isEmpty else { return }
        node.footComment = node.footComment.isEmpty ? joined(comments) : node.footComment + "\n" + joined(comments)
    }

    private static func addLine(_ comments: inout [String], to node: inout Node) {
        guard !comments.isEmpty else { return }
        node.lineComment = node.lineComment.isEmpty ? joined(comments) : node.lineComment + "\n" + joined(comments)
        comments = []
    }

    static func mappingNode(_ items: [Item]) -> Node {
        var mapping = Node(kind: .mapping, tag: "!!map")
        var head: [String] = [], inline: [String] = []
        var beginning = true
        for item in items {
            if let comment = item.comment {
                if comment.inline { inline.append(comment.text) } else { head.append(comment.text) }
                continue
            }
            if beginning {
                addHead(&head, to: &mapping)
                beginning = false
            }
            var key = item.key ?? .scalar("")
            addHead(&head, to: &key)
            var value = item.value.node
            addLine(&inline, to: &value)
            mapping.children += [key, value]
        }
        let rest = head + inline
        if beginning {
            var pending = rest
            addHead(&pending, to: &mapping)
        } else if mapping.children.count >= 2 {
            addFoot(rest, to: &mapping.children[mapping.children.count - 2])
        }
        return mapping
    }

    static func sequenceNode(_ list: [SOPSTree]) -> Node {
        var sequence = Node(kind: .sequence, tag: "!!seq")
        var head: [String] = [], inline: [String] = []
        var beginning = true
        for item in list {
            if case let .comment(text, isInline) = item {
                if isInline { inline.append(text) } else { head.append(text) }
                continue
            }
            if beginning {
                addHead(&head, to: &sequence)
                beginning = false
            }
            var node = item.node
            addHead(&head, to: &node)
            addLine(&inline, to: &node)
            sequence.children.append(node)
        }
        let rest = head + inline
        if beginning {
            var pending = rest
            addHead(&pending, to: &sequence)
        } else if !sequence.children.isEmpty {
            addFoot(rest, to: &sequence.children[sequence.children.count - 1])
        }
        return sequence
    }
}
