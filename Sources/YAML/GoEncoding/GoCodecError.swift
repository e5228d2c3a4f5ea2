import Diagnostics

/// Errors of the Go-compatible codecs. Each keeps the exact text the Go library would print
/// (`goMessage`, what Helm shows) next to a located diagnostic for our own rendering.
public enum GoCodecError: Error, Hashable, Sendable, DiagnosticConvertible, CustomStringConvertible {
    /// encoding/json refused a value (`json: unsupported value: NaN`).
    case unsupportedValue(String)
    /// encoding/json could not read its input (`invalid character 'x' looking for beginning of value`).
    case jsonSyntax(message: String, offset: Int)
    /// The decoded JSON did not fit the Go type asked for
    /// (`json: cannot unmarshal string into Go value of type map[string]interface {}`).
    case jsonType(found: String, goType: String, offset: Int)
    /// sigs.k8s.io/yaml failed; `goMessage` is its full text, `location` where the YAML went wrong.
    case yaml(goMessage: String, problem: String, location: SourceLocation?)
    /// BurntSushi/toml refused a value (`toml: cannot encode array with nil element`).
    case toml(String)

    /// The message exactly as the Go library formats it.
    public var goMessage: String {
        switch self {
        case .unsupportedValue(let v): return "json: unsupported value: \(v)"
        case .jsonSyntax(let m, _): return m
        case .jsonType(let found, let type, _): return "json: cannot unmarshal \(found) into Go value of type \(type)"
        case .yaml(let m, _, _): return m
        case .toml(let m): return m
        }
    }

    public var description: String { goMessage }

    public var diagnostic: Diagnostic {
        switch self {
        case .yaml(_, let problem, let location): return .error(problem, at: location)
        default: return .error(goMessage)
        }
    }
}

/// Bounds shared by the codecs: recursion over nested values stops with an error here instead
/// of exhausting the stack.
enum GoCodecLimits {
    static let maxDepth = 1000
    /// Nodes a YAML document may decode to once aliases are involved.
    static let maxAliasedNodes = 1_000_000
}
