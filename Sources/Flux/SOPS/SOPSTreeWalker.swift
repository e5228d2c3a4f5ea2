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
                out.children[i].headComment = decryptComments(node.children[i].headComment, path: path)
                let keyText = node.children[i].value
                out.children[i + 1] = try walk(node.children[i + 1], path: path + [keyText])
                i += 2
            }
        case .sequence:
            for (i, item) in node.children.enumerated() {
                out.children[i] = try walk(item, path: path)
                out.children[i].headComment = decryptComments(item.headComment, path: path)
            }
        case .document, .alias:
            for (i, child) in node.children.enumerated() { out.children[i] = try walk(child, path: path) }
        case .scalar:
            out = try leaf(node, path: path)
        }
        return out
    }

    private mutating func leaf(_ node: Node, path: [String]) throws -> Node {
        if node.isNullScalar { return node }
        let encrypted = rules.isEncrypted(path)
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
        hash.update(data: SOPSScalarBytes.macBytes(of: restored.node, decryptedText: restored.macText))
        return restored.node
    }

    /// Decrypts `#ENC[…,type:comment]` lines in a comment block; lines that are not encrypted
    /// or do not authenticate stay as they are (SOPS does the same, for files from old versions).
    private func decryptComments(_ comment: String, path: [String]) -> String {
        guard comment.contains(SOPSEncryptedValue.prefix), rules.isEncrypted(path) else { return comment }
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
