import Diagnostics
import YAML

/// The `sops:` block of an encrypted document: which keys wrap the data key, which paths
/// were encrypted, and the encrypted MAC.
public struct SOPSMetadata: Sendable, Hashable {
    public struct AgeKey: Sendable, Hashable {
        public var recipient: String
        public var enc: String
    }

    public struct PGPKey: Sendable, Hashable {
        public var fingerprint: String
        public var enc: String
    }

    public var age: [AgeKey] = []
    public var pgp: [PGPKey] = []
    public var mac: String = ""
    public var lastModified: String = ""
    public var unencryptedSuffix: String = ""
    public var encryptedSuffix: String = ""
    public var unencryptedRegex: String = ""
    public var encryptedRegex: String = ""
    public var unencryptedCommentRegex: String = ""
    public var encryptedCommentRegex: String = ""
    public var macOnlyEncrypted: Bool = false
    public var version: String = ""
    /// Whether the file uses Shamir key groups (not supported here).
    public var hasKeyGroups: Bool = false
    /// Where the `sops` key sits, for errors.
    public var mark: Node.Mark = Node.Mark()

    /// Reads the metadata of a document root (mapping or document node); nil when absent.
    public init?(_ root: Node) {
        let doc = root.resolved
        guard doc.kind == .mapping, let keyIndex = SOPS.metadataKeyIndex(doc) else { return nil }
        let block = doc.children[keyIndex + 1].resolved
        guard block.kind == .mapping else { return nil }
        mark = doc.children[keyIndex].mark
        func str(_ key: String) -> String {
            guard let n = block[key]?.resolved, n.kind == .scalar, !n.isNullScalar else { return "" }
            return n.value
        }
        mac = str("mac")
        lastModified = str("lastmodified")
        unencryptedSuffix = str("unencrypted_suffix")
        encryptedSuffix = str("encrypted_suffix")
        unencryptedRegex = str("unencrypted_regex")
        encryptedRegex = str("encrypted_regex")
        unencryptedCommentRegex = str("unencrypted_comment_regex")
        encryptedCommentRegex = str("encrypted_comment_regex")
        macOnlyEncrypted = str("mac_only_encrypted") == "true"
        version = str("version")
        for item in block["age"]?.resolved.children ?? [] {
            let item = item.resolved
            age.append(AgeKey(recipient: item.string(at: "recipient") ?? "", enc: item.string(at: "enc") ?? ""))
        }
        for item in block["pgp"]?.resolved.children ?? [] {
            let item = item.resolved
            pgp.append(PGPKey(fingerprint: item.string(at: "fp") ?? "", enc: item.string(at: "enc") ?? ""))
        }
        if let groups = block["key_groups"]?.resolved, groups.kind == .sequence, !groups.children.isEmpty {
            hasKeyGroups = true
        }
        // SOPS defaults to "_unencrypted" only when no other selection rule is set.
        if unencryptedSuffix.isEmpty, encryptedSuffix.isEmpty, unencryptedRegex.isEmpty, encryptedRegex.isEmpty,
           unencryptedCommentRegex.isEmpty, encryptedCommentRegex.isEmpty, block["unencrypted_suffix"] == nil {
            unencryptedSuffix = "_unencrypted"
        }
    }
}

/// Entry points for SOPS-encrypted YAML documents.
public enum SOPS {
    /// Whether a document has a top-level `sops:` mapping carrying a `mac` (the mark of a
    /// SOPS-encrypted file; a plain `sops:` key in ordinary data has no MAC).
    public static func isEncrypted(_ root: Node) -> Bool {
        let doc = root.resolved
        guard doc.kind == .mapping, let i = metadataKeyIndex(doc) else { return false }
        let block = doc.children[i + 1].resolved
        return block.kind == .mapping && block["mac"] != nil
    }

    static func metadataKeyIndex(_ mapping: Node) -> Int? {
        var i = 0
        while i + 1 < mapping.children.count {
            let key = mapping.children[i]
            if key.kind == .scalar, key.value == "sops" { return i }
            i += 2
        }
        return nil
    }

    /// The node without its top-level `sops` key (looking through a document node).
    static func removingMetadata(_ node: Node) -> Node {
        var out = node
        switch node.kind {
        case .document:
            if let first = node.children.first { out.children[0] = removingMetadata(first) }
        case .mapping:
            guard let i = metadataKeyIndex(node) else { break }
            // Comments at the end of a SOPS file sit above `sops:`; they belong to the entry before.
            let trailing = node.children[i].headComment
            out.children.removeSubrange(i...(i + 1))
            if !trailing.isEmpty {
                if i >= 2 {
                    let foot = out.children[i - 2].footComment
                    out.children[i - 2].footComment = foot.isEmpty ? trailing : foot + "\n" + trailing
                } else {
                    out.headComment = out.headComment.isEmpty ? trailing : out.headComment + "\n" + trailing
                }
            }
        default:
            break
        }
        return out
    }

    static func location(_ mark: Node.Mark, _ file: SourceFile?) -> SourceLocation? {
        guard let file else { return nil }
        if mark.line > 0 { return SourceLocation(path: file.path, line: mark.line, column: mark.column, file: file) }
        return SourceLocation(file: file, offset: mark.offset)
    }
}
