import Diagnostics

/// Every error the Kustomize module raises. Messages keep kustomize's wording; a location is
/// attached whenever the error comes from a place in a file.
public enum KustomizeError: Error, DiagnosticConvertible, CustomStringConvertible {
    /// A plain kustomize error message.
    case message(String)
    /// An error at a position in a file.
    case located(String, SourceLocation)
    /// Context added around an inner error (kustomize's `errors.WrapPrefixf`).
    indirect case wrapped(String, KustomizeError)
    /// An error from another module (YAML, file system) with context.
    case underlying(String, Diagnostic)

    public var diagnostic: Diagnostic {
        switch self {
        case .message(let m): return .error(m)
        case .located(let m, let loc): return .error(m, at: loc)
        case .wrapped(let prefix, let inner):
            var d = inner.diagnostic
            d.message = prefix + ": " + d.message
            return d
        case .underlying(let prefix, let inner):
            var d = inner
            d.message = prefix.isEmpty ? d.message : prefix + ": " + d.message
            return d
        }
    }

    public var description: String { diagnostic.message }

    /// Wraps any error with a kustomize-style prefix.
    static func wrap(_ error: Error, _ prefix: String) -> KustomizeError {
        if let k = error as? KustomizeError { return .wrapped(prefix, k) }
        return .underlying(prefix, error.asDiagnostic)
    }
}

extension SourceLocation {
    /// The location of a parsed node inside a file.
    init(_ file: SourceFile, line: Int, column: Int) {
        self.init(path: file.path, line: line, column: column, file: file)
    }
}
