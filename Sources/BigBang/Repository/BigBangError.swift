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
    /// Promotion cannot go ahead: no version to promote, conflicts, a failed write.
    case promotion(String, at: SourceLocation?)
    /// TO's files have changes not yet committed; promote would mix them with its own.
    case uncommittedChanges(environment: String, paths: [String])
    /// `bbctl init`: a bad option, a directory it must not write into, or a failed write
    /// (after which the directory is as it was).
    case scaffold(String)
    /// A command-line request that cannot be served (diff without two sides, a bad ref, …).
    case invalidRequest(String)

    public var message: String {
        switch self {
        case .invalidConfig(let text, _): return text
        case .unknownEnvironment(let name, let known):
            let list = known.isEmpty ? "none found" : known.joined(separator: ", ")
            return "unknown environment \"\(name)\" (environments: \(list))"
        case .render(let text, _), .promotion(let text, _): return text
        case .uncommittedChanges(let env, let paths):
            let shown = paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? ", …" : "")
            return "\(env) has uncommitted changes (\(shown)); commit or stash them, or use --force"
        case .scaffold(let text), .invalidRequest(let text): return text
        }
    }

    public var diagnostic: Diagnostic {
        switch self {
        case .invalidConfig(_, let at), .render(_, let at), .promotion(_, let at): return Diagnostic(.error, message, at: at)
        case .unknownEnvironment, .uncommittedChanges, .scaffold, .invalidRequest: return Diagnostic(.error, message, at: nil)
        }
    }
}
