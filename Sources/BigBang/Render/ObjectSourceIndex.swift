import FileSystem
import Flux
import YAML

/// Which repository file an object came from, for warnings and error locations: the YAML
/// files' SOPS-encrypted objects (or, given a kind, every object of that kind) indexed by
/// kind and name. Built only when a message needs it.
struct ObjectSourceIndex {
    private var files: [String: String] = [:]
    /// Index every object of `kind` instead of only SOPS-encrypted ones.
    private let kind: String?

    init(root: String, fileSystem: FileSystem, kind: String? = nil) {
        self.kind = kind
        walk(root, root: root, fs: fileSystem, depth: 0)
    }

    /// The file of `kind/name`; a generated object's name may carry kustomize's hash suffix.
    func file(kind: String, name: String) -> String? {
        if let exact = files["\(kind)/\(name)"] { return exact }
        let hashed = name.split(separator: "-")
        guard hashed.count > 1, let suffix = hashed.last, suffix.count == 10 else { return nil }
        return files["\(kind)/\(hashed.dropLast().joined(separator: "-"))"]
    }

    private mutating func walk(_ dir: String, root: String, fs: FileSystem, depth: Int) {
        guard depth < 12, let names = try? fs.listDirectory(dir) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = Path.join(dir, name)
            if fs.isDirectory(path) {
                walk(path, root: root, fs: fs, depth: depth + 1)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml"),
                      let bytes = try? fs.readFile(path), bytes.count < 4 << 20,
                      String(decoding: bytes, as: UTF8.self).contains(kind ?? "sops:"),
                      let docs = try? YAMLParser.parse(String(decoding: bytes, as: UTF8.self), path: path) {
                for doc in docs.map(\.resolved) where kind.map({ doc["kind"]?.value == $0 }) ?? SOPS.isEncrypted(doc) {
                    let key = "\(doc["kind"]?.value ?? "")/\(doc.lookup(["metadata", "name"])?.value ?? "")"
                    if files[key] == nil { files[key] = Path.relative(path, to: root) }
                }
            }
        }
    }
}
