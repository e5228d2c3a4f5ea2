import Diagnostics

/// One problem `bbctl validate` found in an environment: which rule, how bad, where.
public struct Finding: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    /// The rule's id (`k8s-schema`, `references`…), as `.bbctl.yaml` `validate.disable` names it.
    public var rule: String
    public var severity: Severity
    public var environment: String
    public var message: String
    /// file:line:column, when the problem is in a file the repository holds.
    public var location: SourceLocation?
    /// The object concerned, as `Kind/namespace/name` (`Kind/name` when cluster-scoped).
    public var object: String?
    /// Where the object came from when there is no file location (`HelmRelease bigbang/bigbang:
    /// bigbang/templates/x.yaml`).
    public var origin: String?

    public init(rule: String, severity: Severity, environment: String, message: String,
                location: SourceLocation? = nil, object: String? = nil, origin: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.environment = environment
        self.message = message
        self.location = location
        self.object = object
        self.origin = origin
    }

    /// The file the finding is grouped under in text output: the location's, else the origin's.
    public var file: String? { location?.path ?? origin }

    /// The finding as a compiler-style diagnostic (`[rule] object: message`).
    public var diagnostic: Diagnostic {
        var text = "[\(rule)] "
        if let object { text += object + ": " }
        text += message
        var notes: [Diagnostic.Note] = []
        if location == nil, let origin { notes.append(.init("rendered from \(origin)")) }
        return Diagnostic(severity == .error ? .error : .warning, text, at: location, notes: notes)
    }
}
