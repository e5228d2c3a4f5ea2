/// Go's `String()` for nodes: the canonical text shown in `executing "x" at <…>` errors.
extension Operand: CustomStringConvertible {
    var description: String {
        switch self {
        case .field(let idents, _): return idents.map { "." + $0 }.joined()
        case .variable(let idents, _): return idents.joined(separator: ".")
        case .dot: return "."
        case .nilLiteral: return "nil"
        case .bool(let b, _): return b ? "true" : "false"
        case .number(let n, _): return n.text
        case .string(let quoted, _, _): return quoted
        case .identifier(let f, _): return f.name
        case .chain(let node, let fields, _):
            var s: String
            if case .pipe = node { s = "(" + node.description + ")" } else { s = node.description }
            for f in fields { s += "." + f }
            return s
        case .pipe(let p): return p.description
        }
    }
}

extension PipeNode: CustomStringConvertible {
    var description: String {
        var s = ""
        if !decl.isEmpty {
            s += decl.joined(separator: ", ") + " := "
        }
        s += cmds.map(\.description).joined(separator: " | ")
        return s
    }
}

extension CommandNode: CustomStringConvertible {
    var description: String {
        args.map { arg -> String in
            if case .pipe = arg { return "(" + arg.description + ")" }
            return arg.description
        }.joined(separator: " ")
    }
}

extension Node: CustomStringConvertible {
    var description: String {
        switch self {
        case .text(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .action(let pipe, _): return "{{\(pipe)}}"
        case .ifNode(let b): return b.render("if")
        case .rangeNode(let b): return b.render("range")
        case .withNode(let b): return b.render("with")
        case .template(let name, let pipe, _):
            if let pipe { return "{{template \(goQuote(name)) \(pipe)}}" }
            return "{{template \(goQuote(name))}}"
        case .breakNode: return "{{break}}"
        case .continueNode: return "{{continue}}"
        case .comment: return "{{/* */}}"
        }
    }
}

extension BranchNode {
    func render(_ keyword: String) -> String {
        var s = "{{\(keyword) \(pipe)}}" + list.map(\.description).joined()
        if let elseList { s += "{{else}}" + elseList.map(\.description).joined() }
        return s + "{{end}}"
    }
}
