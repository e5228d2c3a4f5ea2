/// Settings that Go keeps on a template (`Option("missingkey=…")`, `Delims`).
public struct TemplateOptions: Sendable, Hashable {
    /// Go's `missingkey` option: what `.missing` yields on a map.
    public enum MissingKey: Sendable, Hashable {
        /// `missingkey=default` / `invalid`: the missing value, printed `<no value>`.
        case invalid
        /// `missingkey=zero`: the map's zero value (nil for `map[string]interface{}`, so it
        /// prints `<no value>` too — Helm replaces that text afterwards).
        case zero
        /// `missingkey=error`: `map has no entry for key "x"`.
        case error
    }

    public var missingKey: MissingKey
    public var leftDelimiter: String
    public var rightDelimiter: String
    /// Go's `maxExecDepth`: nested `template` calls before `exceeded maximum template depth`.
    public var maxExecDepth: Int
    /// Seeds Sprig's random functions (randAlphaNum, uuidv4, …) per template name, so the same
    /// inputs render the same bytes (renders compared by diff); nil for system randomness.
    public var randomSeed: UInt64? = nil

    public init(missingKey: MissingKey = .invalid, leftDelimiter: String = "{{", rightDelimiter: String = "}}",
                maxExecDepth: Int = 100_000) {
        self.missingKey = missingKey
        self.leftDelimiter = leftDelimiter
        self.rightDelimiter = rightDelimiter
        self.maxExecDepth = maxExecDepth
    }
}
