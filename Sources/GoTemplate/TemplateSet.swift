
/// A set of named templates sharing `define`s, as Go's `*template.Template` family: each
/// `parse(_:name:)` is `t.New(name).Parse(text)`; a later definition of a name replaces an
/// earlier one unless the later body is empty. This is the module's façade:
///
///     let set = TemplateSet(name: "gotpl", functions: .standard.merging(helmFunctions),
///                           options: TemplateOptions(missingKey: .zero))
///     try set.parse(helpersText, name: "chart/templates/_helpers.tpl")
///     try set.parse(deploymentText, name: "chart/templates/deployment.yaml")
///     let bytes = try set.execute("chart/templates/deployment.yaml", data: values)
///
/// Parsing builds compiled trees once; executions keep their state apart from the set, so
/// one set can be executed from several threads once parsing is done.
public final class TemplateSet: @unchecked Sendable {
    /// The root template's name (Go's `template.New(name)`), used in
    /// `no template "x" associated with template "NAME"`.
    public let name: String
    /// Functions known to the parser (an unknown name is `function "x" not defined`) and
    /// called by executions unless an execution overrides them.
    public var functions: FunctionTable
    public var options: TemplateOptions

    var templates: [String: Template] = [:]
    /// Clones look up templates they have not redefined here.
    let parent: TemplateSet?

    public init(name: String = "", functions: FunctionTable = .standard, options: TemplateOptions = TemplateOptions()) {
        self.name = name
        self.functions = functions
        self.options = options
        self.parent = nil
    }

    private init(cloning base: TemplateSet) {
        self.name = base.name
        self.functions = base.functions
        self.options = base.options
        self.parent = base
    }

    /// Go's `Clone`: a set that sees every template of this one; templates parsed into the clone
    /// (Helm's `tpl`) do not affect this set. Cheap: nothing is copied.
    public func clone() -> TemplateSet { TemplateSet(cloning: self) }

    /// Parses `text` as the template `name` plus the templates it defines (`define`, `block`).
    /// Throws `TemplateError.parse` with Go's message.
    public func parse(_ text: String, name: String) throws {
        let source = TemplateSource(name: name, bytes: Array(text.utf8))
        let trees = try Parser.parse(source, functions: functions, options: options)
        for tree in trees { add(tree) }
    }

    /// Parses `text` as `parse(_:name:)` does but leaves the set unchanged, so files can be
    /// parsed on other threads (parsing reads only the function names and options) and added
    /// later, in the order that decides which definition wins, with `add(_:)`.
    public func parseDetached(_ text: String, name: String) throws -> ParsedTemplateFile {
        let source = TemplateSource(name: name, bytes: Array(text.utf8))
        return ParsedTemplateFile(trees: try Parser.parse(source, functions: functions, options: options))
    }

    /// Adds templates parsed by `parseDetached(_:name:)`; the same as having parsed them here.
    public func add(_ file: ParsedTemplateFile) {
        for tree in file.trees { add(tree) }
    }

    /// Go's `AddParseTree`/`associate`: an empty redefinition never replaces a real body.
    func add(_ template: Template) {
        if let old = lookup(template.name), template.isEmpty, !old.isEmpty { return }
        templates[template.name] = template
    }

    func lookup(_ name: String) -> Template? {
        if let t = templates[name] { return t }
        return parent?.lookup(name)
    }

    /// Whether a template of this name has been parsed (in this set or the one it was cloned from).
    public func contains(_ name: String) -> Bool { lookup(name) != nil }

    /// The names of every template in the set, sorted.
    public var templateNames: [String] {
        var names = Set(templates.keys)
        var p = parent
        while let s = p { names.formUnion(s.templates.keys); p = s.parent }
        return names.sorted()
    }

    /// Runs `body` on one large-stack execution thread, so every `execute` inside it runs
    /// inline: a caller executing many templates (Helm renders hundreds per chart) pays for
    /// one thread instead of one per template. Inside an execution it simply calls `body`.
    public static func withExecutionThread<T>(_ body: () throws -> T) throws -> T {
        if ExecutionContext.currentStackBase != nil { return try body() }
        return try withoutActuallyEscaping(body) { escapable in
            let box = ExecutionResultBox<T>()
            try ExecutionContext.runOnExecutionThread { _ in box.value = try escapable() }
            guard let value = box.value else { throw TemplateError.general("template: execution thread ended without a result") }
            return value
        }
    }

    /// Executes template `name` with `data`, appending its output to `buffer` (Go's
    /// `ExecuteTemplate`). `overrides` replaces table entries for this execution only (Helm's
    /// late-bound `include`/`tpl`); `userInfo` is handed to every function call.
    public func execute(_ name: String, data: TemplateValue, into buffer: inout [UInt8],
                        overrides: FunctionTable? = nil, userInfo: AnyObject? = nil) throws {
        let context = ExecutionContext(set: self, overrides: overrides, userInfo: userInfo)
        context.random = TemplateRandom(seed: options.randomSeed.map { $0 ^ TemplateRandom.hash(name) })
        var output = buffer
        buffer = []
        defer { buffer = output }
        try context.runOnLargeStack {
            try context.execute(templateNamed: name, in: self, data: data, into: &output)
        }
    }

    /// Executes template `name` with `data` and returns the output bytes.
    public func execute(_ name: String, data: TemplateValue,
                        overrides: FunctionTable? = nil, userInfo: AnyObject? = nil) throws -> [UInt8] {
        var buffer: [UInt8] = []
        try execute(name, data: data, into: &buffer, overrides: overrides, userInfo: userInfo)
        return buffer
    }

    /// Executes template `name` and returns the output as a string.
    public func executeToString(_ name: String, data: TemplateValue,
                                overrides: FunctionTable? = nil, userInfo: AnyObject? = nil) throws -> String {
        String(decoding: try execute(name, data: data, overrides: overrides, userInfo: userInfo), as: UTF8.self)
    }
}

/// The templates of one parsed file, not yet part of any set (`TemplateSet.parseDetached`).
/// Compiled trees are immutable once parsed, so a file parsed on one thread can be added on another.
public struct ParsedTemplateFile: @unchecked Sendable {
    let trees: [Template]
}

/// Carries a result back from the execution thread.
private final class ExecutionResultBox<T>: @unchecked Sendable {
    var value: T?
}

extension TemplateSet {
    /// Runs `body(0)` … `body(count - 1)` at the same time, each on a large-stack execution
    /// thread (so each may execute templates inline), and waits for all of them. The error
    /// of the lowest index is rethrown.
    public static func withExecutionThreads(count: Int, _ body: (Int) throws -> Void) throws {
        guard count > 0 else { return }
        try withoutActuallyEscaping(body) { escapable in
            // Threads of their own (execution needs their stacks); the calling thread takes
            // the first index itself when it is an execution thread already.
            let here = ExecutionContext.currentStackBase != nil
            let started = (here ? 1 : 0)..<count
            let joins = started.map { index in ExecutionContext.startExecutionThread { _ in try escapable(index) } }
            var results: [Result<Void, Error>] = []
            if here { results.append(Result { try escapable(0) }) }
            results += joins.map { join in Result { try join() } }
            for case .failure(let error) in results { throw error }
        }
    }
}
