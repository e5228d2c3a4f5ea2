import FileSystem
import Flux
import Foundation
import YAML

/// Maps a composed value's origin (an object's data key and a line in it) back to the
/// repository file that holds that text: a file a generator read whole
/// (`values.yaml=configmap.yaml`), or a `values.yaml: |` block inside a manifest.
struct OriginLocator {
    private var wholeFiles: [String: String] = [:]
    private var blocks: [String: (path: String, line: Int)] = [:]
    let root: String

    init(root: String, fileSystem fs: FileSystem) {
        self.root = root
        walk(root, fs: fs, depth: 0)
    }

    /// `path:line` for line `line` (1-based) of `text`, or nil when no file holds it.
    func locate(text: String, line: Int?) -> String? {
        let offset = (line ?? 1) - 1
        if let path = wholeFiles[text] { return "\(path):\(offset + 1)" }
        let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
        if let block = blocks[text] ?? blocks[trimmed] { return "\(block.path):\(block.line + offset)" }
        return nil
    }

    private mutating func walk(_ dir: String, fs: FileSystem, depth: Int) {
        guard depth < 12, let names = try? fs.listDirectory(dir) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = Path.join(dir, name)
            if fs.isDirectory(path) { walk(path, fs: fs, depth: depth + 1); continue }
            guard let bytes = try? fs.readFile(path), bytes.count < 2 << 20 else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            let relative = Path.relative(path, to: root)
            if wholeFiles[text] == nil { wholeFiles[text] = relative }
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml"), text.contains("values"),
                  let docs = try? YAMLParser.parse(text, path: path) else { continue }
            for doc in docs.map(\.resolved) {
                for field in ["data", "stringData"] {
                    guard let data = doc[field]?.resolved, data.isMapping else { continue }
                    for (_, value) in data.pairs where value.isScalar {
                        // A block scalar's text starts on the line after its indicator.
                        let first = value.style.contains(.literal) || value.style.contains(.folded)
                            ? value.mark.line + 1 : value.mark.line
                        if blocks[value.value] == nil { blocks[value.value] = (relative, first) }
                    }
                }
            }
        }
    }
}

/// The text of `key` in a rendered ConfigMap or Secret named by an origin's `Kind/ns/name`.
enum OriginText {
    static func text(source: String, key: String, in documents: [RenderedDocument]) -> String? {
        let parts = source.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, let kind = parts.first, let name = parts.last else { return nil }
        let namespace = parts.count == 3 ? parts[1] : nil
        guard let doc = documents.first(where: {
            $0.kind == kind && $0.name == name && (namespace == nil || ($0.namespace ?? "") == namespace)
        }) else { return nil }
        if let s = doc.node.lookup(["stringData", key]), s.isScalar { return s.value }
        if let d = doc.node.lookup(["data", key]), d.isScalar {
            if kind == "Secret" {
                return Data(base64Encoded: d.value).map { String(decoding: $0, as: UTF8.self) }
            }
            return d.value
        }
        return nil
    }
}
