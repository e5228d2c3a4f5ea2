import Crypto
import Diagnostics
import Foundation
import YAML

/// Encrypts YAML documents in process the way `sops --encrypt` does for age recipients: a new
/// 32-byte data key wrapped for every recipient, each selected value sealed with AES-256-GCM
/// (its tree path as additional data), a SHA-512 MAC over the plaintext values encrypted with
/// the `lastmodified` time, and the `sops:` block appended to every document.
public struct SOPSEncryptor: Sendable {
    /// The `version` written into the metadata: the SOPS release whose format this follows.
    public static let formatVersion = "3.11.0"

    /// Recipients and selection (suffix / regex / comment rules).
    public var rule: SOPSCreationRule
    /// The `lastmodified` time; now when nil.
    public var lastModified: Date?

    /// Encrypts for `recipients` with SOPS's default selection (everything but `*_unencrypted`).
    public init(recipients: [String]) {
        self.init(rule: SOPSCreationRule(ageRecipients: recipients))
    }

    public init(rule: SOPSCreationRule, lastModified: Date? = nil) {
        self.rule = rule
        self.lastModified = lastModified
    }

    /// Encrypts as `sops --encrypt PATH` would in a repository with this `.sops.yaml`: the
    /// first creation rule whose `path_regex` matches gives recipients and selection.
    public init(config: SOPSConfig, path: String, lastModified: Date? = nil) throws {
        self.init(rule: try config.creationRule(for: path), lastModified: lastModified)
    }

    /// One encrypted document (a mapping or a document node holding one).
    public func encrypt(_ root: Node, file: SourceFile? = nil) throws -> Node {
        try encryptStream([root], file: file).first ?? root
    }

    /// Encrypts every document of a multi-document file under one data key and one MAC, the
    /// way SOPS treats a YAML stream (each document gets the same `sops` block).
    /// `file` (the plaintext the nodes were parsed from) locates errors.
    public func encryptStream(_ documents: [Node], file: SourceFile? = nil) throws -> [Node] {
        let rule = try self.rule.effective()
        guard rule.pgpFingerprints.isEmpty || !rule.ageRecipients.isEmpty else {
            throw SOPSError.invalidRecipient(rule.pgpFingerprints.joined(separator: ","),
                                             reason: "only age recipients can be encrypted to in process (the rule lists PGP keys only)")
        }
        guard !rule.ageRecipients.isEmpty else {
            throw SOPSError.invalidRecipient("", reason: "no age recipients to encrypt for")
        }
        for document in documents {
            if let metadata = SOPS.isEncrypted(document) ? SOPSMetadata(document) : nil {
                throw SOPSError.malformedMetadata("the document is already encrypted", at: SOPS.location(metadata.mark, file))
            }
        }
        let dataKey = SecureBytes.random(32)
        var walker = try SOPSEncryptWalker(rule: rule, key: SymmetricKey(data: dataKey))
        var branches: [[SOPSTree.Item]] = []
        for document in documents {
            branches.append(try walker.branch(try SOPSTree.document(document, file: file), path: [], comments: []))
        }
        let stamp = Self.rfc3339(lastModified ?? Date())
        let mac = try SOPSEncryptedValue.seal(Array(walker.mac().utf8), kind: .str, key: SymmetricKey(data: dataKey),
                                              additionalData: stamp)
        var age: [SOPSMetadata.AgeKey] = []
        for recipient in rule.ageRecipients {
            age.append(SOPSMetadata.AgeKey(recipient: recipient,
                                           enc: try AgeFile.encryptArmored(dataKey, recipients: [recipient])))
        }
        let block = Self.metadataNode(rule: rule, age: age, lastModified: stamp, mac: mac)
        return branches.map { items in
            Node(kind: .document, children: [SOPSTree.mappingNode(items + [SOPSTree.Item(key: .scalar("sops"), comment: nil, value: .mapping(block))])])
        }
    }

    /// Parses YAML text, encrypts it and prints it as SOPS does (4-space indentation).
    public func encrypt(text: String, path: String = "<input>") throws -> String {
        let file = SourceFile(path: path, text: text)
        let documents = Self.withTrailingComments(try YAMLParser.parse(file), in: file)
        return YAMLv3Emitter.emit(try encryptStream(documents, file: file), indent: 4)
    }

    /// Comment lines after a document's last value (up to the next `---`), which the parser
    /// does not attach to any node, as the document's foot comment: SOPS keeps (and encrypts)
    /// them too.
    static func withTrailingComments(_ documents: [Node], in file: SourceFile) -> [Node] {
        let bytes = file.bytes
        return documents.map { document in
            guard document.kind == .document else { return document }
            var start = lastValueEnd(document)
            guard start > 0, start <= bytes.count else { return document }
            while start < bytes.count, bytes[start - 1] != 0x0A { start += 1 }  // the rest of that line is its own
            var lines: [String] = []
            var lineStart = start
            while lineStart < bytes.count {
                var end = lineStart
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let line = String(decoding: bytes[lineStart..<end], as: UTF8.self)
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if trimmed.hasPrefix("---") || trimmed.hasPrefix("...") { break }
                if trimmed.hasPrefix("#") { lines.append(String(trimmed)) }
                lineStart = end + 1
            }
            guard !lines.isEmpty else { return document }
            var out = document
            let foot = lines.joined(separator: "\n")
            out.footComment = out.footComment.isEmpty ? foot : out.footComment + "\n" + foot
            return out
        }
    }

    /// Where the last scalar of a tree ends (a byte offset), or 0 for none.
    private static func lastValueEnd(_ node: Node) -> Int {
        if node.kind == .scalar || node.kind == .alias { return node.endMark.offset }
        return node.children.map(lastValueEnd).max() ?? 0
    }

    /// SOPS's `time.RFC3339` in UTC: `2006-01-02T15:04:05Z`.
    static func rfc3339(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }

    /// The `sops` mapping in SOPS's field order (`stores.metadata`): age, lastmodified, mac,
    /// then the selection rule that was used and the version.
    static func metadataNode(rule: SOPSCreationRule, age: [SOPSMetadata.AgeKey], lastModified: String, mac: String) -> [SOPSTree.Item] {
        func item(_ key: String, _ value: Node) -> SOPSTree.Item {
            SOPSTree.Item(key: .scalar(key), comment: nil, value: .scalar(value))
        }
        var items: [SOPSTree.Item] = []
        let ageList = age.map { key in
            SOPSTree.mapping([item("recipient", .scalar(key.recipient)), item("enc", .scalar(key.enc, style: .literal))])
        }
        items.append(SOPSTree.Item(key: .scalar("age"), comment: nil, value: .sequence(ageList)))
        items.append(item("lastmodified", .scalar(lastModified, style: .doubleQuoted)))
        items.append(item("mac", .scalar(mac)))
        for (name, value) in [("unencrypted_suffix", rule.unencryptedSuffix), ("encrypted_suffix", rule.encryptedSuffix),
                              ("unencrypted_regex", rule.unencryptedRegex), ("encrypted_regex", rule.encryptedRegex),
                              ("unencrypted_comment_regex", rule.unencryptedCommentRegex),
                              ("encrypted_comment_regex", rule.encryptedCommentRegex)] where !value.isEmpty {
            items.append(item(name, .scalar(value)))
        }
        if rule.macOnlyEncrypted { items.append(item("mac_only_encrypted", .scalar("true", tag: "!!bool"))) }
        items.append(item("version", .scalar(formatVersion)))
        return items
    }
}
