import YAML
public enum ReplacementTransformer {
    public static func apply(_ replacements: [Node], to resources: inout [Node]) throws {
        throw KustomizeError.message("replacements not supported yet")
    }
}
