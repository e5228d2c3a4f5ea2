import Diagnostics

/// Everything that can go wrong reading Flux objects, composing HelmRelease values or
/// substituting postBuild variables. `fluxMessage` is the controllers' own wording where one
/// exists; `diagnostic` adds our location.
public enum FluxError: Error, DiagnosticConvertible, Equatable {
    /// A Flux object field has the wrong shape (`spec.chart` is a list, `url` missing...).
    case invalidObject(object: String, field: String, problem: String, location: SourceLocation?)
    /// helm-controller's `ErrValuesReference`: a valuesFrom entry could not be resolved.
    case valuesReference(message: String, location: SourceLocation?)
    /// kustomize-controller's postBuild substitution failed (bad variable name, bad syntax,
    /// unset variable in strict mode, result not YAML).
    case substitution(message: String, location: SourceLocation?)

    public var fluxMessage: String {
        switch self {
        case .invalidObject(let object, let field, let problem, _): return "\(object): \(field): \(problem)"
        case .valuesReference(let message, _): return message
        case .substitution(let message, _): return message
        }
    }

    public var location: SourceLocation? {
        switch self {
        case .invalidObject(_, _, _, let l), .valuesReference(_, let l), .substitution(_, let l): return l
        }
    }

    public var diagnostic: Diagnostic { Diagnostic(.error, fluxMessage, at: location) }
}
