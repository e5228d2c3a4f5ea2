import YAML

/// Parsing helpers for the patch tests, over the YAML module's parser.
enum TestYAML {
    static func parse(_ text: String) -> Node { parseAll(text).first ?? .null }

    static func parseAll(_ text: String) -> [Node] {
        ((try? YAMLParser.parse(text, path: "test.yaml")) ?? []).map(\.resolved)
    }
}
