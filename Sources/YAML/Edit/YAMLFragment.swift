/// A value to write into a file by `YAMLTextEditor`: a node, and — when it was read from
/// another file — the bytes its marks point into, so block collections are copied with their
/// comments, quoting and layout instead of being re-rendered.
public struct YAMLFragment: Sendable {
    public var node: Node
    /// The source `node`'s marks refer to; nil for built nodes.
    public var source: [UInt8]?
    /// The indentation of the key that held `node` in `source`, so a copied block keeps its
    /// indentation relative to its key (two spaces, or zero for an indentless sequence).
    public var keyIndent: Int?
    /// The comment lines right above the key in `source` (trimmed, each starting with `#`),
    /// written above the key when it is added to another file.
    public var comment: [String] = []

    public init(node: Node, source: [UInt8]? = nil, keyIndent: Int? = nil) {
        self.node = node
        self.source = source
        self.keyIndent = keyIndent
    }

    /// A fragment for a built value (rendered the way Helm's `toYaml` writes it).
    public init(value: Value) {
        self.init(node: Self.node(for: value))
    }

    public var value: Value { node.decodedValue }

    /// A node holding `value` with the tags a parse of its YAML spelling would give.
    static func node(for value: Value) -> Node {
        switch value {
        case .null: return .null
        case .bool(let b): return .scalar(b ? "true" : "false", tag: "!!bool")
        case .int(let i): return .scalar(String(i), tag: "!!int")
        case .float(let f): return .scalar(SigsYAMLEncoder.yamlNumber(f), tag: "!!float")
        case .string(let s): return .scalar(s, tag: "!!str")
        case .list(let items): return .sequence(items.map(node(for:)))
        case .map(let m):
            return .mapping(SigsYAMLEncoder.sortedPairs(m).map { ($0.key, node(for: $0.value)) })
        }
    }
}
