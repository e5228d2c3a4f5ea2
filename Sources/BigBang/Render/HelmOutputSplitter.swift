import Diagnostics
import YAML

/// Cuts `helm template` output into its documents, keeping each one's exact text (the
/// `---` line and `# Source:` comment included) next to its parsed node.
enum HelmOutputSplitter {
    static let marker = "---\n# Source: "

    static func documents(of output: String, origin: String) throws -> [RenderedDocument] {
        var chunks: [Substring] = []
        var rest = output[...]
        while let range = rest.range(of: "\n" + marker) {
            let end = rest.index(after: range.lowerBound)
            chunks.append(rest[..<end])
            rest = rest[end...]
        }
        if !rest.isEmpty { chunks.append(rest) }
        var documents: [RenderedDocument] = []
        for chunk in chunks {
            let text = String(chunk)
            let source = text.hasPrefix(marker)
                ? String(text.dropFirst(marker.count).prefix { $0 != "\n" }) : "template"
            let file = SourceFile(path: "\(origin): \(source)", text: text)
            let nodes = try YAMLParser.parse(file).map(\.resolved).filter { !$0.isNullScalar && !($0.isScalar && $0.value.isEmpty) }
            // A template yielding only comments still prints its `# Source:` block; keep the
            // text so the stream stays byte-identical.
            guard !nodes.isEmpty else {
                documents.append(RenderedDocument(node: .mapping(), origin: "\(origin): \(source)", text: text))
                continue
            }
            for (i, node) in nodes.enumerated() {
                documents.append(RenderedDocument(node: node, origin: "\(origin): \(source)", text: i == 0 ? text : ""))
            }
        }
        return documents
    }
}
