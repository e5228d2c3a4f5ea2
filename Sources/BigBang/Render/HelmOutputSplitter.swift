import Diagnostics
import YAML

/// Cuts `helm template` output into its documents, keeping each one's exact text (the
/// `---` line and `# Source:` comment included) next to its parsed node.
enum HelmOutputSplitter {
    static let marker = "---\n# Source: "

    static func documents(of output: String, origin: String) throws -> [RenderedDocument] {
        // Parsing the documents is most of the cost (Big Bang: ~10k lines): all cores at once.
        var documents: [RenderedDocument] = []
        for result in Concurrently.map(split(output), { try parse($0, origin: origin) }) { documents += try result.get() }
        return documents
    }

    /// The output cut before every `\n---\n# Source: ` (searched on UTF-8 bytes).
    static func split(_ output: String) -> [String] {
        let bytes = Array(output.utf8)
        let needle = Array(("\n" + marker).utf8)
        var chunks: [String] = []
        var start = 0
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) {
                chunks.append(String(decoding: bytes[start...i], as: UTF8.self))
                start = i + 1
                i += needle.count
            } else {
                i += 1
            }
        }
        if start < bytes.count { chunks.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return chunks
    }

    private static func parse(_ text: String, origin: String) throws -> [RenderedDocument] {
        let source = text.hasPrefix(marker)
            ? String(text.dropFirst(marker.count).prefix { $0 != "\n" }) : "template"
        let file = SourceFile(path: "\(origin): \(source)", text: text)
        let nodes = try YAMLParser.parse(file).map(\.resolved).filter { !$0.isNullScalar && !($0.isScalar && $0.value.isEmpty) }
        // A template yielding only comments still prints its `# Source:` block; keep the
        // text so the stream stays byte-identical.
        guard !nodes.isEmpty else {
            return [RenderedDocument(node: .mapping(), origin: "\(origin): \(source)", text: text)]
        }
        return nodes.enumerated().map { i, node in
            RenderedDocument(node: node, origin: "\(origin): \(source)", text: i == 0 ? text : "")
        }
    }
}
