import Diagnostics
import FileSystem
import Flux
import YAML

/// kustomize-controller's SOPS step: every built object with a `sops:` block is decrypted
/// in memory; without a key its values become visible placeholders and a warning names the
/// file, so the render goes on. Plaintext never reaches the disk.
struct SecretDecryption: Sendable {
    let decryptor: SOPSDecryptor
    let repositoryRoot: String
    let fileSystem: FileSystem

    /// Secrets' placeholders are YAML comments: a `values.yaml` key still parses (as no
    /// values), so the HelmRelease reading it composes what it can.
    static let secretPlaceholder = "# " + SOPS.defaultPlaceholder

    func process(_ nodes: [Node], warnings: inout [Diagnostic]) throws -> [Node] {
        guard nodes.contains(where: SOPS.isEncrypted) else { return nodes }
        var sources: ObjectSourceIndex?
        return try nodes.map { node in
            guard SOPS.isEncrypted(node) else { return node }
            let kind = node["kind"]?.value ?? "object"
            let name = node.lookup(["metadata", "name"])?.value ?? ""
            do {
                return try decryptor.decrypt(node, file: nil)
            } catch SOPSError.macMismatch {
                // kustomize merged the encrypted file into another object (a Secret patch
                // over a generated Secret), so the built object's MAC cannot match: decrypt
                // the file itself (its MAC checked) and take its values.
                if sources == nil { sources = ObjectSourceIndex(root: repositoryRoot, fileSystem: fileSystem) }
                guard let relative = sources?.file(kind: kind, name: name) else { throw SOPSError.macMismatch(at: nil) }
                return try decryptFromSource(node, file: Path.join(repositoryRoot, relative), kind: kind, name: name)
            } catch let error as SOPSError {
                if sources == nil { sources = ObjectSourceIndex(root: repositoryRoot, fileSystem: fileSystem) }
                let file = sources?.file(kind: kind, name: name)
                let reason = error.diagnostic.message
                warnings.append(.warning(
                    "\(kind) \(name) is SOPS-encrypted and cannot be decrypted (\(reason)); its values are shown as placeholders",
                    at: file.map { SourceLocation(path: $0, line: 1, column: 1) }))
                return kind == "Secret" ? placeholderSecret(node) : SOPS.placeholder(node)
            }
        }
    }

    private func decryptFromSource(_ built: Node, file: String, kind: String, name: String) throws -> Node {
        let source = try fileSystem.sourceFile(file)
        let docs = try YAMLParser.parse(source).map(\.resolved)
        guard let encrypted = docs.first(where: {
            guard SOPS.isEncrypted($0), $0["kind"]?.value == kind, let own = $0.lookup(["metadata", "name"])?.value else { return false }
            return own == name || name.hasPrefix(own + "-")
        }) else { throw SOPSError.macMismatch(at: nil) }
        let plain = try decryptor.decrypt(encrypted, file: source)
        var out = Self.replaceEncrypted(in: built, from: plain)
        if let i = out.valueIndex(forKey: "sops") { out.children.removeSubrange((i - 1)...i) }
        return out
    }

    /// Every `ENC[…]` leaf of `node` replaced by the value at the same path in `plain`.
    static func replaceEncrypted(in node: Node, from plain: Node?, depth: Int = 0) -> Node {
        guard depth < 200 else { return node }
        var out = node
        switch node.kind {
        case .scalar where node.value.hasPrefix("ENC[AES256_GCM,"):
            if let plain, plain.isScalar { out = plain }
        case .mapping:
            for i in stride(from: 1, to: out.children.count, by: 2) {
                let key = out.children[i - 1].value
                out.children[i] = replaceEncrypted(in: out.children[i], from: plain?.resolved[key], depth: depth + 1)
            }
        case .sequence:
            for i in out.children.indices {
                let item = plain.flatMap { $0.resolved.children.indices.contains(i) ? $0.resolved.children[i] : nil }
                out.children[i] = replaceEncrypted(in: out.children[i], from: item, depth: depth + 1)
            }
        default:
            break
        }
        return out
    }

    /// A Secret's encrypted `data` (base64 once decrypted) and `stringData` become
    /// `stringData` placeholders, which stay valid for anything reading the Secret.
    private func placeholderSecret(_ node: Node) -> Node {
        var out = SOPS.placeholder(node, text: Self.secretPlaceholder)
        var keys: [Node] = []
        for field in ["data", "stringData"] {
            guard let i = out.valueIndex(forKey: field) else { continue }
            for (key, _) in out.children[i].resolved.pairs {
                keys.append(key)
                keys.append(.scalar(Self.secretPlaceholder, style: .doubleQuoted))
            }
            out.children.removeSubrange((i - 1)...i)
        }
        if !keys.isEmpty {
            var map = Node.mapping()
            map.children = keys
            out.children.append(.scalar("stringData"))
            out.children.append(map)
        }
        return out
    }
}
