import Crypto
import YAML

/// SOPS's `Tree.Encrypt`: walks the tree in order, feeds every non-comment leaf (as `ToBytes`
/// renders it) into the SHA-512 MAC, and encrypts the leaves and comments its selection rules
/// pick, with the path of keys joined by `:` (plus a trailing `:`) as additional data.
struct SOPSEncryptWalker {
    let macOnlyEncrypted: Bool
    let rules: SOPSPathRules
    let key: SymmetricKey
    var hash = SHA512()

    init(rule: SOPSCreationRule, key: SymmetricKey) throws {
        self.rules = try SOPSPathRules(rule)
        self.macOnlyEncrypted = rule.macOnlyEncrypted
        self.key = key
        if macOnlyEncrypted { hash.update(data: SOPSTreeWalker.macOnlyEncryptedSeed) }
    }

    /// The hex MAC over everything walked so far (upper case, as SOPS prints it).
    func mac() -> String {
        hash.finalize().map { String(format: "%02X", $0) }.joined()
    }

    // MARK: Walking (SOPS `walkBranch`, `walkSlice`)

    mutating func branch(_ items: [SOPSTree.Item], path: [String], comments stack: [[String]]) throws -> [SOPSTree.Item] {
        var stack = stack + [[]]
        var out = items
        for (i, item) in items.enumerated() {
            if let comment = item.comment {
                stack[stack.count - 1].append(comment.text)
                if shouldEncrypt(path, stack, isComment: true) {
                    out[i] = .comment(try seal(Array(comment.text.utf8), kind: .comment, path: path), inline: comment.inline)
                }
                continue
            }
            out[i].value = try value(item.value, path: path + [item.key?.value ?? ""], comments: stack)
            stack[stack.count - 1] = []
        }
        return out
    }

    mutating func sequence(_ list: [SOPSTree], path: [String], comments stack: [[String]]) throws -> [SOPSTree] {
        var stack = stack + [[]]
        var out = list
        for (i, item) in list.enumerated() {
            if case let .comment(text, _) = item {
                stack[stack.count - 1].append(text)
                // In a list an encrypted comment becomes an ordinary string item, as in SOPS.
                if shouldEncrypt(path, stack, isComment: true) {
                    out[i] = .scalar(.scalar(try seal(Array(text.utf8), kind: .comment, path: path)))
                }
                continue
            }
            out[i] = try value(item, path: path, comments: stack)
            stack[stack.count - 1] = []
        }
        return out
    }

    private mutating func value(_ tree: SOPSTree, path: [String], comments stack: [[String]]) throws -> SOPSTree {
        switch tree {
        case let .mapping(items): return .mapping(try branch(items, path: path, comments: stack))
        case let .sequence(list): return .sequence(try sequence(list, path: path, comments: stack))
        case .null, .comment: return tree
        case let .scalar(node):
            let encrypted = shouldEncrypt(path, stack, isComment: false)
            let (kind, plain) = Self.typed(node)
            if !macOnlyEncrypted || encrypted { hash.update(data: plain) }
            // SOPS's cipher leaves empty strings as they are.
            guard encrypted, !(kind == .str && plain.isEmpty) else { return tree }
            var out = Node.scalar(try seal(plain, kind: kind, path: path))
            out.mark = node.mark
            return .scalar(out)
        }
    }

    /// The SOPS type of a scalar and its bytes (`ToBytes`, which is also the plaintext).
    static func typed(_ node: Node) -> (SOPSEncryptedValue.Kind, [UInt8]) {
        let bytes = SOPSScalarBytes.macBytes(of: node)
        switch node.tag {
        case "!!int" where SOPSScalarBytes.parseInt(node.value) != nil: return (.int, bytes)
        case "!!float" where Double(goFloatText: node.value) != nil: return (.float, bytes)
        case "!!bool" where SOPSScalarBytes.parseBool(node.value) != nil: return (.bool, bytes)
        case "!!timestamp" where GoTimestamp.rfc3339Nano(node.value) != nil: return (.time, bytes)
        default: return (.str, Array(node.value.utf8))
        }
    }

    private func seal(_ plain: [UInt8], kind: SOPSEncryptedValue.Kind, path: [String]) throws -> String {
        try SOPSEncryptedValue.seal(plain, kind: kind, key: key, additionalData: path.joined(separator: ":") + ":")
    }

    private func shouldEncrypt(_ path: [String], _ stack: [[String]], isComment: Bool) -> Bool {
        rules.isEncrypted(path, comments: stack, isComment: isComment)
    }
}
