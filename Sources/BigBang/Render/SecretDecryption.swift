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
        var sources: EncryptedSourceIndex?
        return try nodes.map { node in
            guard SOPS.isEncrypted(node) else { return node }
            do {
                return try decryptor.decrypt(node, file: nil)
            } catch let error as SOPSError {
                if case .macMismatch = error { throw error }
                if sources == nil { sources = EncryptedSourceIndex(root: repositoryRoot, fileSystem: fileSystem) }
                let kind = node["kind"]?.value ?? "object"
                let name = node.lookup(["metadata", "name"])?.value ?? ""
                let file = sources?.file(kind: kind, name: name)
                let reason = error.diagnostic.message
                warnings.append(.warning(
                    "\(kind) \(name) is SOPS-encrypted and cannot be decrypted (\(reason)); its values are shown as placeholders",
                    at: file.map { SourceLocation(path: $0, line: 1, column: 1) }))
                return kind == "Secret" ? placeholderSecret(node) : SOPS.placeholder(node)
            }
        }
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

/// Which repository file an encrypted object came from, for warnings: the YAML files with a
/// `sops:` block, indexed by kind and name. Built only when a key is missing.
struct EncryptedSourceIndex {
    private var files: [String: String] = [:]

    init(root: String, fileSystem: FileSystem) {
        walk(root, root: root, fs: fileSystem, depth: 0)
    }

    func file(kind: String, name: String) -> String? { files["\(kind)/\(name)"] }

    private mutating func walk(_ dir: String, root: String, fs: FileSystem, depth: Int) {
        guard depth < 12, let names = try? fs.listDirectory(dir) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = Path.join(dir, name)
            if fs.isDirectory(path) {
                walk(path, root: root, fs: fs, depth: depth + 1)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml"),
                      let bytes = try? fs.readFile(path), bytes.count < 4 << 20,
                      String(decoding: bytes, as: UTF8.self).contains("sops:"),
                      let docs = try? YAMLParser.parse(String(decoding: bytes, as: UTF8.self), path: path) {
                for doc in docs.map(\.resolved) where SOPS.isEncrypted(doc) {
                    let key = "\(doc["kind"]?.value ?? "")/\(doc.lookup(["metadata", "name"])?.value ?? "")"
                    if files[key] == nil { files[key] = Path.relative(path, to: root) }
                }
            }
        }
    }
}
