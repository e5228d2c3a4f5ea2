import Diagnostics

/// Every failure of this module. `description` is Go's exact text; the structured fields let
/// callers (Helm v4's `execution error at (FILE:LINE:COL): MSG`) format it their own way.
public enum TemplateError: Error, DiagnosticConvertible, CustomStringConvertible, @unchecked Sendable {
    /// `template: NAME:LINE: MESSAGE`
    case parse(ParseFailure)
    /// `template: FILE:LINE:COL: executing "NAME" at <NODE>: MESSAGE`
    case exec(ExecFailure)
    /// Errors Go reports without a node: `template: no template "x" associated with template "y"`,
    /// `template: NAME: "NAME" is an incomplete or empty template`. The text is complete.
    case general(String)

    /// Go's text. Chains of `error calling include: template: …` are joined in a loop, not
    /// by recursion, because a runaway include can nest thousands of them.
    public var description: String {
        switch self {
        case .parse(let p): return p.description
        case .general(let text): return text
        case .exec:
            var out = ""
            var current: TemplateError? = self
            while let error = current {
                current = nil
                switch error {
                case .parse(let p): out += p.description
                case .general(let text): out += text
                case .exec(let e):
                    out += e.prefix
                    if let function = e.function, let cause = e.cause {
                        out += "error calling \(function): "
                        if let inner = cause as? TemplateError { current = inner } else { out += "\(cause)" }
                    } else {
                        out += e.message
                    }
                }
            }
            return out
        }
    }

    public var diagnostic: Diagnostic {
        switch self {
        case .parse(let p): return Diagnostic(.error, p.message, at: p.location)
        case .exec(let e): return Diagnostic(.error, e.description, at: e.location)
        case .general(let text): return Diagnostic(.error, text)
        }
    }

    /// The execution failures from the outermost to the innermost, following
    /// `error calling include: template: …` causes (Helm v4 prints them as nested blocks).
    public var execChain: [ExecFailure] {
        var chain: [ExecFailure] = []
        var current: TemplateError? = self
        while case .exec(let e)? = current {
            chain.append(e)
            current = e.cause as? TemplateError
        }
        return chain
    }

    /// The innermost function error when this is a chain of `error calling …` wrappers
    /// (Helm v4 prints `execution error at (…)` with that message for `fail`/`required`).
    public var rootExecFailure: ExecFailure? { execChain.last }
}

/// A template that did not parse.
public struct ParseFailure: Sendable, Hashable, CustomStringConvertible {
    /// The name the text was parsed under (Go's `ParseName`: the file).
    public var templateName: String
    public var line: Int
    /// The text after `NAME:LINE: `, e.g. `unexpected "}" in operand`.
    public var message: String
    public var location: SourceLocation?

    public init(templateName: String, line: Int, message: String, location: SourceLocation? = nil) {
        self.templateName = templateName
        self.line = line
        self.message = message
        self.location = location
    }

    public var description: String { "template: \(templateName):\(line): \(message)" }
}

/// A failure while executing, located at the node being evaluated.
public struct ExecFailure: @unchecked Sendable, CustomStringConvertible {
    /// The file the failing node was parsed from (Go's `ParseName`).
    public var file: String
    public var line: Int
    /// Go's column: the byte count from the start of the line (so 0-based).
    public var column: Int
    /// The template being executed (`executing "NAME"`): a file or a `define` name.
    public var templateName: String
    /// The node's text as Go prints it in `<…>`, already cut to 20 bytes plus `...`.
    public var node: String
    /// Everything after `<NODE>: `, e.g. `error calling fail: boom` or `nil pointer evaluating …`.
    /// Function errors are rendered on demand, so a deep chain of nested `include` failures
    /// costs memory in proportion to its length, not its square.
    public var message: String {
        if let function, let cause { return "error calling \(function): \(cause)" }
        return text
    }
    private var text: String
    /// For `error calling F: …`: the function's name and its error.
    public var function: String?
    public var cause: (any Error)?
    public var location: SourceLocation?

    public init(file: String, line: Int, column: Int, templateName: String, node: String, message: String,
                function: String? = nil, cause: (any Error)? = nil, location: SourceLocation? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.templateName = templateName
        self.node = node
        self.text = message
        self.function = function
        self.cause = cause
        self.location = location
    }

    /// The message a function raised, without the `error calling F: ` prefix.
    public var causeMessage: String {
        if let cause { return String(describing: cause) }
        return message
    }

    /// `template: FILE:LINE:COL: executing "NAME" at <NODE>: `
    var prefix: String {
        "template: \(file):\(line):\(column): executing \"\(templateName)\" at <\(node)>: "
    }

    public var description: String { TemplateError.exec(self).description }
}
