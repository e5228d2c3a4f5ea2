/// The parse tree, as Go's `text/template/parse` nodes. Every node keeps its byte offset so
/// execution errors can name `FILE:LINE:COL` and print the node the way Go's `String()` does.

/// A compiled named template: its body plus the source it was parsed from.
final class Template {
    let name: String
    let root: [Node]
    let source: TemplateSource

    init(name: String, root: [Node], source: TemplateSource) {
        self.name = name
        self.root = root
        self.source = source
    }

    /// Go's `IsEmptyTree`: only whitespace text and comments.
    var isEmpty: Bool { root.allSatisfy(\.isEmptyForRedefinition) }
}

/// Nodes that make up a template body.
indirect enum Node {
    case text([UInt8])
    case action(PipeNode, pos: Int)
    case ifNode(BranchNode)
    case rangeNode(BranchNode)
    case withNode(BranchNode)
    case template(name: String, pipe: PipeNode?, pos: Int)
    case breakNode(pos: Int)
    case continueNode(pos: Int)
    case comment

    var isEmptyForRedefinition: Bool {
        switch self {
        case .text(let bytes): return bytes.allSatisfy { Lexer.isSpace($0) }
        case .comment: return true
        default: return false
        }
    }
}

/// `{{if}}`, `{{range}}`, `{{with}}`: a pipeline, a body and an optional else body.
final class BranchNode {
    let pipe: PipeNode
    let list: [Node]
    let elseList: [Node]?
    let pos: Int

    init(pipe: PipeNode, list: [Node], elseList: [Node]?, pos: Int) {
        self.pipe = pipe
        self.list = list
        self.elseList = elseList
        self.pos = pos
    }
}

/// A pipeline with optional variable declarations: `$x := a | b c`. Immutable once parsed
/// (constants let the executor read the arrays without retaining them).
final class PipeNode {
    let pos: Int
    let isAssign: Bool
    let decl: [String]
    let cmds: [CommandNode]

    init(pos: Int, isAssign: Bool = false, decl: [String] = [], cmds: [CommandNode]) {
        self.pos = pos
        self.isAssign = isAssign
        self.decl = decl
        self.cmds = cmds
    }
}

/// One command of a pipeline: operands separated by spaces.
final class CommandNode {
    let pos: Int
    let args: [Operand]

    init(pos: Int, args: [Operand]) {
        self.pos = pos
        self.args = args
    }
}

/// A number literal with every interpretation Go's `NumberNode` records.
struct NumberLiteral {
    var text: String
    var isInt = false
    var isUint = false
    var isFloat = false
    var int64: Int64 = 0
    var uint64: UInt64 = 0
    var float64: Double = 0
    var isChar = false
}

/// Operands: the terms a command is made of.
indirect enum Operand {
    case field([String], pos: Int)
    /// `$x.A.B`: the variable name first.
    case variable([String], pos: Int)
    case dot(pos: Int)
    case nilLiteral(pos: Int)
    case bool(Bool, pos: Int)
    case number(NumberLiteral, pos: Int)
    case string(quoted: String, value: String, pos: Int)
    case identifier(FunctionName, pos: Int)
    /// `(pipe).A.B` or `fn.A`.
    case chain(Operand, [String], pos: Int)
    case pipe(PipeNode)

    var pos: Int {
        switch self {
        case .field(_, let p), .variable(_, let p), .dot(let p), .nilLiteral(let p), .bool(_, let p),
             .number(_, let p), .string(_, _, let p), .identifier(_, let p), .chain(_, _, let p):
            return p
        case .pipe(let p): return p.pos
        }
    }
}

/// A function name in a pipeline with the function it named when parsed. Go looks functions
/// up by name on every call; the executor does the same only when the table changed since.
final class FunctionName {
    let name: String
    /// The table the name was resolved against, and what it found there (else among the builtins).
    let table: FunctionTable.Identity
    let function: TemplateFunction?
    let builtin: TemplateFunction?

    init(_ name: String, in functions: FunctionTable) {
        self.name = name
        table = functions.identity
        function = functions[name]
        builtin = function == nil ? Builtins.table[name] : nil
    }
}
