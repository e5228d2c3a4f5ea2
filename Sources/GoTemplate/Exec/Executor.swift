/// Walks a compiled template over data, writing into one byte buffer — Go's `exec.go`
/// `state`. Internally a value of `nil` is Go's invalid `reflect.Value` (a missing key: prints
/// `<no value>`, and fields on it give nothing), while `.null` is a nil `interface{}` (fields
/// on it fail with `nil pointer evaluating interface {}.x`).
struct Executor {
    let context: ExecutionContext
    let set: TemplateSet
    /// The two options execution reads (not the whole struct: an executor is made per
    /// `include`, and copying the options' strings is measurable there).
    let missingKey: TemplateOptions.MissingKey
    let maxExecDepth: Int
    /// The template executing now (its source gives error locations).
    var template: Template
    var vars: [(name: String, value: TemplateValue?)] = []
    var depth = 0
    /// The node being evaluated, for error context (Go's `s.at(node)`).
    var at: ErrorPosition = .none

    enum Flow { case normal, breakLoop, continueLoop }

    init(context: ExecutionContext, set: TemplateSet, template: Template) {
        self.context = context
        self.set = set
        missingKey = set.options.missingKey
        maxExecDepth = set.options.maxExecDepth
        self.template = template
    }

    /// Runs the executor's template.
    mutating func run(data: TemplateValue, into out: inout [UInt8]) throws {
        let t = template
        // Go's Execute takes `any`: nil data (also what `include "x" .Missing` passes) is an
        // invalid value, so `.Field` on it is missing (`<no value>`), not a nil-pointer error.
        let dot: TemplateValue? = data.isNull ? .none : data
        vars.truncate(to: 0)
        vars.append(("$", dot))
        _ = try walk(t.root, dot: dot, out: &out)
    }

    // MARK: - errors

    /// An execution error at the current node, in Go's words.
    func error(_ message: String, function: String? = nil, cause: (any Error)? = nil) -> TemplateError {
        if at.kind == .none {
            if let function, let cause { return .general("template: \(template.name): error calling \(function): \(cause)") }
            return .general("template: \(template.name): \(message)")
        }
        let (line, column) = template.source.lineAndByteColumn(at.pos)
        return .exec(ExecFailure(file: template.source.name, line: line, column: column,
                                 templateName: template.name, node: at.text(in: template), message: message,
                                 function: function, cause: cause))
    }

    // MARK: - walking

    mutating func walk(_ list: [Node], dot: TemplateValue?, out: inout [UInt8]) throws -> Flow {
        for node in list {
            let flow = try walk(node, dot: dot, out: &out)
            if flow != .normal { return flow }
        }
        return .normal
    }

    mutating func walk(_ node: Node, dot: TemplateValue?, out: inout [UInt8]) throws -> Flow {
        switch node {
        case .text(let bytes):
            out.append(contentsOf: bytes)
        case .action(let pipe, _):
            // No `at = .node(node)` before a pipeline (here and for if/with/range): the
            // pipeline sets its own position first thing, so that one would never be seen.
            let value = try evalPipeline(pipe, dot: dot)
            if pipe.decl.isEmpty { try printValue(value, out: &out) }
        case .comment:
            break
        case .ifNode(let b):
            return try walkIfOrWith(b, isWith: false, dot: dot, out: &out)
        case .withNode(let b):
            return try walkIfOrWith(b, isWith: true, dot: dot, out: &out)
        case .rangeNode(let b):
            try walkRange(b, dot: dot, out: &out)
        case .template(let name, let pipe, _):
            at = .node(node)
            try walkTemplate(name: name, pipe: pipe, dot: dot, out: &out)
        case .breakNode: return .breakLoop
        case .continueNode: return .continueLoop
        }
        return .normal
    }

    mutating func printValue(_ value: TemplateValue?, out: inout [UInt8]) throws {
        guard let value else {
            out.append(contentsOf: "<no value>".utf8)
            return
        }
        switch value {
        case .string(let s): out.append(contentsOf: s.utf8)
        default: GoFormatter.appendValue(value, verb: "v", to: &out)
        }
    }

    mutating func walkIfOrWith(_ b: BranchNode, isWith: Bool, dot: TemplateValue?, out: inout [UInt8]) throws -> Flow {
        let mark = vars.count
        defer { vars.truncate(to: mark) }
        let value = try evalPipeline(b.pipe, dot: dot)
        if value?.isTruthy ?? false {
            return try walk(b.list, dot: isWith ? value : dot, out: &out)
        } else if let elseList = b.elseList {
            return try walk(elseList, dot: dot, out: &out)
        }
        return .normal
    }

    mutating func walkRange(_ r: BranchNode, dot: TemplateValue?, out: inout [UInt8]) throws {
        let outerMark = vars.count
        defer { vars.truncate(to: outerMark) }
        var value = try evalPipeline(r.pipe, dot: dot)
        if case .object(let o)? = value, let view = o.collectionView { value = view }
        let mark = vars.count
        let decl = r.pipe.decl
        var ran = false

        // Returns false when the body said {{break}}.
        func iteration(_ ex: inout Executor, index: TemplateValue, element: TemplateValue, out: inout [UInt8]) throws -> Bool {
            if !decl.isEmpty {
                if r.pipe.isAssign {
                    try ex.setVar(decl[0], decl.count > 1 ? index : element)
                } else {
                    ex.vars[ex.vars.count - 1].value = element
                }
            }
            if decl.count > 1 {
                if r.pipe.isAssign {
                    try ex.setVar(decl[1], element)
                } else {
                    ex.vars[ex.vars.count - 2].value = index
                }
            }
            let flow = try ex.walk(r.list, dot: element, out: &out)
            ex.vars.truncate(to: mark)
            return flow != .breakLoop
        }

        switch value {
        case .list(let items, _)?:
            for (i, item) in items.enumerated() {
                ran = true
                if try !iteration(&self, index: .int(i), element: item, out: &out) { break }
            }
        case .bytes(let bytes)?:
            for (i, b) in bytes.enumerated() {
                ran = true
                if try !iteration(&self, index: .int(i), element: .uint(UInt64(b)), out: &out) { break }
            }
        case .map(let m)?:
            for key in m.sortedKeys {
                ran = true
                if try !iteration(&self, index: .string(key), element: m[key] ?? .null, out: &out) { break }
            }
        case .int?, .int64?:
            let n: Int
            let wide: Bool
            if case .int64(let v)? = value { n = Int(v); wide = true } else if case .int(let v)? = value { n = v; wide = false } else { n = 0; wide = false }
            if decl.count > 1 {
                throw error("can't use \(n) to iterate over more than one variable")
            }
            var i = 0
            while i < n {
                ran = true
                let v: TemplateValue = wide ? .int64(Int64(i)) : .int(i)
                if try !iteration(&self, index: v, element: v, out: &out) { break }
                i += 1
            }
        case .uint(let n)?:
            if decl.count > 1 {
                throw error("can't use \(n) to iterate over more than one variable")
            }
            var i: UInt64 = 0
            while i < n {
                ran = true
                if try !iteration(&self, index: .uint(i), element: .uint(i), out: &out) { break }
                i += 1
            }
        case nil, .null?:
            break
        case let v?:
            throw error("range can't iterate over \(GoFormatter.format(v, verb: "v"))")
        }
        if !ran, let elseList = r.elseList {
            _ = try walk(elseList, dot: dot, out: &out)
        }
    }

    mutating func walkTemplate(name: String, pipe: PipeNode?, dot: TemplateValue?, out: inout [UInt8]) throws {
        guard let target = context.templates.lookup(name) else {
            throw error("template \(goQuote(name)) not defined")
        }
        if depth >= maxExecDepth || context.totalDepth >= ExecutionContext.maxTotalDepth || context.stackExhausted {
            throw error("exceeded maximum template depth (\(maxExecDepth))")
        }
        let newDot = try pipe.map { try evalPipeline($0, dot: dot) } ?? dot
        let savedVars = vars, savedTemplate = template
        vars = [("$", newDot)]
        template = target
        depth += 1
        context.totalDepth += 1
        defer { vars = savedVars; template = savedTemplate; depth -= 1; context.totalDepth -= 1 }
        _ = try walk(target.root, dot: newDot, out: &out)
    }

    // MARK: - variables

    mutating func setVar(_ name: String, _ value: TemplateValue?) throws {
        var i = vars.count - 1
        while i >= 0 {
            if vars[i].name == name { vars[i].value = value; return }
            i -= 1
        }
        throw error("undefined variable: \(name)")
    }

    func varValue(_ name: String) throws -> TemplateValue? {
        var i = vars.count - 1
        while i >= 0 {
            if vars[i].name == name { return vars[i].value }
            i -= 1
        }
        throw error("undefined variable: \(name)")
    }
}

extension Array {
    /// Drops the elements from `count` on, keeping the capacity. `removeSubrange(count...)` and
    /// `removeAll(keepingCapacity:)` go through the generic range replacement, which cost more
    /// than the rest of an `if` (every if, with and range body pops its variables this way).
    @inline(__always) mutating func truncate(to count: Int) {
        var excess = self.count - count
        // A few elements (variables, call arguments) one at a time: Array's single-element
        // removeLast is cheap, while every ranged removal takes the generic path.
        if excess > 8 {
            removeSubrange(count...)
            return
        }
        while excess > 0 {
            removeLast()
            excess -= 1
        }
    }

    /// The last element, removed; nil when empty. (`popLast()` here resolves to the generic
    /// collection algorithm, measurably slower than Array's own `removeLast()`.)
    @inline(__always) mutating func takeLast() -> Element? {
        isEmpty ? nil : removeLast()
    }
}
