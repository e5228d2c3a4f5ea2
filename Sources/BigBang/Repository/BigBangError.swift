import Diagnostics

/// Errors of the workflow library: repository layout, configuration and environment lookup.
/// Engine errors (kustomize, Helm, Flux, YAML) pass through unchanged.
public enum BigBangError: Error, DiagnosticConvertible, Equatable {
    /// A `.bbctl.yaml` setting of the wrong shape.
    case invalidConfig(String, at: SourceLocation?)
    /// An environment name that is neither configured nor a directory.
    case unknownEnvironment(String, known: [String])
    /// A render-stage failure that names the object it was working on.
    case render(String, at: SourceLocation?)
    /// A combination of inputs a command cannot act on (`diff` with nothing to compare).
    case invalidRequest(String)

    public var message: String {
        switch self {
        case .invalidConfig(let text, _): return text
        case .unknownEnvironment(let name, let known):
            let list = known.isEmpty ? "none found" : known.joined(separator: ", ")
            return "unknown environment \"\(name)\" (environments: \(list))"
        case .render(let text, _): return text
        case .invalidRequest(let text): return text
        }
    }

    public var diagnostic: Diagnostic {
        switch self {
        case .invalidConfig(_, let at), .render(_, let at): return Diagnostic(.error, message, at: at)
        case .unknownEnvironment, .invalidRequest: return Diagnostic(.error, message, at: nil)
        }
    }
}
