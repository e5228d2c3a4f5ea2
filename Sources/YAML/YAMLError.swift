import Diagnostics

/// Everything that can go wrong reading YAML. Each case carries the location of the problem.
public enum YAMLError: Error, DiagnosticConvertible, Hashable, Sendable {
    /// libyaml rejected the input; `message` is its problem text ("mapping values are not
    /// allowed in this context"), `context` what it was doing ("while scanning a quoted scalar").
    case syntax(message: String, at: SourceLocation, context: String?, contextAt: SourceLocation?)
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

    public var location: SourceLocation {
        switch self {
        case .syntax(_, let at, _, _), .unknownAnchor(_, let at), .recursiveAlias(_, let at),
             .aliasExpansionLimit(_, let at), .nestingLimit(_, let at), .inputTooLarge(_, _, let at),
             .invalidMerge(_, let at):
            return at
        }
    }

    public var message: String {
        switch self {
        case .syntax(let message, _, _, _): return message
        case .unknownAnchor(let name, _): return "unknown anchor '\(name)' referenced"
        case .recursiveAlias(let name, _): return "anchor '\(name)' value contains itself"
        case .aliasExpansionLimit(let limit, _):
            return "document contains excessive aliasing (more than \(limit) nodes after alias expansion)"
        case .nestingLimit(let limit, _): return "exceeded max depth of \(limit)"
        case .inputTooLarge(let bytes, let limit, _): return "input is \(bytes) bytes, more than the limit of \(limit)"
        case .invalidMerge(let message, _): return message
        }
    }

    public var diagnostic: Diagnostic {
        var notes: [Diagnostic.Note] = []
        if case .syntax(_, _, let context?, let contextAt) = self {
            notes.append(.init(context, at: contextAt))
        }
        return Diagnostic(.error, message, at: location, notes: notes)
    }
}
