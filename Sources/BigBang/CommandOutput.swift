import Diagnostics

/// What a command prints: the text for stdout and the warnings for stderr.
public struct CommandOutput: Sendable {
    public var text: String
    public var warnings: [Diagnostic]

    public init(text: String, warnings: [Diagnostic] = []) {
        self.text = text
        self.warnings = warnings
    }
}
