/// Where a change is inside an object: mapping keys, list positions, named list items and
/// the step into a YAML document held in a string (`data.values.yaml › istio.enabled`).
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    public enum Segment: Hashable, Sendable {
        case key(String)
        case index(Int)
        /// A list item matched by its `name` field.
        case named(String)
        /// Into the YAML document a multi-line string holds.
        case embedded
    }

    public var segments: [Segment]

    public init(_ segments: [Segment] = []) { self.segments = segments }

    func appending(_ segment: Segment) -> FieldPath { FieldPath(segments + [segment]) }

    public var isEmpty: Bool { segments.isEmpty }

    /// `spec.template.spec.containers[name=app].image`, `args[2]`,
    /// `data.values.yaml › istio.enabled`. Keys print as written: a path is for reading.
    public var description: String {
        var out = ""
        var atStart = true
        for segment in segments {
            switch segment {
            case .key(let key):
                if !atStart { out += "." }
                out += key
            case .index(let i):
                out += "[\(i)]"
            case .named(let name):
                out += "[name=\(name)]"
            case .embedded:
                out += " › "
                atStart = true
                continue
            }
            atStart = false
        }
        return out
    }
}
