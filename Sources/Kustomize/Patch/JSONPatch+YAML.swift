import Diagnostics
import YAML

extension JSONPatch {
    /// The first YAML document of a patch file; kustomize ignores the rest, and an empty
    /// file is an empty patch.
    static func parseFirstYAMLDocument(_ file: SourceFile) throws -> Node {
        guard let first = try YAMLParser.parse(file).first else { return .sequence() }
        let root = first.resolved
        return root.isNullScalar ? .sequence() : root
    }
}
