/// Builds templates from tokens, following Go's `text/template/parse/parse.go` production by
/// production, with its error messages (`template: NAME:LINE: MESSAGE`).
struct Parser {
    private let source: TemplateSource
    private let tokens: [Token]
    /// The lexer's message for its `.error` token.
    private let lexError: String
    private let functions: FunctionTable
    private var index = 0
    private var lastLine = 1
    private var vars: [String] = ["$"]
    private var rangeDepth = 0
    private var actionLine = 0
    /// Templates defined in this text, in definition order.
    private var defined: [String: Template] = [:]
    private var order: [String] = []

    /// Parses the text of one file: the file's own template first, then its definitions.
    static func parse(_ source: TemplateSource, functions: FunctionTable, options: TemplateOptions) throws -> [Template] {
        let lexed = Lexer.tokenize(source.bytes, leftDelim: options.leftDelimiter, rightDelim: options.rightDelimiter)
        var parser = Parser(source: source, tokens: lexed.tokens, lexError: lexed.errorMessage, functions: functions)
        let root = try parser.parseRoot()
        var result = [Template(name: source.name, root: root, source: source)]
        if let own = parser.defined[source.name] {
            // `{{define "file.yaml"}}` inside file.yaml: Go keeps whichever is non-empty.
            if result[0].isEmpty { result[0] = own }
        }
        for name in parser.order where name != source.name { if let t = parser.defined[name] { result.append(t) } }
        return result
    }

    private init(source: TemplateSource, tokens: [Token], lexError: String, functions: FunctionTable) {
        self.source = source
        self.tokens = tokens
        self.lexError = lexError
        self.functions = functions
    }

    // MARK: - token access

    private mutating func next() -> Token {
        let t = index < tokens.count ? tokens[index] : Token(kind: .eof, start: source.bytes.count, end: source.bytes.count, line: lastLine)
        index += 1
        lastLine = t.line
        return t
    }

    private mutating func backup(_ n: Int = 1) { index -= n }

    private mutating func peek() -> Token {
        let t = next()
        backup()
        return t
    }

    private mutating func nextNonSpace() -> Token {
        var t = next()
        while t.kind == .space { t = next() }
        return t
    }

    /// Go's `peekNonSpace`: skips spaces for good, leaves the next token unread.
    private mutating func peekNonSpace() -> Token {
        let t = nextNonSpace()
        backup()
        return t
    }

    private func failure(_ message: String) -> TemplateError {
        .parse(ParseFailure(templateName: source.name, line: lastLine, message: message))
    }

    private func describe(_ t: Token) -> String {
        switch t.kind {
        case .eof: return "EOF"
        case .error: return lexError
        default:
            let val = source.text(t)
            if t.isKeyword { return "<\(val)>" }
            if val.unicodeScalars.count > 10 {
                return goQuote(String(String.UnicodeScalarView(val.unicodeScalars.prefix(10)))) + "..."
            }
            return goQuote(val)
        }
    }

    private func unexpected(_ t: Token, _ context: String) -> TemplateError {
        if t.kind == .error {
            var extra = ""
            if actionLine != 0 && actionLine != t.line {
                extra = " in action started at \(source.name):\(actionLine)"
                if lexError.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
            }
            return failure(lexError + extra)
        }
        return failure("unexpected \(describe(t)) in \(context)")
    }

    private mutating func expect(_ kind: Token.Kind, _ context: String) throws -> Token {
        let t = nextNonSpace()
        if t.kind != kind { throw unexpected(t, context) }
        return t
    }

    // MARK: - productions

    /// The file body: text and actions, with `{{define}}` clauses split out.
    private mutating func parseRoot() throws -> [Node] {
        var root: [Node] = []
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let save = index
                _ = next()
                if nextNonSpace().kind == .define {
                    try parseDefinition()
                    continue
                }
                index = save
            }
            let item = try textOrAction()
            switch item {
            case .end(_): throw failure("unexpected {{end}}")
            case .elseMarker(_): throw failure("unexpected {{else}}")
            case .node(let n): root.append(n)
            }
        }
        return root
    }

    private enum Item { case node(Node), end(Int), elseMarker(Int) }

    /// `{{define "name"}} itemList {{end}}`
    private mutating func parseDefinition() throws {
        let context = "define clause"
        let nameToken = nextNonSpace()
        guard nameToken.kind == .string || nameToken.kind == .rawString else { throw unexpected(nameToken, context) }
        let name = try unquote(nameToken)
        _ = try expect(.rightDelim, context)
        let savedVars = vars, savedRange = rangeDepth
        vars = ["$"]; rangeDepth = 0
        let (list, end) = try itemList()
        vars = savedVars; rangeDepth = savedRange
        if case .elseMarker = end { throw failure("unexpected {{else}} in \(context)") }
        try addDefinition(Template(name: name, root: list, source: source))
    }

    /// Go's `(*Tree).add`: a second non-empty definition in the same text is an error.
    private mutating func addDefinition(_ t: Template) throws {
        if let existing = defined[t.name], !existing.isEmpty {
            if !t.isEmpty { throw failure("template: multiple definition of template \(goQuote(t.name))") }
            return
        }
        if defined[t.name] == nil { order.append(t.name) }
        defined[t.name] = t
    }

    /// itemList: textOrAction* — ends at `{{end}}` or `{{else}}`.
    private mutating func itemList() throws -> ([Node], Item) {
        var list: [Node] = []
        while peekNonSpace().kind != .eof {
            let item = try textOrAction()
            switch item {
            case .end, .elseMarker: return (list, item)
            case .node(let n): list.append(n)
            }
        }
        throw failure("unexpected EOF")
    }

    private mutating func textOrAction() throws -> Item {
        let t = nextNonSpace()
        switch t.kind {
        case .text: return .node(.text(Array(source.bytes[t.start..<t.end])))
        case .leftDelim:
            actionLine = t.line
            defer { actionLine = 0 }
            return try action()
        case .comment: return .node(.comment)
        default: throw unexpected(t, "input")
        }
    }

    /// action: control structures or a pipeline.
    private mutating func action() throws -> Item {
        let t = nextNonSpace()
        switch t.kind {
        case .block: return .node(try blockControl())
        case .breakKeyword: return .node(try loopControl(.breakNode(pos: t.start), "break"))
        case .continueKeyword: return .node(try loopControl(.continueNode(pos: t.start), "continue"))
        case .elseKeyword: return try elseControl()
        case .end:
            let e = try expect(.rightDelim, "end")
            return .end(e.start)
        case .ifKeyword: return .node(.ifNode(try parseControl("if")))
        case .rangeKeyword: return .node(.rangeNode(try parseControl("range")))
        case .template: return .node(try templateControl())
        case .with: return .node(.withNode(try parseControl("with")))
        default: break
        }
        backup()
        let pos = peek().start
        return .node(.action(try pipeline("command", end: .rightDelim), pos: pos))
    }

    private mutating func loopControl(_ node: Node, _ word: String) throws -> Node {
        let t = nextNonSpace()
        if t.kind != .rightDelim { throw unexpected(t, "{{\(word)}}") }
        if rangeDepth == 0 { throw failure("{{\(word)}} outside {{range}}") }
        return node
    }

    private mutating func elseControl() throws -> Item {
        let p = peekNonSpace()
        if p.kind == .ifKeyword || p.kind == .with { return .elseMarker(p.start) }
        let t = try expect(.rightDelim, "else")
        return .elseMarker(t.start)
    }

    /// if/range/with: `{{KEYWORD pipeline}} itemList ({{else}} itemList)? {{end}}`, with
    /// `{{else if}}` and `{{else with}}` chains.
    private mutating func parseControl(_ context: String) throws -> BranchNode {
        let savedVars = vars.count
        defer { vars.removeSubrange(savedVars...) }
        let pipe = try pipeline(context, end: .rightDelim)
        if context == "range" { rangeDepth += 1 }
        var (list, next) = try itemList()
        if context == "range" { rangeDepth -= 1 }
        var elseList: [Node]? = nil
        if case .elseMarker = next {
            if context == "if" && peek().kind == .ifKeyword {
                _ = self.next()
                elseList = [.ifNode(try parseControl("if"))]
            } else if context == "with" && peek().kind == .with {
                _ = self.next()
                elseList = [.withNode(try parseControl("with"))]
            } else {
                let (el, n2) = try itemList()
                elseList = el
                next = n2
                if case .elseMarker = next { throw failure("expected end; found {{else}}") }
            }
        }
        return BranchNode(pipe: pipe, list: list, elseList: elseList, pos: pipe.pos)
    }

    /// `{{block "name" pipeline}} itemList {{end}}`: a definition plus a template call.
    private mutating func blockControl() throws -> Node {
        let context = "block clause"
        let t = nextNonSpace()
        let name = try templateName(t, context)
        let pipe = try pipeline(context, end: .rightDelim)
        let savedVars = vars, savedRange = rangeDepth
        vars = ["$"]; rangeDepth = 0
        let (list, end) = try itemList()
        vars = savedVars; rangeDepth = savedRange
        if case .elseMarker = end { throw failure("unexpected {{else}} in \(context)") }
        try addDefinition(Template(name: name, root: list, source: source))
        return .template(name: name, pipe: pipe, pos: t.start)
    }

    /// `{{template "name" pipeline?}}`
    private mutating func templateControl() throws -> Node {
        let context = "template clause"
        let t = nextNonSpace()
        let name = try templateName(t, context)
        var pipe: PipeNode? = nil
        if nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return .template(name: name, pipe: pipe, pos: t.start)
    }

    private mutating func templateName(_ t: Token, _ context: String) throws -> String {
        guard t.kind == .string || t.kind == .rawString else { throw unexpected(t, context) }
        return try unquote(t)
    }

    private func unquote(_ t: Token) throws -> String {
        let raw = source.text(t)
        guard let s = goUnquote(raw) else { throw failure("invalid syntax") }
        return s
    }

    /// pipeline: declarations? command ('|' command)*
    private mutating func pipeline(_ context: String, end: Token.Kind) throws -> PipeNode {
        let pos = peekNonSpace().start
        var isAssign = false
        var decl: [String] = []
        var cmds: [CommandNode] = []
        decls: while true {
            let v = peekNonSpace()
            guard v.kind == .variable else { break }
            let save = index
            _ = nextNonSpace()
            let afterVariable = peek()
            let n = peekNonSpace()
            if n.kind == .assign || n.kind == .declare {
                isAssign = n.kind == .assign
                _ = nextNonSpace()
                let name = source.text(v)
                decl.append(name)
                vars.append(name)
            } else if n.kind == .char && source.text(n) == "," {
                _ = nextNonSpace()
                let name = source.text(v)
                decl.append(name)
                vars.append(name)
                if context == "range" && decl.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen: continue decls
                    default: throw failure("range can only initialize variables")
                    }
                }
                throw failure("too many declarations in \(context)")
            } else if afterVariable.kind == .space {
                index = save
            } else {
                index = save
            }
            break
        }
        while true {
            let t = nextNonSpace()
            if t.kind == end {
                try checkPipeline(cmds, context)
                return PipeNode(pos: pos, isAssign: isAssign, decl: decl, cmds: cmds)
            }
            switch t.kind {
            case .bool, .charConstant, .dot, .field, .identifier, .number, .nilKeyword, .rawString,
                 .string, .variable, .leftParen:
                backup()
                cmds.append(try command())
            default:
                throw unexpected(t, context)
            }
        }
    }

    private func checkPipeline(_ cmds: [CommandNode], _ context: String) throws {
        if cmds.isEmpty { throw failure("missing value for \(context)") }
        for (i, c) in cmds.enumerated().dropFirst() {
            switch c.args.first {
            case .bool?, .dot?, .nilLiteral?, .number?, .string?:
                throw failure("non executable command in pipeline stage \(i + 1)")
            default: break
            }
        }
    }

    /// command: operand (space operand)*
    private mutating func command() throws -> CommandNode {
        let pos = peekNonSpace().start
        var args: [Operand] = []
        while true {
            _ = peekNonSpace()
            if let operand = try operand() { args.append(operand) }
            let t = next()
            switch t.kind {
            case .space: continue
            case .rightDelim, .rightParen: backup()
            case .pipe: break
            default: throw unexpected(t, "operand")
            }
            break
        }
        if args.isEmpty { throw failure("empty command") }
        return CommandNode(pos: pos, args: args)
    }

    /// operand: term .Field*
    private mutating func operand() throws -> Operand? {
        guard let node = try term() else { return nil }
        guard peek().kind == .field else { return node }
        let chainPos = peek().start
        var fields: [String] = []
        while peek().kind == .field {
            let f = next()
            fields.append(source.text(f.start + 1, f.end))
        }
        // Go gives the merged node the position of the first chained field.
        switch node {
        case .field(let idents, _): return .field(idents + fields, pos: chainPos)
        case .variable(let idents, _): return .variable(idents + fields, pos: chainPos)
        case .bool, .string, .number, .nilLiteral, .dot:
            throw failure("unexpected . after term \(goQuote(node.description))")
        default:
            return .chain(node, fields, pos: chainPos)
        }
    }

    /// term: literal | function | . | .Field | $x | '(' pipeline ')'
    private mutating func term() throws -> Operand? {
        let t = nextNonSpace()
        switch t.kind {
        case .identifier:
            let function = FunctionName(source.text(t), in: functions)
            if function.function == nil && function.builtin == nil {
                throw failure("function \(goQuote(function.name)) not defined")
            }
            return .identifier(function, pos: t.start)
        case .dot: return .dot(pos: t.start)
        case .nilKeyword: return .nilLiteral(pos: t.start)
        case .variable:
            let parts = dottedParts(t, omittingEmpty: false)
            guard vars.contains(parts[0]) else { throw failure("undefined variable \(goQuote(parts[0]))") }
            return .variable(parts, pos: t.start)
        case .field:
            return .field(dottedParts(t, omittingEmpty: true), pos: t.start)
        case .bool: return .bool(source.text(t) == "true", pos: t.start)
        case .charConstant, .number:
            return .number(try number(t), pos: t.start)
        case .leftParen:
            return .pipe(try pipeline("parenthesized pipeline", end: .rightParen))
        case .string, .rawString:
            let raw = source.text(t)
            return .string(quoted: raw, value: try unquote(t), pos: t.start)
        default:
            backup()
            return nil
        }
    }

    /// `$x.a.b` or `.a.b` split at the dots, on the bytes (splitting the String would walk
    /// it by grapheme).
    private func dottedParts(_ t: Token, omittingEmpty: Bool) -> [String] {
        source.bytes[t.start..<t.end]
            .split(separator: UInt8(ascii: "."), omittingEmptySubsequences: omittingEmpty)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    private func number(_ t: Token) throws -> NumberLiteral {
        let text = source.text(t)
        guard let n = NumberLiteral(parsing: text, isChar: t.kind == .charConstant) else {
            if t.kind == .charConstant { throw failure("malformed character constant: \(text)") }
            throw failure("illegal number syntax: \(goQuote(text))")
        }
        return n
    }
}
