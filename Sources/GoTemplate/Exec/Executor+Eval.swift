/// Pipelines, commands, fields and variables: Go's `evalPipeline`, `evalCommand`,
/// `evalFieldChain`, `evalField`.
extension Executor {
    /// A pipeline's value; declared variables are pushed (or assigned) as Go does.
    mutating func evalPipeline(_ pipe: PipeNode, dot: TemplateValue?) throws -> TemplateValue? {
        at = .pipe(pipe)
        var value: TemplateValue? = nil
        var hasFinal = false
        for cmd in pipe.cmds {
            value = try evalCommand(cmd, dot: dot, final: value, hasFinal: hasFinal)
            hasFinal = true
            // Go unwraps interface{} values here: a nil interface becomes "no value".
            if case .null? = value { value = nil }
        }
        for name in pipe.decl {
            if pipe.isAssign { try setVar(name, value) } else { vars.append((name, value)) }
        }
        return value
    }

    mutating func notAFunction(_ cmd: CommandNode, hasFinal: Bool) throws {
        if cmd.args.count > 1 || hasFinal {
            throw error("can't give argument to non-function \(cmd.args[0])")
        }
    }

    mutating func evalCommand(_ cmd: CommandNode, dot: TemplateValue?, final: TemplateValue?, hasFinal: Bool) throws -> TemplateValue? {
        let first = cmd.args[0]
        switch first {
        case .field(let idents, _):
            at = .operand(first)
            return try evalFieldChain(dot: dot, receiver: dot, receiverIsInterface: false, idents[...],
                                      node: first, args: cmd.args, final: final, hasFinal: hasFinal)
        case .chain:
            return try evalChain(first, dot: dot, args: cmd.args, final: final, hasFinal: hasFinal)
        case .identifier(let name, _):
            at = .operand(first)
            return try evalFunction(name, dot: dot, cmd: cmd, args: cmd.args, final: final, hasFinal: hasFinal)
        case .pipe(let p):
            try notAFunction(cmd, hasFinal: hasFinal)
            return try evalPipeline(p, dot: dot)
        case .variable:
            return try evalVariable(first, dot: dot, args: cmd.args, final: final, hasFinal: hasFinal)
        default:
            break
        }
        at = .operand(first)
        try notAFunction(cmd, hasFinal: hasFinal)
        switch first {
        case .bool(let b, _): return .bool(b)
        case .dot: return dot
        case .nilLiteral: throw error("nil is not a command")
        case .number(let n, _): return try idealConstant(n)
        case .string(_, let value, _): return .string(value)
        default: throw error("can't evaluate command \(goQuote(first.description))")
        }
    }

    /// A number literal where no type is expected: float if it looks like one, else int.
    func idealConstant(_ n: NumberLiteral) throws -> TemplateValue {
        let isHexInt = n.text.count > 2 && n.text.hasPrefix("0") && (n.text.dropFirst().hasPrefix("x") || n.text.dropFirst().hasPrefix("X")) && !n.text.contains(where: { $0 == "p" || $0 == "P" })
        if n.isFloat && !isHexInt && !n.isChar && n.text.contains(where: { ".eEpP".contains($0) }) {
            return .float(n.float64)
        }
        if n.isInt { return .int(Int(n.int64)) }
        if n.isUint { throw error("\(n.text) overflows int") }
        return .null
    }

    mutating func evalChain(_ chain: Operand, dot: TemplateValue?, args: [Operand], final: TemplateValue?, hasFinal: Bool) throws -> TemplateValue? {
        guard case .chain(let node, let fields, _) = chain else { return nil }
        at = .operand(chain)
        if case .nilLiteral = node { throw error("indirection through explicit nil in \(chain)") }
        // Go evaluates the chain's operand with no type (`evalArg(dot, nil, node)`), so a nil
        // interface from a parenthesized pipeline stays an invalid value: `((.a).missing).b` is empty.
        let receiver: TemplateValue?
        if case .pipe(let p) = node { receiver = try evalPipeline(p, dot: dot) } else { receiver = try evalArg(node, .any, dot: dot) }
        return try evalFieldChain(dot: dot, receiver: receiver, receiverIsInterface: false, fields[...],
                                  node: chain, args: args, final: final, hasFinal: hasFinal)
    }

    mutating func evalVariable(_ variable: Operand, dot: TemplateValue?, args: [Operand], final: TemplateValue?, hasFinal: Bool) throws -> TemplateValue? {
        guard case .variable(let idents, _) = variable else { return nil }
        at = .operand(variable)
        let value = try varValue(idents[0])
        if idents.count == 1 {
            if args.count > 1 || hasFinal { throw error("can't give argument to non-function \(args[0])") }
            return value
        }
        return try evalFieldChain(dot: dot, receiver: value, receiverIsInterface: false, idents.dropFirst(),
                                  node: variable, args: args, final: final, hasFinal: hasFinal)
    }

    mutating func evalFieldChain(dot: TemplateValue?, receiver: TemplateValue?, receiverIsInterface: Bool,
                                 _ idents: ArraySlice<String>, node: Operand, args: [Operand],
                                 final: TemplateValue?, hasFinal: Bool) throws -> TemplateValue? {
        var receiver = receiver
        var isInterface = receiverIsInterface
        var i = idents.startIndex
        while i < idents.endIndex - 1 {
            receiver = try evalField(idents[i], node: node, dot: dot, receiver: receiver, receiverIsInterface: isInterface,
                                     args: [], final: nil, hasFinal: false)
            isInterface = true
            i += 1
        }
        return try evalField(idents[i], node: node, dot: dot, receiver: receiver, receiverIsInterface: isInterface,
                             args: args, final: final, hasFinal: hasFinal)
    }

    /// `.Name` on a value: a method or field of an object, or a map key.
    mutating func evalField(_ name: String, node: Operand, dot: TemplateValue?, receiver: TemplateValue?, receiverIsInterface: Bool,
                            args: [Operand], final: TemplateValue?, hasFinal: Bool) throws -> TemplateValue? {
        guard let receiver else {
            if missingKey == .error { throw error("nil data; no entry for key \(goQuote(name))") }
            return nil
        }
        let hasArgs = args.count > 1 || hasFinal
        switch receiver {
        case .null:
            throw error("nil pointer evaluating \(receiverIsInterface ? "interface {}" : "interface {}").\(name)")
        case .object(let object):
            switch object.member(named: name) {
            case .method(let fn)?:
                return try evalCall(fn, name: name, isBuiltin: false, dot: dot, callAt: .operand(node), args: args, final: final, hasFinal: hasFinal)
            case .field(let value)?:
                if hasArgs { throw error("\(name) has arguments but cannot be invoked as function") }
                return value
            case nil:
                if let view = object.collectionView, case .map(let m) = view {
                    return try mapField(m, name: name, hasArgs: hasArgs)
                }
            }
        case .map(let m):
            return try mapField(m, name: name, hasArgs: hasArgs)
        default:
            break
        }
        throw error("can't evaluate field \(name) in type \(receiverIsInterface ? "interface {}" : receiver.goTypeName)")
    }

    private func mapField(_ m: TemplateMap, name: String, hasArgs: Bool) throws -> TemplateValue? {
        if hasArgs { throw error("\(name) is not a method but has arguments") }
        if let v = m[name] { return v }
        switch missingKey {
        case .invalid: return nil
        case .zero: return .null
        case .error: throw error("map has no entry for key \(goQuote(name))")
        }
    }
}
