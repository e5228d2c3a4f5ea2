import Diagnostics
import YAML

extension JSONPatch {
    /// The first YAML document of a patch file (kustomize ignores the rest).
    static func parseFirstYAMLDocument(_ file: SourceFile) throws -> Node {
        // Waits for the YAML module's parser (YAMLParser.parse), merged from main.
        throw PatchError("YAML JSON patches need the YAML parser", at: Node.Mark(line: 1, column: 1), file: file)
    }
}
