/// One running execution, handed to every function call. Functions such as Helm's `include`
/// and `tpl` use it to run further templates inside the same execution: nesting depth is
/// counted across all of them, so runaway recursion ends in an error, never a stack overflow.
public final class ExecutionContext {
    /// The set whose template is executing now (a clone, inside `tpl`).
    public private(set) var templates: TemplateSet
    /// Caller state passed to `TemplateSet.execute` (for example Helm's include counters).
    public let userInfo: AnyObject?
    /// The name of the template executing now (Go's `s.tmpl.Name()`).
    public private(set) var templateName: String = ""
    /// Nested executions (`include`, `tpl`) currently running.
    public private(set) var nesting: Int = 0

    let overrides: FunctionTable?
    /// Where Sprig's random functions draw from (seeded when the set's options ask for it).
    public var random = TemplateRandom(seed: nil)
    /// Upper bound on nested executions, so Swift recursion stays inside the stack.
    static let maxNesting = 5_000
    /// Template calls plus nested executions running now, across every executor of this
    /// execution; bounded so no recursion shape can exhaust the stack.
    var totalDepth = 0
    static let maxTotalDepth = 100_000
    /// Address near the bottom of the execution thread's stack (0 when unknown).
    var stackBase: UInt = 0

    init(set: TemplateSet, overrides: FunctionTable?, userInfo: AnyObject?) {
        self.templates = set
        self.overrides = overrides
        self.userInfo = userInfo
    }

    /// Executes template `name` of `set` (default: the executing set) with `data` and returns its
    /// output — Helm's `include`. Errors are Go's (`template: no template "x" associated with
    /// template "gotpl"`, or the nested template's execution error).
    public func execute(templateNamed name: String, in set: TemplateSet? = nil, data: TemplateValue) throws -> String {
        // Output buffers are reused across calls (charts include thousands of times), one per
        // nesting level in use.
        var buffer = spareBuffers.takeLast() ?? []
        defer {
            if buffer.capacity <= Self.maxSpareBufferCapacity {
                buffer.truncate(to: 0)
                spareBuffers.append(buffer)
            }
        }
        try execute(templateNamed: name, in: set ?? templates, data: data, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    private var spareBuffers: [[UInt8]] = []
    /// Emptied argument lists of finished function calls, for the next calls to fill.
    var spareArguments: [[TemplateValue]] = []
    /// Longer lists (a variadic call with many arguments) are not kept.
    static let maxSpareArgumentCapacity = 16
    private var spareVariables: [[(name: String, value: TemplateValue?)]] = []
    /// Larger buffers are let go rather than kept for the rest of the execution.
    private static let maxSpareBufferCapacity = 1 << 20

    /// Executes template `name` of `set`, appending to `buffer`.
    public func execute(templateNamed name: String, in set: TemplateSet, data: TemplateValue,
                        into buffer: inout [UInt8]) throws {
        guard let template = set.lookup(name) else {
            throw TemplateError.general("template: no template \"\(name)\" associated with template \"\(set.name)\"")
        }
        guard nesting < Self.maxNesting, totalDepth < Self.maxTotalDepth, !stackExhausted else {
            throw TemplateError.general("template: \(name): exceeded maximum template depth (\(Self.maxTotalDepth))")
        }
        let savedSet = templates, savedName = templateName
        templates = set
        nesting += 1
        totalDepth += 1
        defer { templates = savedSet; templateName = savedName; nesting -= 1; totalDepth -= 1 }
        templateName = name
        var executor = Executor(context: self, set: set, template: template)
        // Variable stacks are reused too: a fresh one would grow a step at a time.
        executor.vars = spareVariables.takeLast() ?? []
        defer {
            var stack: [(name: String, value: TemplateValue?)] = []
            swap(&stack, &executor.vars)
            stack.truncate(to: 0)
            spareVariables.append(stack)
        }
        try executor.run(data: data, into: &buffer)
    }

    /// Whether `ref`'s parse-time resolution still holds: no per-execution overrides, and the
    /// executing set's table is the one it was parsed against.
    @inline(__always) func resolvesAsParsed(_ ref: FunctionName) -> Bool {
        overrides == nil && templates.functions.identity === ref.table
    }

    /// Looks a function up: this execution's overrides first, then the executing set's table.
    func function(named name: String) -> TemplateFunction? {
        if let overrides, let f = overrides[name] { return f }
        return templates.functions[name]
    }
}
