import Diagnostics

/// What a command prints: the text for stdout and the warnings for stderr.
public struct CommandOutput: Sendable {
    public var text: String
    public var warnings: [Diagnostic]
    /// Set when the command fails after producing `text` (print the text, then fail).
    public var failure: (any Error)?

    public init(text: String, warnings: [Diagnostic] = [], failure: (any Error)? = nil) {
        self.text = text
        self.warnings = warnings
        self.failure = failure
    }
}
