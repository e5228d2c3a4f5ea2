import Diagnostics

/// Everything that can go wrong reading YAML. Each case carries the location of the problem.
public enum YAMLError: Error, DiagnosticConvertible, Hashable, Sendable {
    /// libyaml rejected the input; `message` is its problem text ("mapping values are not
    /// allowed in this context"), `context` what it was doing ("while scanning a quoted scalar").
    /// `goLine` is the line yaml.v3 names in its message (0 for none; see `goMessage`).
    case syntax(message: String, at: SourceLocation, context: String?, contextAt: SourceLocation?, goLine: Int = 0)
    /// `*name` with no `&name` before it (yaml.v3: "unknown anchor 'x' referenced").
    case unknownAnchor(String, at: SourceLocation)
    /// `*name` inside the node that `&name` is still defining.
    case recursiveAlias(String, at: SourceLocation)
    /// Aliases would expand the tree past `YAMLLimits.maxAliasExpansion` nodes.
    case aliasExpansionLimit(limit: Int, at: SourceLocation)
    /// Collections nested deeper than `YAMLLimits.maxDepth`.
    case nestingLimit(limit: Int, at: SourceLocation)
    /// The input is larger than `YAMLLimits.maxInputBytes`.
    case inputTooLarge(bytes: Int, limit: Int, at: SourceLocation)
    /// A `<<` merge key kyaml's `DeAnchor` rejects; the message is kyaml's ("duplicate merge
    /// key", "map merge requires map or sequence of maps as the value", ...).
    case invalidMerge(String, at: SourceLocation)
    /// A resource kustomize cannot print (its yaml.v3 → JSON step fails): duplicate keys,
    /// non-string keys below the top level, collection keys, `.inf`/`.nan`. The message is
    /// the Go one without the value dump (`json: unsupported value: NaN`).
    case unencodable(String, at: SourceLocation)
    /// kyaml's reader splits streams on lines starting with `---` and allows only a comment
    /// after the marker (`invalid document separator: --- foo`).
    case invalidDocumentSeparator(String, at: SourceLocation)
    /// A source-preserving edit (`YAMLTextEditor`) that cannot be made in place: a missing
    /// path, a complex key, a node shape the editor does not rewrite.
    case uneditable(String, at: SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .syntax(_, let at, _, _, _), .unknownAnchor(_, let at), .recursiveAlias(_, let at),
             .aliasExpansionLimit(_, let at), .nestingLimit(_, let at), .inputTooLarge(_, _, let at),
             .invalidMerge(_, let at), .unencodable(_, let at),
             .invalidDocumentSeparator(_, let at), .uneditable(_, let at):
            return at
        }
    }

    public var message: String {
        switch self {
        case .syntax(let message, _, _, _, _): return message
        case .unknownAnchor(let name, _): return "unknown anchor '\(name)' referenced"
        case .recursiveAlias(let name, _): return "anchor '\(name)' value contains itself"
        case .aliasExpansionLimit(let limit, _):
            return "document contains excessive aliasing (more than \(limit) nodes after alias expansion)"
        case .nestingLimit(let limit, _): return "exceeded max depth of \(limit)"
        case .inputTooLarge(let bytes, let limit, _): return "input is \(bytes) bytes, more than the limit of \(limit)"
        case .invalidMerge(let message, _), .unencodable(let message, _), .uneditable(let message, _): return message
        case .invalidDocumentSeparator(let line, _): return "invalid document separator: \(line)"
        }
    }

    /// The text yaml.v3 (and so kyaml and kustomize) gives for this error, e.g. `yaml: line 8:
    /// did not find expected key`.
    public var goMessage: String {
        switch self {
        case .unencodable, .invalidDocumentSeparator, .invalidMerge, .uneditable: return message
        default: break
        }
        guard case .syntax(let message, _, _, _, let goLine) = self else { return "yaml: " + self.message }
        return goLine != 0 ? "yaml: line \(goLine): \(message)" : "yaml: \(message)"
    }

    public var diagnostic: Diagnostic {
        var notes: [Diagnostic.Note] = []
        if case .syntax(_, _, let context?, let contextAt, _) = self {
            notes.append(.init(context, at: contextAt))
        }
        return Diagnostic(.error, message, at: location, notes: notes)
    }
}
