import YAML

/// A mapping decoded from YAML or JSON, immutable, that maps built from it share until they
/// are first used (`TemplateMap(decoded:)`). Helm's `fromYaml` of the same text hands every
/// call a fresh map over the same document, so what is worked out about the document once
/// (its `toYaml` text) serves them all.
public final class DecodedMapping: @unchecked Sendable {
    public let entries: [String: YAML.Value]
    /// `toYaml`'s text for this document, once it has been asked for. Only maps still pending
    /// reach the document, so the text is exactly what encoding them would give.
    public var encodedYAML: String?

    public init(_ entries: [String: YAML.Value]) { self.entries = entries }

    /// The template entries: scalars and lists converted, nested mappings left pending.
    func templateEntries() -> [String: TemplateValue] {
        // mapValues keeps the hash layout: no key is hashed again.
        entries.mapValues(TemplateValue.decoded)
    }
}

extension TemplateValue {
    /// Template data for a decoded document whose mappings are built only when used (what
    /// `fromYaml` and `fromJson` return). Go decodes numbers as `float64`, as `init(_:)` does.
    public static func decoded(_ value: YAML.Value) -> TemplateValue {
        switch value {
        case .map(let m): return .map(TemplateMap(decoded: DecodedMapping(m)))
        case .list(let items): return .list(items.map(decoded), .interfaces)
        default: return TemplateValue(value)
        }
    }
}
