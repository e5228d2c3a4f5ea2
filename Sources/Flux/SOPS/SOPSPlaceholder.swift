import YAML

extension SOPS {
    /// The default text shown in place of an encrypted value when no key is available.
    public static let defaultPlaceholder = "<sops-encrypted: no key>"

    /// The document with every `ENC[…]` leaf replaced by a visible placeholder string, encrypted
    /// comments dropped, and the `sops` key removed — for renders without keys.
    public static func placeholder(_ root: Node, text: String = defaultPlaceholder) -> Node {
        guard isEncrypted(root) else { return root }
        return replaceLeaves(removingMetadata(root), text: text)
    }

    private static func replaceLeaves(_ node: Node, text: String) -> Node {
        var out = node
        out.headComment = dropEncryptedComments(node.headComment)
        out.footComment = dropEncryptedComments(node.footComment)
        switch node.kind {
        case .scalar:
            if node.value.hasPrefix(SOPSEncryptedValue.prefix) {
                out.value = text
                out.tag = "!!str"
                out.style = .doubleQuoted
            }
        default:
            out.children = node.children.map { replaceLeaves($0, text: text) }
        }
        return out
    }

    private static func dropEncryptedComments(_ comment: String) -> String {
        guard comment.contains(SOPSEncryptedValue.prefix) else { return comment }
        return comment.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop(while: { $0 == " " || $0 == "#" }).hasPrefix(SOPSEncryptedValue.prefix) }
            .joined(separator: "\n")
    }
}
