import Crypto
import Diagnostics
import YAML

/// Walks a SOPS tree in document order, decrypting the leaves in encrypted paths and feeding
/// every non-null leaf (as SOPS renders it to bytes) into the SHA-512 MAC.
struct SOPSTreeWalker {
    /// SHA-256("sops"): SOPS seeds the hash with it when `mac_only_encrypted` is set.
    static let macOnlyEncryptedSeed: [UInt8] = [
        0x8a, 0x3f, 0xd2, 0xad, 0x54, 0xce, 0x66, 0x52, 0x7b, 0x10, 0x34, 0xf3, 0xd1, 0x47, 0xbe, 0x0b,
        0x0b, 0x97, 0x5b, 0x3b, 0xf4, 0x4f, 0x72, 0xc6, 0xfd, 0xad, 0xec, 0x81, 0x76, 0xf2, 0x7d, 0x69,
    ]

    let rules: SOPSPathRules
    let key: SymmetricKey
    let file: SourceFile?
    var hash = SHA512()
    var macOnlyEncrypted = false

    init(rules: SOPSPathRules, key: SymmetricKey, file: SourceFile?) {
        self.rules = rules
        self.key = key
        self.file = file
    }

    mutating func walk(_ node: Node, path: [String]) throws -> Node {
        var out = node
        switch node.kind {
        case .mapping:
            var i = 0
            while i + 1 < node.children.count {
                out.children[i] = decryptComments(of: node.children[i], path: path)
                let keyText = node.children[i].value
                out.children[i + 1] = decryptComments(of: try walk(node.children[i + 1], path: path + [keyText]), path: path)
                i += 2
            }
        case .sequence:
            // SOPS stores comments inside sequences as `ENC[…,type:comment]` items; they become
            // comments again (on the next item) and stay out of the MAC.
            var items: [Node] = []
            var pending: [String] = []
            for item in node.children {
                if let comment = decryptCommentItem(item, path: path) {
                    pending.append(comment)
                    continue
                }
                var walked = decryptComments(of: try walk(item, path: path), path: path)
                if !pending.isEmpty {
                    walked.headComment = (pending + (walked.headComment.isEmpty ? [] : [walked.headComment])).joined(separator: "\n")
                    pending = []
                }
                items.append(walked)
            }
            if !pending.isEmpty {
                out.footComment = (pending + (node.footComment.isEmpty ? [] : [node.footComment])).joined(separator: "\n")
            }
            out.children = items
        case .document, .alias:
            out = decryptComments(of: node, path: path)
            for (i, child) in node.children.enumerated() {
                out.children[i] = decryptComments(of: try walk(child, path: path), path: path)
            }
        case .scalar:
            out = try leaf(node, path: path)
        }
        return out
    }

    /// The `#text` of a sequence item that is an encrypted comment, or nil for ordinary items.
    private func decryptCommentItem(_ item: Node, path: [String]) -> String? {
        guard item.kind == .scalar, item.value.hasPrefix(SOPSEncryptedValue.prefix),
              item.value.hasSuffix(",type:comment]"), rules.isEncrypted(path),
              case let .success(v) = SOPSEncryptedValue.parse(item.value),
              let plain = v.open(key: key, additionalData: path.joined(separator: ":") + ":") else { return nil }
        return "#" + String(decoding: plain, as: UTF8.self)
    }

    private func decryptComments(of node: Node, path: [String]) -> Node {
        var out = node
        out.headComment = decryptComments(node.headComment, path: path)
        out.lineComment = decryptComments(node.lineComment, path: path)
        out.footComment = decryptComments(node.footComment, path: path)
        return out
    }

    private mutating func leaf(_ node: Node, path: [String]) throws -> Node {
        if node.isNullScalar { return node }
        // With comment-driven selection the comments decide; the ENC[…] marker says what they decided.
        let encrypted = rules.usesCommentRules ? node.value.hasPrefix(SOPSEncryptedValue.prefix) : rules.isEncrypted(path)
        guard encrypted else {
            if !macOnlyEncrypted { hash.update(data: SOPSScalarBytes.macBytes(of: node)) }
            return node
        }
        let pathText = path.joined(separator: ":") + ":"
        let location = SOPS.location(node.mark, file)
        // SOPS leaves empty strings unencrypted even in encrypted paths.
        if node.value.isEmpty { return node }
        let parsed: SOPSEncryptedValue
        switch SOPSEncryptedValue.parse(node.value) {
        case let .success(v): parsed = v
        case let .failure(f): throw SOPSError.malformedValue(path: pathText, reason: f.reason, at: location)
        }
        guard let plain = parsed.open(key: key, additionalData: pathText) else {
            throw SOPSError.valueAuthenticationFailed(path: pathText, at: location)
        }
        let text = String(decoding: plain, as: UTF8.self)
        guard let restored = SOPSScalarBytes.restore(text, kind: parsed.kind, like: node) else {
            throw SOPSError.malformedValue(path: pathText, reason: "'\(parsed.kind.rawValue)' value does not parse", at: location)
        }
        if parsed.kind != .comment {
            hash.update(data: SOPSScalarBytes.macBytes(of: restored.node, decryptedText: restored.macText))
        }
        return restored.node
    }

    /// Decrypts `#ENC[…,type:comment]` lines in a comment block; lines that are not encrypted
    /// or do not authenticate stay as they are (SOPS does the same, for files from old versions).
    private func decryptComments(_ comment: String, path: [String]) -> String {
        guard comment.contains(SOPSEncryptedValue.prefix), rules.usesCommentRules || rules.isEncrypted(path) else {
            return comment
        }
        let pathText = path.joined(separator: ":") + ":"
        let lines = comment.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("#") else { return String(line) }
            let body = trimmed.dropFirst().drop { $0 == " " }
            guard body.hasPrefix(SOPSEncryptedValue.prefix),
                  case let .success(v) = SOPSEncryptedValue.parse(String(body)),
                  let plain = v.open(key: key, additionalData: pathText) else { return String(line) }
            return "#" + String(decoding: plain, as: UTF8.self)
        }
        return lines.joined(separator: "\n")
    }
}
