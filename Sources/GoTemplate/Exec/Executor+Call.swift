/// Function calls: Go's `evalFunction`, `evalCall`, `evalArg` and `validateType`, which give
/// the argument-count and argument-type errors templates see.
extension Executor {
    mutating func evalFunction(_ ref: FunctionName, dot: TemplateValue?, cmd: CommandNode?, args: [Operand],
                               final: TemplateValue?, hasFinal: Bool) throws -> TemplateValue? {
        let callAt: ErrorPosition = cmd.map { .command($0) } ?? at
        let name = ref.name
        if context.resolvesAsParsed(ref) {
            if let fn = ref.function {
                return try evalCall(fn, name: name, isBuiltin: false, dot: dot, callAt: callAt, args: args, final: final, hasFinal: hasFinal)
            }
            if let fn = ref.builtin {
                return try evalCall(fn, name: name, isBuiltin: true, dot: dot, callAt: callAt, args: args, final: final, hasFinal: hasFinal)
            }
        }
        if let fn = context.function(named: name) {
            return try evalCall(fn, name: name, isBuiltin: false, dot: dot, callAt: callAt, args: args, final: final, hasFinal: hasFinal)
        }
        if let fn = Builtins.table[name] {
            return try evalCall(fn, name: name, isBuiltin: true, dot: dot, callAt: callAt, args: args, final: final, hasFinal: hasFinal)
        }
        throw error("\(goQuote(name)) is not a defined function")
    }

    /// Calls `fn`; `args[0]` is the function's own node (Go passes the whole command).
    mutating func evalCall(_ fn: TemplateFunction, name: String, isBuiltin: Bool, dot: TemplateValue?,
                           callAt: ErrorPosition, args: [Operand], final: TemplateValue?, hasFinal: Bool) throws -> TemplateValue? {
        let operands = args.dropFirst()
        let numIn = operands.count + (hasFinal ? 1 : 0)
        let numFixed = fn.parameters.count
        if fn.variadic != nil {
            if numIn < numFixed {
                throw error("wrong number of args for \(name): want at least \(numFixed) got \(operands.count)")
            }
        } else if numIn != numFixed {
            throw error("wrong number of args for \(name): want \(numFixed) got \(numIn)")
        }

        if isBuiltin && (name == "and" || name == "or") {
            let isOr = name == "or"
            var v: TemplateValue? = nil
            for arg in operands {
                v = try evalArg(arg, .any, dot: dot)
                if (v?.isTruthy ?? false) == isOr { return v }
            }
            if hasFinal { v = final }
            return v
        }

        // Argument lists are reused: a fresh array per call was an allocation and a free for
        // every function a template calls.
        var argv = context.spareArguments.takeLast() ?? []
        argv.reserveCapacity(numIn)
        defer {
            argv.truncate(to: 0)
            if argv.capacity <= ExecutionContext.maxSpareArgumentCapacity { context.spareArguments.append(argv) }
        }
        var i = 0
        for operand in operands {
            let param = i < numFixed ? fn.parameters[i] : (fn.variadic ?? .any)
            argv.append(try evalArg(operand, param, dot: dot))
            i += 1
        }
        if hasFinal {
            let param: TemplateFunction.Parameter
            if fn.variadic != nil && numIn - 1 >= numFixed { param = fn.variadic ?? .any }
            else { param = fn.parameters[numIn - 1] }
            argv.append(try validateType(final, param))
        }
        if isBuiltin && name == "call" {
            let callee = operands.first?.description ?? (final.map { GoFormatter.format($0, verb: "v") } ?? "")
            argv.insert(.string(callee), at: 0)
        }
        do {
            return try fn.body(FunctionCall(name: name, arguments: argv, context: context))
        } catch let e as BuiltinError {
            // Builtins report at the command like any other call error.
            at = callAt
            throw error("", function: name, cause: TemplateFunctionError(e.message))
        } catch let e {
            at = callAt
            throw error("", function: name, cause: e)
        }
    }

    /// Evaluates one argument for a parameter of type `param` (Go's `evalArg`).
    mutating func evalArg(_ n: Operand, _ param: TemplateFunction.Parameter, dot: TemplateValue?) throws -> TemplateValue {
        at = .operand(n)
        switch n {
        case .dot:
            return try validateType(dot, param)
        case .nilLiteral:
            switch param {
            case .any: return .null
            case .list, .stringList, .map: return try validateType(nil, param)
            default: throw error("cannot assign nil to \(param.goName)")
            }
        // Each value is evaluated into a local before `validateType` (non-mutating) is called:
        // written as one expression, Swift copies the whole executor to call it while the
        // argument mutates `self`.
        case .field(let idents, _):
            let v = try evalFieldChain(dot: dot, receiver: dot, receiverIsInterface: false, idents[...], node: n,
                                       args: [n], final: nil, hasFinal: false)
            return try validateType(v, param)
        case .variable:
            let v = try evalVariable(n, dot: dot, args: [], final: nil, hasFinal: false)
            return try validateType(v, param)
        case .pipe(let p):
            let v = try evalPipeline(p, dot: dot)
            return try validateType(v, param)
        case .identifier(let name, _):
            let v = try evalFunction(name, dot: dot, cmd: nil, args: [n], final: nil, hasFinal: false)
            return try validateType(v, param)
        case .chain:
            let v = try evalChain(n, dot: dot, args: [], final: nil, hasFinal: false)
            return try validateType(v, param)
        case .bool(let b, _):
            switch param {
            case .bool, .any: return .bool(b)
            default: break
            }
        case .string(_, let s, _):
            switch param {
            case .string, .any: return .string(s)
            default: break
            }
        case .number(let num, _):
            switch param {
            case .any: return try idealConstant(num)
            case .int:
                guard num.isInt, let v = Int(exactly: num.int64) else { throw error("expected integer; found \(n)") }
                return .int(v)
            case .int64:
                guard num.isInt else { throw error("expected integer; found \(n)") }
                return .int64(num.int64)
            case .float64:
                guard num.isFloat else { throw error("expected float; found \(n)") }
                return .float(num.float64)
            default: break
            }
        }
        switch param {
        case .bool: throw error("expected bool; found \(n)")
        case .string: throw error("expected string; found \(n)")
        case .int, .int64: throw error("expected integer; found \(n)")
        case .float64: throw error("expected float; found \(n)")
        default: throw error("can't handle \(n) for arg of type \(param.goName)")
        }
    }

    /// Checks an evaluated value against a parameter type (Go's `validateType`).
    func validateType(_ value: TemplateValue?, _ param: TemplateFunction.Parameter) throws -> TemplateValue {
        guard let value else {
            switch param {
            case .any: return .null
            case .list: return .list([], .interfaces)
            case .stringList: return .list([], .strings)
            case .map: return .null
            default: throw error("invalid value; expected \(param.goName)")
            }
        }
        switch (param, value) {
        case (.any, _), (.string, .string), (.int, .int), (.int64, .int64), (.float64, .float), (.bool, .bool),
             (.list, .list(_, .interfaces)), (.stringList, .list(_, .strings)), (.map, .map):
            return value
        case (_, .null):
            throw error("wrong type for value; expected \(param.goName); got interface {}")
        default:
            throw error("wrong type for value; expected \(param.goName); got \(value.goTypeName)")
        }
    }
}

extension TemplateFunction.Parameter {
    var goName: String {
        switch self {
        case .any: return "interface {}"
        case .string: return "string"
        case .int: return "int"
        case .int64: return "int64"
        case .float64: return "float64"
        case .bool: return "bool"
        case .list: return "[]interface {}"
        case .stringList: return "[]string"
        case .map: return "map[string]interface {}"
        }
    }
}

/// An error raised by a Go builtin (`index of untyped nil`, `incompatible types for comparison`).
struct BuiltinError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
