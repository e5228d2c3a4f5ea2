import Diagnostics
import FileSystem
import Foundation
import YAML

/// `.sops.yaml`: the creation rules `sops --encrypt` picks from, first match wins (SOPS
/// `config.parseCreationRuleForFile`).
public struct SOPSConfig: Sendable {
    public static let fileName = ".sops.yaml"

    /// The config file's path; rule paths are matched relative to its directory.
    public var path: String
    public var creationRules: [SOPSCreationRule]

    public init(path: String, creationRules: [SOPSCreationRule]) {
        self.path = path
        self.creationRules = creationRules
    }

    /// Reads `<repoRoot>/.sops.yaml`; nil when the repository has none.
    public static func load(repoRoot: String, fileSystem: FileSystem = DiskFileSystem()) throws -> SOPSConfig? {
        let path = Path.join(repoRoot, fileName)
        guard fileSystem.exists(path) else { return nil }
        return try parse(SourceFile(path: path, bytes: try fileSystem.readFile(path)))
    }

    public static func parse(_ file: SourceFile) throws -> SOPSConfig {
        let root = try YAMLParser.parse(file).first?.resolved ?? .mapping()
        let here = { (node: Node) in SOPS.location(node.mark, file) }
        guard root.kind == .mapping || root.isNullScalar else {
            throw SOPSError.invalidConfig("the file is not a mapping", at: here(root))
        }
        var rules: [SOPSCreationRule] = []
        if let list = root["creation_rules"]?.resolved, !list.isNullScalar {
            guard list.kind == .sequence else {
                throw SOPSError.invalidConfig("creation_rules is not a list", at: here(list))
            }
            for item in list.children.map(\.resolved) {
                guard item.kind == .mapping else { throw SOPSError.invalidConfig("a creation rule is not a mapping", at: here(item)) }
                rules.append(try rule(item, here))
            }
        }
        return SOPSConfig(path: file.path, creationRules: rules)
    }

    /// The first rule whose `path_regex` matches `path` (relative to the config's directory,
    /// or absolute under it), with SOPS's defaults applied.
    public func creationRule(for path: String) throws -> SOPSCreationRule {
        let dir = Path.dirname(self.path)
        var relative = path
        if path.hasPrefix("/"), Path.isWithin(path, dir) { relative = Path.relative(path, to: dir) }
        for rule in creationRules {
            if rule.pathRegex.isEmpty { return try rule.effective() }
            let re: NSRegularExpression
            do { re = try NSRegularExpression(pattern: rule.pathRegex) } catch {
                throw SOPSError.invalidConfig("path_regex '\(rule.pathRegex)' is not a valid regular expression", at: rule.location)
            }
            if re.firstMatch(in: relative, range: NSRange(relative.startIndex..., in: relative)) != nil {
                return try rule.effective()
            }
        }
        throw SOPSError.invalidConfig("no creation rule matches '\(relative)'", at: SourceLocation(path: self.path, line: 0, column: 0))
    }

    private static func rule(_ item: Node, _ here: (Node) -> SourceLocation?) throws -> SOPSCreationRule {
        func text(_ key: String) throws -> String {
            guard let n = item[key]?.resolved, !n.isNullScalar else { return "" }
            guard n.kind == .scalar else { throw SOPSError.invalidConfig("\(key) is not a string", at: here(n)) }
            return n.value
        }
        /// `age: "a,b"` or `age: [a, b]` (SOPS `parseKeyField`).
        func keys(_ node: Node?, _ key: String) throws -> [String] {
            guard let n = node?.resolved, !n.isNullScalar else { return [] }
            switch n.kind {
            case .scalar:
                return n.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case .sequence:
                return try n.children.map(\.resolved).map { c in
                    guard c.kind == .scalar else { throw SOPSError.invalidConfig("\(key) lists a non-string", at: here(c)) }
                    return c.value.trimmingCharacters(in: .whitespaces)
                }
            default:
                throw SOPSError.invalidConfig("\(key) is neither a string nor a list", at: here(n))
            }
        }
        var age = try keys(item["age"], "age")
        var pgp = try keys(item["pgp"], "pgp")
        if let groups = item["key_groups"]?.resolved, groups.kind == .sequence, !groups.children.isEmpty {
            // Several groups mean Shamir secret sharing, which needs every group's share.
            guard groups.children.count == 1 else {
                throw SOPSError.invalidConfig("Shamir key_groups (more than one group) are not supported", at: here(groups))
            }
            func collect(_ group: Node) throws {
                let group = group.resolved
                for sub in group["merge"]?.resolved.children ?? [] { try collect(sub) }
                age += try keys(group["age"], "age")
                pgp += try keys(group["pgp"], "pgp")
            }
            try collect(groups.children[0])
        }
        return SOPSCreationRule(
            pathRegex: try text("path_regex"), ageRecipients: age, pgpFingerprints: pgp,
            unencryptedSuffix: try text("unencrypted_suffix"), encryptedSuffix: try text("encrypted_suffix"),
            unencryptedRegex: try text("unencrypted_regex"), encryptedRegex: try text("encrypted_regex"),
            unencryptedCommentRegex: try text("unencrypted_comment_regex"),
            encryptedCommentRegex: try text("encrypted_comment_regex"),
            macOnlyEncrypted: try text("mac_only_encrypted") == "true", location: here(item))
    }
}
