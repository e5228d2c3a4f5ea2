import YAML

/// Secret values are never shown unless asked: `data` and `stringData` values become a
/// fixed mask (the keys stay visible, so a reader still sees what the Secret holds).
enum SecretMasking {
    static let mask = "*** (masked; --show-secrets to print)"

    static func isSecret(_ node: Node) -> Bool {
        node["kind"]?.value == "Secret" && (node["apiVersion"]?.value ?? "v1") == "v1"
    }

    static func masked(_ node: Node) -> Node {
        var copy = node
        for field in ["data", "stringData"] {
            guard let i = copy.valueIndex(forKey: field), copy.children[i].isMapping else { continue }
            var map = copy.children[i]
            for j in stride(from: 1, to: map.children.count, by: 2) {
                map.children[j] = .scalar(mask)
            }
            copy.children[i] = map
        }
        return copy
    }

    /// The document re-printed with masked values; a Helm `# Source:` line is kept.
    static func maskedText(of document: RenderedDocument) -> String {
        guard !document.text.isEmpty else { return "" }
        var prefix = ""
        if document.text.hasPrefix(HelmOutputSplitter.marker) {
            prefix = "---\n" + String(document.text.dropFirst(4).prefix { $0 != "\n" }) + "\n"
        } else if document.text.hasPrefix("---\n") {
            prefix = "---\n"
        }
        return prefix + KYAMLEmitter.emit(masked(document.node))
    }
}
