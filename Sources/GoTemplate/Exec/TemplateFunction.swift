/// A function callable from templates, with the Go signature text/template checks before the
/// call: argument count (`wrong number of args for X: want 2 got 1`) and argument types
/// (`wrong type for value; expected string; got int`).
public struct TemplateFunction: @unchecked Sendable {
    /// A Go parameter type. `.any` is `interface{}`: every value passes unchanged.
    public enum Parameter: Sendable, Hashable {
        case any, string, int, int64, float64, bool
        /// `[]interface{}`
        case list
        /// `[]string`
        case stringList
        /// `map[string]interface{}`
        case map
    }

    public var parameters: [Parameter]
    /// The element type of a trailing `...T` parameter.
    public var variadic: Parameter?
    public var body: (FunctionCall) throws -> TemplateValue

    public init(_ parameters: [Parameter] = [], variadic: Parameter? = nil,
                _ body: @escaping (FunctionCall) throws -> TemplateValue) {
        self.parameters = parameters
        self.variadic = variadic
        self.body = body
    }
}

/// One call: arguments already checked against the signature, plus the running execution so
/// a function can call back into the engine (Helm's `include` and `tpl`).
public struct FunctionCall {
    public let name: String
    public let arguments: [TemplateValue]
    public let context: ExecutionContext

    public init(name: String, arguments: [TemplateValue], context: ExecutionContext) {
        self.name = name
        self.arguments = arguments
        self.context = context
    }

    public var count: Int { arguments.count }
    /// The argument at `i`, or nil for a missing trailing variadic argument.
    public subscript(i: Int) -> TemplateValue { i < arguments.count ? arguments[i] : .null }
    /// The string argument at `i` (the signature said `.string`).
    public func string(_ i: Int) -> String { if case .string(let s) = self[i] { return s }; return "" }
    /// The int argument at `i` (the signature said `.int` or `.int64`).
    public func int(_ i: Int) -> Int {
        switch self[i] {
        case .int(let v): return v
        case .int64(let v): return Int(v)
        default: return 0
        }
    }
}

/// An error a function returns, shown by text/template as `error calling NAME: MESSAGE`.
public struct TemplateFunctionError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The functions a template set can call, by name. Go's builtins come first; callers layer
/// Sprig and their own (Helm's `include`, `tpl`, `required`, `toYaml`) on top.
public struct FunctionTable: @unchecked Sendable {
    public private(set) var functions: [String: TemplateFunction] {
        didSet { identity = Identity() }
    }
    /// Changes whenever the table does: the parser resolves function names against a table,
    /// and the executor trusts that resolution only while the table is still this one.
    private(set) var identity = Identity()

    final class Identity: @unchecked Sendable {}

    public init(_ functions: [String: TemplateFunction] = [:]) { self.functions = functions }

    public subscript(name: String) -> TemplateFunction? {
        get { functions[name] }
        set { functions[name] = newValue }
    }

    public func contains(_ name: String) -> Bool { functions[name] != nil }

    /// This table with `other`'s entries added, replacing any of the same name.
    public func merging(_ other: FunctionTable) -> FunctionTable {
        var out = self
        out.functions.merge(other.functions) { _, new in new }
        return out
    }

    public var names: [String] { functions.keys.sorted() }
}
