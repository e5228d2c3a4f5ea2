/// Bounds applied while reading YAML, so hostile input fails fast with a clear error instead of
/// exhausting memory or the stack.
public struct YAMLLimits: Hashable, Sendable {
    /// Largest input accepted, in bytes.
    public var maxInputBytes: Int
    /// Deepest nesting of collections (documents count as one level).
    public var maxDepth: Int
    /// Most nodes the tree may hold once every alias is counted as a copy of its target
    /// (a "billion laughs" document exceeds this after a few levels).
    public var maxAliasExpansion: Int

    public init(maxInputBytes: Int = 256 << 20, maxDepth: Int = 1_000, maxAliasExpansion: Int = 1_000_000) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let `default` = YAMLLimits()
}
