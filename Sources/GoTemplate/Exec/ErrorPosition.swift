/// The node an execution error is reported at (Go's `s.at(node)`), kept as what kind of node
/// it is and its offset rather than as a reference: the executor moves it for every pipeline,
/// command and argument, and a reference would be retained and released each time. The node
/// itself (for its text) is looked up in the template only when an error is built.
struct ErrorPosition {
    enum Kind: UInt8 {
        case none, node, pipe, command
        // Operands, one kind per case: a parenthesised pipeline and the first operand inside
        // it start at the same offset.
        case field, variable, dot, nilLiteral, bool, number, string, identifier, chain, operandPipe
    }

    var kind: Kind
    var pos: Int

    static let none = ErrorPosition(kind: .none, pos: 0)

    static func pipe(_ p: PipeNode) -> ErrorPosition { ErrorPosition(kind: .pipe, pos: p.pos) }
    static func command(_ c: CommandNode) -> ErrorPosition { ErrorPosition(kind: .command, pos: c.pos) }

    static func operand(_ o: Operand) -> ErrorPosition {
        switch o {
        case .field(_, let p): return ErrorPosition(kind: .field, pos: p)
        case .variable(_, let p): return ErrorPosition(kind: .variable, pos: p)
        case .dot(let p): return ErrorPosition(kind: .dot, pos: p)
        case .nilLiteral(let p): return ErrorPosition(kind: .nilLiteral, pos: p)
        case .bool(_, let p): return ErrorPosition(kind: .bool, pos: p)
        case .number(_, let p): return ErrorPosition(kind: .number, pos: p)
        case .string(_, _, let p): return ErrorPosition(kind: .string, pos: p)
        case .identifier(_, let p): return ErrorPosition(kind: .identifier, pos: p)
        case .chain(_, _, let p): return ErrorPosition(kind: .chain, pos: p)
        case .pipe(let pipe): return ErrorPosition(kind: .operandPipe, pos: pipe.pos)
        }
    }

    /// A node of the template body (only `{{template}}` nodes are reported as such).
    static func node(_ n: Node) -> ErrorPosition {
        switch n {
        case .action(let p, _): return ErrorPosition(kind: .node, pos: p.pos)
        case .ifNode(let b), .rangeNode(let b), .withNode(let b): return ErrorPosition(kind: .node, pos: b.pos)
        case .template(_, _, let pos), .breakNode(let pos), .continueNode(let pos): return ErrorPosition(kind: .node, pos: pos)
        case .text, .comment: return ErrorPosition(kind: .node, pos: 0)
        }
    }

    /// Go's text for the node in `executing "x" at <…>`, found in `template`'s body.
    func text(in template: Template) -> String {
        var finder = Finder(target: self)
        finder.visit(template.root)
        return finder.found ?? ""
    }

    private struct Finder {
        let target: ErrorPosition
        var found: String?

        mutating func visit(_ nodes: [Node]) {
            for n in nodes where found == nil { visit(n) }
        }

        mutating func visit(_ n: Node) {
            let here = ErrorPosition.node(n)
            if target.kind == .node, here.pos == target.pos, !n.isEmptyForRedefinition {
                found = n.description
                return
            }
            switch n {
            case .action(let p, _): visit(p)
            case .ifNode(let b), .rangeNode(let b), .withNode(let b):
                visit(b.pipe)
                visit(b.list)
                if let e = b.elseList { visit(e) }
            case .template(_, let p, _): if let p { visit(p) }
            default: break
            }
        }

        mutating func visit(_ p: PipeNode) {
            guard found == nil else { return }
            if target.kind == .pipe, p.pos == target.pos { found = p.description; return }
            for c in p.cmds where found == nil {
                if target.kind == .command, c.pos == target.pos { found = c.description; return }
                for o in c.args where found == nil { visit(o) }
            }
        }

        mutating func visit(_ o: Operand) {
            let here = ErrorPosition.operand(o)
            if here.kind == target.kind, here.pos == target.pos { found = o.description; return }
            switch o {
            case .chain(let inner, _, _): visit(inner)
            case .pipe(let p): visit(p)
            default: break
            }
        }
    }
}
